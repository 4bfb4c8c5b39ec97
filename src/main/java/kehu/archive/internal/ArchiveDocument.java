package kehu.archive.internal;

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
import kehu.archive.Confidentiality;
import kehu.shared.AuditedEntity;

/**
 * A document (件) of a volume (ARC-3). Filed once with item number and version 1; never overwritten: a
 * correction appends a {@link DocumentVersion} and the document describes the newest one.
 */
@Entity
@Table(name = "archive_document")
public class ArchiveDocument extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "archive_id")
    private long archiveId;
    @Column(name = "volume_id")
    private long volumeId;
    @Column(name = "item_no")
    private int itemNo;
    @Column(name = "event_id")
    private Long eventId;
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
    private Confidentiality confidentiality;
    @Column(name = "current_version")
    private int currentVersion;

    protected ArchiveDocument() {
    }

    public ArchiveDocument(long archiveId, long volumeId, int itemNo, IntakeCheck.Checked d) {
        this.archiveId = archiveId;
        this.volumeId = volumeId;
        this.itemNo = itemNo;
        this.eventId = d.eventId();
        this.scopeItemId = d.scopeItemId();
        this.title = d.title();
        this.categoryCode = d.categoryCode();
        this.carrier = d.carrier();
        this.original = d.original();
        this.signed = d.signed();
        this.pages = d.pages();
        this.documentDate = d.date();
        this.responsible = d.responsible();
        this.confidentiality = d.confidentiality();
        this.currentVersion = 1;
    }

    /** A correction: the next version number; title and pages follow the new version. */
    public int correct(String title, int pages) {
        this.title = title;
        this.pages = pages;
        return ++currentVersion;
    }

    public Long getId() {
        return id;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public long getVolumeId() {
        return volumeId;
    }

    public int getItemNo() {
        return itemNo;
    }

    public Long getEventId() {
        return eventId;
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

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }
}
