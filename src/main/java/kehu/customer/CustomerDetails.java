package kehu.customer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import kehu.organization.SensitiveKind;

/**
 * Everything about one customer. Identity number, mobile and contact phones are unmasked here: show
 * {@link #masked()} unless the viewer revealed a value (ORG-4).
 *
 * @param regionPath the region's names from the province down, empty when none is set
 * @param fields     values of the industry fields that have one (active or not), in field order
 */
public record CustomerDetails(long id, long version, CustomerKind kind, String name, String idNumber, String mobile,
                              String landline, String regionCode, List<String> regionPath, String address,
                              String industryCode, String industryLabel, String source, CustomerStatus status,
                              Instant statusChangedAt, String statusReason, Set<String> tags, String areaCode,
                              StaffRef owner, Long ownerUnitId, List<StaffRef> collaborators,
                              Classification classification, Instant lastFollowUpAt, Instant assignedAt,
                              List<ContactView> contacts, List<FieldValueView> fields, Instant createdAt,
                              String createdBy, Instant updatedAt, String updatedBy) {

    public boolean inPool() {
        return owner == null;
    }

    public CustomerDetails masked() {
        var maskedContacts = contacts.stream().map(c -> new ContactView(c.id(), c.name(), c.role(),
                SensitiveKind.MOBILE.mask(c.phone()), c.birthday(), c.preferences())).toList();
        return new CustomerDetails(id, version, kind, name, SensitiveKind.ID_NUMBER.mask(idNumber),
                SensitiveKind.MOBILE.mask(mobile), landline, regionCode, regionPath, address, industryCode, industryLabel,
                source, status, statusChangedAt, statusReason, tags, areaCode, owner, ownerUnitId, collaborators,
                classification, lastFollowUpAt, assignedAt, maskedContacts, fields, createdAt, createdBy, updatedAt,
                updatedBy);
    }
}
