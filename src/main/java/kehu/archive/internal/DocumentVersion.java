package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** One version of a document: what it said and its file (content key, SHA-256, size, detected type). */
@Entity
@Table(name = "archive_document_version")
public class DocumentVersion extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "document_id")
    private long documentId;
    @Column(name = "version_no")
    private int versionNo;
    private String title;
    private int pages;
    private String note;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private Long sizeBytes;
    private String sha256;
    @Column(name = "content_key")
    private String contentKey;
    @Column(name = "destroyed_at")
    private java.time.Instant destroyedAt;

    protected DocumentVersion() {
    }

    public DocumentVersion(long documentId, int versionNo, String title, int pages, String note, StoredFile file) {
        this.documentId = documentId;
        this.versionNo = versionNo;
        this.title = title;
        this.pages = pages;
        this.note = note;
        if (file != null) {
            this.fileName = file.fileName();
            this.mediaType = file.mediaType();
            this.sizeBytes = file.size();
            this.sha256 = file.sha256();
            this.contentKey = file.key();
        }
    }

    /** The file as filed (for a version that keeps the previous version's content). */
    public StoredFile storedFile() {
        return hasFile() ? new StoredFile(contentKey, fileName, mediaType, sizeBytes, sha256) : null;
    }

    /** Whether the version has content to read (a destroyed version keeps name and hash, not the content). */
    public boolean hasFile() {
        return contentKey != null && destroyedAt == null;
    }

    public void contentDestroyed(java.time.Instant at) {
        this.destroyedAt = at;
    }

    public java.time.Instant getDestroyedAt() {
        return destroyedAt;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getTitle() {
        return title;
    }

    public int getPages() {
        return pages;
    }

    public String getNote() {
        return note;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentKey() {
        return contentKey;
    }
}
