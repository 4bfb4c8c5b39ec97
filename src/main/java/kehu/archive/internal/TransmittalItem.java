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

import kehu.archive.Carrier;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/** One item of a transmittal form; the archivist accepts it (it is filed as a document) or rejects it with a reason. */
@Entity
@Table(name = "archive_transmittal_item")
public class TransmittalItem extends AuditedEntity {

    public enum Status { PENDING, ACCEPTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "transmittal_id")
    private long transmittalId;
    @Column(name = "line_no")
    private int lineNo;
    @Column(name = "scope_item_id")
    private Long scopeItemId;
    private String title;
    @Column(name = "category_code")
    private String categoryCode;
    @Enumerated(EnumType.STRING)
    private Carrier carrier;
    private boolean original;
    private boolean signed;
    private int pages;
    @Column(name = "document_date")
    private LocalDate documentDate;
    private String responsible;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;
    private String reason;
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected TransmittalItem() {
    }

    public TransmittalItem(long transmittalId, int lineNo, IntakeCheck.Checked c) {
        this.transmittalId = transmittalId;
        this.lineNo = lineNo;
        this.scopeItemId = c.scopeItemId();
        this.title = c.title();
        this.categoryCode = c.categoryCode();
        this.carrier = c.carrier();
        this.original = c.original();
        this.signed = c.signed();
        this.pages = c.pages();
        this.documentDate = c.date();
        this.responsible = c.responsible();
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new DomainException("archive.transmittal.decided", title);
        }
    }

    public void accept(long documentId, String by, Instant at) {
        requirePending();
        this.status = Status.ACCEPTED;
        this.documentId = documentId;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void reject(String reason, String by, Instant at) {
        requirePending();
        this.status = Status.REJECTED;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean decided() {
        return status != Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public long getTransmittalId() {
        return transmittalId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getScopeItemId() {
        return scopeItemId;
    }

    public String getTitle() {
        return title;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public boolean isOriginal() {
        return original;
    }

    public boolean isSigned() {
        return signed;
    }

    public int getPages() {
        return pages;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public String getResponsible() {
        return responsible;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
