package kehu.customer;

import java.util.Map;
import java.util.Set;

/**
 * Register or edit a customer — from the page, the REST API or an import row. Every value arrives as
 * typed or read and is checked by {@link CustomerManagement} (value objects, reference data, field
 * definitions), so all three channels give the same errors.
 *
 * <ul>
 *   <li>{@code idNumber}: ID-card number for an individual, unified social credit code for an organisation;</li>
 *   <li>{@code regionCode}: a district code of the platform's regions; {@code industryCode}: an item of the
 *       {@code industry} dictionary;</li>
 *   <li>{@code fields}: industry-field values by field code, as text ({@code 12.5}, {@code 2026-03-01},
 *       {@code true}); on an edit, {@code null} leaves the values as they are, a map replaces the values
 *       of all active fields (a missing code clears that field);</li>
 *   <li>{@code ownerStaffId} and the classification ({@code abcClass} … {@code vip}) are used when the
 *       customer is created only; afterwards they change through transfer and classify, which keep a reason;</li>
 *   <li>{@code reason} (optional) is kept with the history of an edit; {@code version} is the version the
 *       editor started from — an edit from an older version is refused as a conflict.</li>
 * </ul>
 */
public record CustomerForm(CustomerKind kind, String name, String idNumber, String mobile, String landline,
                           String regionCode, String address, String industryCode, String source,
                           CustomerStatus status, Set<String> tags, String areaCode, Long ownerStaffId,
                           AbcClass abcClass, LoyaltyType loyalty, ValueClass valueClass, String creditGrade,
                           Boolean vip, Map<String, String> fields, String reason, Long version) {

    public static CustomerForm empty(CustomerKind kind, Long ownerStaffId) {
        return new CustomerForm(kind, "", "", "", "", "", "", "", "", CustomerStatus.POTENTIAL, Set.of(), "",
                ownerStaffId, null, null, null, "", false, Map.of(), "", null);
    }
}
