package kehu.customer;

import java.util.regex.Pattern;

import kehu.shared.DomainException;

/**
 * A mainland China fixed-line number with its area code and an optional extension, kept as
 * {@code 区号-号码[-分机]}: {@code 010-12345678}, {@code 0571-8765432}, {@code 0755-86013388-8021}.
 * Area codes are 010, 02x (3 digits) or 0xxx (4 digits); local numbers have 7 or 8 digits and do not
 * start with 0. Typed without a dash, the area code is recognised from its first digits;
 * brackets around the area code and spaces are accepted.
 */
public record Landline(String value) {

    private static final Pattern FORM = Pattern.compile("(010|02\\d|0[3-9]\\d{2})-([1-9]\\d{6,7})(-\\d{1,6})?");

    public Landline {
        if (value == null || !FORM.matcher(value).matches()) {
            throw DomainException.invalid("landline", "customer.landline.invalid");
        }
    }

    public static Landline parse(String raw) {
        if (raw == null) {
            return new Landline(null);
        }
        var s = raw.strip().replaceAll("[\\s(（]", "").replaceAll("[)）转]", "-").replaceAll("-{2,}", "-");
        if (s.matches("0\\d{9,11}")) {
            int area = s.startsWith("010") || s.startsWith("02") ? 3 : 4;
            s = s.substring(0, area) + "-" + s.substring(area);
        }
        return new Landline(s);
    }

    public String areaCode() {
        return value.substring(0, value.indexOf('-'));
    }

    @Override
    public String toString() {
        return value;
    }
}
