package kehu.customer.internal;

import java.util.Set;

/**
 * The descriptive part of a customer, already checked: identity number, mobile and landline in
 * their normalised form (see the value objects of {@code kehu.customer}), region a known district.
 */
public record Profile(String name, String idNumber, String mobile, String landline, String regionCode, String address,
                      String industryCode, String source, String areaCode, Set<String> tags) {

    public Profile {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
