package kehu.archive.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/** One line of a handover checklist (ARC-9): the archive itself, a loan, a grantee of a hidden archive. */
@Entity
@Table(name = "archive_handover_item")
public class HandoverItem extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "handover_id")
    private long handoverId;
    private String kind;
    @Column(name = "reference_id")
    private Long referenceId;
    private String description;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;

    protected HandoverItem() {
    }

    public HandoverItem(long handoverId, String kind, Long referenceId, String description) {
        this.handoverId = handoverId;
        this.kind = kind;
        this.referenceId = referenceId;
        this.description = description.length() <= 300 ? description : description.substring(0, 300);
    }

    public void confirm(String by, Instant at) {
        if (confirmedAt != null) {
            throw new DomainException("archive.handover.alreadyConfirmed");
        }
        confirmedAt = at;
        confirmedBy = by;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getHandoverId() {
        return handoverId;
    }

    public String getKind() {
        return kind;
    }

    public Long getReferenceId() {
        return referenceId;
    }

    public String getDescription() {
        return description;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
