package kehu.platform.approval;

import java.time.Instant;

/** A delegation as pages and the API show it; {@code businessType} null means every type. */
public record DelegationView(long id, long delegatorStaffId, String delegatorName, long delegateStaffId,
                             String delegateName, String businessType, Instant validFrom, Instant validUntil,
                             Instant revokedAt, boolean current, boolean revocable) {
}
