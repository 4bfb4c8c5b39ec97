package kehu.customer;

import java.time.Instant;
import java.util.Set;

import kehu.organization.SensitiveKind;

/** A customer in a list. {@code mobile} is unmasked here; {@link #masked()} gives the row to show. */
public record CustomerRow(long id, CustomerKind kind, String name, CustomerStatus status, String mobile,
                          String regionCode, String regionName, StaffRef owner, AbcClass abcClass, boolean vip,
                          Set<String> tags, Instant lastFollowUpAt, Instant updatedAt, long version) {

    public CustomerRow masked() {
        return new CustomerRow(id, kind, name, status, SensitiveKind.MOBILE.mask(mobile), regionCode, regionName, owner,
                abcClass, vip, tags, lastFollowUpAt, updatedAt, version);
    }
}
