package kehu.platform.approval;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * A staff member (delegator), while absent, lets another (delegate) act on their approval tasks
 * during [{@code validFrom}, {@code validUntil}), for every business type or only one. The
 * delegator keeps acting themselves. Revoking ends it early; it is never deleted.
 */
@Entity
@Table(name = "platform_approval_delegation")
public class Delegation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delegator_staff_id", nullable = false, updatable = false)
    private Long delegatorStaffId;

    @Column(name = "delegate_staff_id", nullable = false, updatable = false)
    private Long delegateStaffId;

    @Column(name = "business_type", length = 64, updatable = false)
    private String businessType;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private Instant validUntil;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Delegation() {
    }

    Delegation(long delegatorStaffId, long delegateStaffId, String businessType, Instant validFrom, Instant validUntil) {
        if (delegatorStaffId == delegateStaffId || !validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("a delegation goes to someone else for a non-empty window");
        }
        this.delegatorStaffId = delegatorStaffId;
        this.delegateStaffId = delegateStaffId;
        this.businessType = businessType;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Whether the delegate may act for the delegator on this business type at this instant. */
    public boolean covers(String type, Instant at) {
        return revokedAt == null && !at.isBefore(validFrom) && at.isBefore(validUntil)
                && (businessType == null || businessType.equals(type));
    }

    void revoke(Instant now) {
        if (revokedAt != null || !now.isBefore(validUntil)) {
            throw new DomainException("approval.delegation.ended");
        }
        this.revokedAt = now;
    }

    public boolean isCurrentOrFuture(Instant now) {
        return revokedAt == null && now.isBefore(validUntil);
    }

    public Long getId() {
        return id;
    }

    public Long getDelegatorStaffId() {
        return delegatorStaffId;
    }

    public Long getDelegateStaffId() {
        return delegateStaffId;
    }

    public String getBusinessType() {
        return businessType;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
