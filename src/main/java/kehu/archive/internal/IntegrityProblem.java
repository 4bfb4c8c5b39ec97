package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.archive.IntegrityAspect;
import kehu.shared.AuditedEntity;

/** One finding of an integrity check; {@code code} names it (bundle key {@code archive.problem.<code>}). */
@Entity
@Table(name = "archive_integrity_problem")
public class IntegrityProblem extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "run_id")
    private long runId;
    @Column(name = "archive_id")
    private long archiveId;
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "version_id")
    private Long versionId;
    @Enumerated(EnumType.STRING)
    private IntegrityAspect aspect;
    private String code;
    private String detail;

    protected IntegrityProblem() {
    }

    public IntegrityProblem(long runId, long archiveId, Long documentId, Long versionId, IntegrityAspect aspect, String code,
                     String detail) {
        this.runId = runId;
        this.archiveId = archiveId;
        this.documentId = documentId;
        this.versionId = versionId;
        this.aspect = aspect;
        this.code = code;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public long getRunId() {
        return runId;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public IntegrityAspect getAspect() {
        return aspect;
    }

    public String getCode() {
        return code;
    }

    public String getDetail() {
        return detail;
    }
}
