package kehu.archive.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.archive.ArchiveStatus;
import kehu.archive.Confidentiality;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * A customer's archive (一户一档, ARC-1). Lifecycle: opened with its number when the customer is created
 * ({@link ArchiveStatus#OPEN}); documents are filed into its volumes; it moves to the closed section when the
 * account closes ({@link ArchiveStatus#CLOSED}). Customer name, owner, unit and area are copies kept in step
 * with the customer module, so that lists can apply the data scope in their query.
 */
@Entity
@Table(name = "archive")
public class Archive extends AuditedEntity {

    public enum Integrity { UNCHECKED, OK, PROBLEMS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_id")
    private long customerId;
    @Column(name = "archive_no")
    private String archiveNo;
    private String series;
    private long seq;
    @Column(name = "category_code")
    private String categoryCode;
    @Enumerated(EnumType.STRING)
    private ArchiveStatus status;
    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;
    private boolean hidden;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "owner_staff_id")
    private Long ownerStaffId;
    @Column(name = "owner_unit_id")
    private Long ownerUnitId;
    @Column(name = "area_code")
    private String areaCode;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "missing_items")
    private int missingItems;
    // the last check's result: written only by Archives.markChecked, so that a check never conflicts with (or is
    // overwritten by) an edit of the archive that loaded it before
    @Enumerated(EnumType.STRING)
    @Column(name = "integrity_status", updatable = false)
    private Integrity integrityStatus = Integrity.UNCHECKED;
    @Column(name = "integrity_checked_at", updatable = false)
    private Instant integrityCheckedAt;
    @Column(name = "integrity_run_id", updatable = false)
    private Long integrityRunId;
    @Column(name = "retention_years")
    private Integer retentionYears;
    @Column(name = "destroy_on")
    private java.time.LocalDate destroyOn;
    @Column(name = "legal_hold")
    private boolean legalHold;
    @Column(name = "legal_hold_reason")
    private String legalHoldReason;
    @Column(name = "merged_into_id")
    private Long mergedIntoId;
    @Column(name = "merged_at")
    private Instant mergedAt;

    protected Archive() {
    }

    Archive(long customerId, ArchiveNumbers.Number number, String categoryCode, Confidentiality confidentiality,
            Instant at) {
        this.customerId = customerId;
        this.archiveNo = number.value();
        this.series = number.series();
        this.seq = number.seq();
        this.categoryCode = categoryCode;
        this.status = ArchiveStatus.OPEN;
        this.confidentiality = confidentiality;
        this.openedAt = at;
    }

    /** Takes over the customer's name, owner, unit and area (at opening and whenever the customer changes). */
    public boolean describe(String name, Long ownerStaffId, Long ownerUnitId, String areaCode) {
        boolean changed = !java.util.Objects.equals(customerName, name)
                || !java.util.Objects.equals(this.ownerStaffId, ownerStaffId)
                || !java.util.Objects.equals(this.ownerUnitId, ownerUnitId)
                || !java.util.Objects.equals(this.areaCode, areaCode);
        this.customerName = name;
        this.ownerStaffId = ownerStaffId;
        this.ownerUnitId = ownerUnitId;
        this.areaCode = areaCode;
        return changed;
    }

    public void requireOpen() {
        if (status != ArchiveStatus.OPEN) {
            throw new DomainException("archive.closed", archiveNo);
        }
    }

    /**
     * The customer was merged into another (CUS-4): this archive stays as it is, linked to the winner's; false when
     * it already is (the event came twice).
     */
    public boolean mergeInto(long winnerArchiveId, Instant at) {
        if (mergedIntoId != null) {
            return false;
        }
        if (winnerArchiveId == getId()) {
            throw new IllegalArgumentException("an archive cannot be merged into itself");
        }
        this.mergedIntoId = winnerArchiveId;
        this.mergedAt = at;
        return true;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    /** Moves to the closed section; false when it already is there (the event came twice). */
    public boolean close(Instant at) {
        if (status == ArchiveStatus.CLOSED) {
            return false;
        }
        status = ArchiveStatus.CLOSED;
        closedAt = at;
        return true;
    }

    public boolean reopen() {
        if (status != ArchiveStatus.CLOSED) {
            return false; // open already, or destroyed (nothing to reopen)
        }
        status = ArchiveStatus.OPEN;
        closedAt = null;
        retentionYears = null;
        destroyOn = null;
        return true;
    }

    /** The retention of the closed archive: kept {@code years} after closing, destroyable from {@code on}. */
    public void retain(Integer years, java.time.LocalDate on) {
        this.retentionYears = years;
        this.destroyOn = on;
    }

    /** Places or lifts a legal hold (诉讼保全等): a held archive is not destroyed. */
    public void hold(boolean hold, String reason) {
        this.legalHold = hold;
        this.legalHoldReason = hold ? reason : null;
    }

    public boolean isLegalHold() {
        return legalHold;
    }

    public String getLegalHoldReason() {
        return legalHoldReason;
    }

    /** Whether a destruction may be asked for on that day: closed, due, not held. Throws the reason otherwise. */
    public void requireDestroyable(java.time.LocalDate today) {
        if (status != ArchiveStatus.CLOSED || destroyOn == null) {
            throw new DomainException("archive.destroy.notClosed", archiveNo);
        }
        if (destroyOn.isAfter(today)) {
            throw new DomainException("archive.destroy.notDue", archiveNo, destroyOn.toString());
        }
        if (legalHold) {
            throw new DomainException("archive.destroy.legalHold", archiveNo);
        }
    }

    public void destroyed() {
        this.status = ArchiveStatus.DESTROYED;
    }

    public Integer getRetentionYears() {
        return retentionYears;
    }

    public java.time.LocalDate getDestroyOn() {
        return destroyOn;
    }

    public void classify(Confidentiality level) {
        this.confidentiality = level;
    }

    public void hide(boolean hidden) {
        this.hidden = hidden;
    }

    public void missing(int items) {
        this.missingItems = items;
    }

    public Long getIntegrityRunId() {
        return integrityRunId;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getArchiveNo() {
        return archiveNo;
    }

    public String getSeries() {
        return series;
    }

    public long getSeq() {
        return seq;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public ArchiveStatus getStatus() {
        return status;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Long getOwnerStaffId() {
        return ownerStaffId;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getMissingItems() {
        return missingItems;
    }

    public Integrity getIntegrityStatus() {
        return integrityStatus;
    }

    public Instant getIntegrityCheckedAt() {
        return integrityCheckedAt;
    }
}
