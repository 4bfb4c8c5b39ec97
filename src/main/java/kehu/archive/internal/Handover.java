package kehu.archive.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * A handover of a customer's archive from one manager to the next (ARC-9). Lifecycle: opened with its checklist
 * when the customer is transferred; complete when every item is confirmed.
 */
@Entity
@Table(name = "archive_handover")
public class Handover extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "archive_id")
    private long archiveId;
    @Column(name = "from_staff_id")
    private Long fromStaffId;
    @Column(name = "to_staff_id")
    private Long toStaffId;
    private String reason;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected Handover() {
    }

    public Handover(long archiveId, Long fromStaffId, Long toStaffId, String reason, Instant occurredAt) {
        this.archiveId = archiveId;
        this.fromStaffId = fromStaffId;
        this.toStaffId = toStaffId;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.occurredAt = occurredAt;
    }

    public void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public Long getFromStaffId() {
        return fromStaffId;
    }

    public Long getToStaffId() {
        return toStaffId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
