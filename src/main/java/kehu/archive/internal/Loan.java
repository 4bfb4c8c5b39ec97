package kehu.archive.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.archive.Confidentiality;
import kehu.archive.Copying;
import kehu.archive.LoanMode;
import kehu.archive.LoanStatus;
import kehu.archive.ReturnCondition;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * A loan (借阅, ARC-7). Lifecycle: {@code REQUESTED} → {@code APPROVED} or {@code REJECTED} (the approval's
 * outcome); physical: {@code APPROVED} → {@code OUT} (handed out, signed for) → {@code RETURNED} (with the
 * condition); electronic: {@code APPROVED} (viewable until the due date) → {@code RETURNED} (ended early).
 */
@Entity
@Table(name = "archive_loan")
public class Loan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "archive_id")
    private long archiveId;
    @Column(name = "borrower_staff_id")
    private long borrowerStaffId;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private LoanMode mode;
    @Enumerated(EnumType.STRING)
    private Copying copying;
    @Enumerated(EnumType.STRING)
    private Confidentiality level;
    @Enumerated(EnumType.STRING)
    private LoanStatus status;
    @Column(name = "approval_id")
    private Long approvalId;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "lent_at")
    private Instant lentAt;
    @Column(name = "signed_name")
    private String signedName;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "return_condition")
    private ReturnCondition returnCondition;
    @Column(name = "return_note")
    private String returnNote;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "overdue_at")
    private Instant overdueAt;

    protected Loan() {
    }

    public Loan(long archiveId, long borrowerStaffId, String purpose, LoanMode mode, Copying copying,
                Confidentiality level, LocalDate dueOn, Instant at) {
        this.archiveId = archiveId;
        this.borrowerStaffId = borrowerStaffId;
        this.purpose = purpose;
        this.mode = mode;
        this.copying = copying;
        this.level = level;
        this.dueOn = dueOn;
        this.requestedAt = at;
        this.status = LoanStatus.REQUESTED;
    }

    public static String businessType(Confidentiality level) {
        return "archive.lend." + level.name().toLowerCase(java.util.Locale.ROOT);
    }

    public void awaiting(long approvalId) {
        this.approvalId = approvalId;
    }

    /** The approval's outcome; false when it was already decided (the event came twice). */
    public boolean decide(boolean approved, Instant at) {
        if (status != LoanStatus.REQUESTED) {
            return false;
        }
        status = approved ? LoanStatus.APPROVED : LoanStatus.REJECTED;
        decidedAt = at;
        return true;
    }

    public void handOut(String signedName, Instant at) {
        if (mode != LoanMode.PHYSICAL || status != LoanStatus.APPROVED) {
            throw new DomainException("archive.loan.notReadyToHandOut");
        }
        this.status = LoanStatus.OUT;
        this.signedName = signedName;
        this.lentAt = at;
    }

    public void giveBack(ReturnCondition condition, String note, Instant at) {
        boolean physicalOut = mode == LoanMode.PHYSICAL && status == LoanStatus.OUT;
        boolean electronicOpen = mode == LoanMode.ELECTRONIC && status == LoanStatus.APPROVED;
        if (!physicalOut && !electronicOpen) {
            throw new DomainException("archive.loan.notOut");
        }
        if (physicalOut && condition == null) {
            throw DomainException.invalid("condition", "validation.required");
        }
        this.status = LoanStatus.RETURNED;
        this.returnCondition = condition;
        this.returnNote = note;
        this.returnedAt = at;
    }

    /** Remembers that the borrower was reminded; false when that happened before. */
    public boolean remind(Instant at) {
        if (remindedAt != null) {
            return false;
        }
        remindedAt = at;
        return true;
    }

    /** Remembers that the overdue loan was escalated; false when that happened before. */
    public boolean escalate(Instant at) {
        if (overdueAt != null) {
            return false;
        }
        overdueAt = at;
        return true;
    }

    /** An electronic loan past its due date ends by itself. */
    public void expire(Instant at) {
        if (mode == LoanMode.ELECTRONIC && status == LoanStatus.APPROVED) {
            status = LoanStatus.RETURNED;
            returnedAt = at;
            returnNote = "expired";
        }
    }

    /** Whether the borrower may view the loan's electronic files on that day. */
    public boolean allowsViewing(long staffId, LocalDate today) {
        return mode == LoanMode.ELECTRONIC && status == LoanStatus.APPROVED && borrowerStaffId == staffId
                && !today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public long getBorrowerStaffId() {
        return borrowerStaffId;
    }

    public String getPurpose() {
        return purpose;
    }

    public LoanMode getMode() {
        return mode;
    }

    public Copying getCopying() {
        return copying;
    }

    public Confidentiality getLevel() {
        return level;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public Long getApprovalId() {
        return approvalId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getLentAt() {
        return lentAt;
    }

    public String getSignedName() {
        return signedName;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public ReturnCondition getReturnCondition() {
        return returnCondition;
    }

    public String getReturnNote() {
        return returnNote;
    }
}
