package kehu.archive.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** One integrity check (ARC-10): a sweep over all archives, or the check of one archive at intake, on read or by hand. */
@Entity
@Table(name = "archive_integrity_run")
public class IntegrityRun extends AuditedEntity {

    public enum Trigger { SWEEP, INTAKE, MANUAL, READ }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "trigger_kind")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Trigger trigger;
    @Column(name = "archive_id")
    private Long archiveId;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "archives_checked")
    private int archivesChecked;
    @Column(name = "documents_checked")
    private int documentsChecked;
    @Column(name = "files_checked")
    private int filesChecked;
    @Column(name = "bytes_hashed")
    private long bytesHashed;
    private int problems;

    protected IntegrityRun() {
    }

    public IntegrityRun(Trigger trigger, Long archiveId, Instant startedAt) {
        this.trigger = trigger;
        this.archiveId = archiveId;
        this.startedAt = startedAt;
    }

    public void add(int archives, int documents, int files, long bytes, int problems) {
        this.archivesChecked += archives;
        this.documentsChecked += documents;
        this.filesChecked += files;
        this.bytesHashed += bytes;
        this.problems += problems;
    }

    public void finish(Instant at) {
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public Long getArchiveId() {
        return archiveId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getArchivesChecked() {
        return archivesChecked;
    }

    public int getDocumentsChecked() {
        return documentsChecked;
    }

    public int getFilesChecked() {
        return filesChecked;
    }

    public long getBytesHashed() {
        return bytesHashed;
    }

    public int getProblems() {
        return problems;
    }
}
