package kehu.customer.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * One kept change of one field of a customer (CUS-3): old and new value, who, when and why.
 * Sensitive values are stored masked. Append-only: never updated or deleted.
 */
@Entity
@Table(name = "customer_change")
public class ChangeRecord extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false, length = 64, updatable = false)
    private String field;

    @Column(name = "old_value", length = 1000, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = 1000, updatable = false)
    private String newValue;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ChangeRecord() {
    }

    ChangeRecord(long customerId, String field, String oldValue, String newValue, String reason, String changedBy,
                 Instant changedAt) {
        this.customerId = customerId;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
