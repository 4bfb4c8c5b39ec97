package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.ReplyLetterStatus;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * A reply letter (回函) to a customer's written matter (SVC-4). DRAFT ({@link #edit}) › PENDING
 * ({@link #submitted}: an approval runs) › APPROVED or REJECTED ({@link #decided}) › SENT ({@link #send}, only
 * when approved). Editing an approved or rejected letter makes it a draft again, needing a new approval.
 */
@Entity
@Table(name = "sd_reply_letter")
public class ReplyLetter extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long matterId;
    private Long templateId;
    private String body;
    @Enumerated(EnumType.STRING)
    private ReplyLetterStatus status;
    private Long approvalId;
    private long draftedBy;
    private Instant decidedAt;
    private Instant sentAt;
    private String sentBy;
    private String sentVia;

    protected ReplyLetter() {
    }

    public ReplyLetter(long matterId, Long templateId, String body, long draftedBy) {
        this.matterId = matterId;
        this.templateId = templateId;
        this.body = body;
        this.draftedBy = draftedBy;
        this.status = ReplyLetterStatus.DRAFT;
    }

    public void edit(String newBody) {
        if (status == ReplyLetterStatus.PENDING || status == ReplyLetterStatus.SENT) {
            throw new DomainException("servicedesk.letter.notEditable");
        }
        body = newBody;
        status = ReplyLetterStatus.DRAFT;
        approvalId = null;
        decidedAt = null;
    }

    public void requireSubmittable() {
        if (status != ReplyLetterStatus.DRAFT && status != ReplyLetterStatus.REJECTED) {
            throw new DomainException("servicedesk.letter.notSubmittable");
        }
    }

    public void submitted(long approval) {
        requireSubmittable();
        approvalId = approval;
        status = ReplyLetterStatus.PENDING;
    }

    /** The approval ended; a decision for an earlier approval of this letter is ignored. */
    public boolean decided(long approval, boolean approved, Instant at) {
        if (status != ReplyLetterStatus.PENDING || approvalId == null || approvalId != approval) {
            return false;
        }
        status = approved ? ReplyLetterStatus.APPROVED : ReplyLetterStatus.REJECTED;
        decidedAt = at;
        return true;
    }

    /** Sends the letter; only an approved letter can be sent. */
    public void send(String via, String by, Instant at) {
        if (status != ReplyLetterStatus.APPROVED) {
            throw new DomainException("servicedesk.letter.notApproved");
        }
        status = ReplyLetterStatus.SENT;
        sentVia = via;
        sentBy = by;
        sentAt = at;
    }

    public Long getId() { return id; }
    public long getMatterId() { return matterId; }
    public Long getTemplateId() { return templateId; }
    public String getBody() { return body; }
    public ReplyLetterStatus getStatus() { return status; }
    public Long getApprovalId() { return approvalId; }
    public long getDraftedBy() { return draftedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getSentAt() { return sentAt; }
    public String getSentBy() { return sentBy; }
    public String getSentVia() { return sentVia; }
}
