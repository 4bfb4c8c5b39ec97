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
 * A destruction of an archive (ARC-8) and, once done, its line in the destruction register. Lifecycle:
 * {@code REQUESTED} (appraised, awaiting approval) → {@code DONE} (approved and carried out), {@code REJECTED}, or
 * {@code BLOCKED} (approved, but a legal hold was placed meanwhile).
 */
@Entity
@Table(name = "archive_destruction")
public class Destruction extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "archive_id")
    private long archiveId;
    private String status;
    private String appraisal;
    private String witnesses;
    @Column(name = "requested_by_staff_id")
    private long requestedByStaffId;
    @Column(name = "approval_id")
    private Long approvalId;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "destroyed_at")
    private Instant destroyedAt;
    @Column(name = "files_removed")
    private int filesRemoved;
    @Column(name = "bytes_removed")
    private long bytesRemoved;

    protected Destruction() {
    }

    public Destruction(long archiveId, String appraisal, String witnesses, long requestedByStaffId, Instant at) {
        this.archiveId = archiveId;
        this.appraisal = appraisal;
        this.witnesses = witnesses;
        this.requestedByStaffId = requestedByStaffId;
        this.requestedAt = at;
        this.status = "REQUESTED";
    }

    public void awaiting(long approvalId) {
        this.approvalId = approvalId;
    }

    public boolean pending() {
        return "REQUESTED".equals(status);
    }

    public void decide(String status, Instant at) {
        this.status = status;
        this.decidedAt = at;
    }

    public void done(int files, long bytes, Instant at) {
        this.status = "DONE";
        this.filesRemoved = files;
        this.bytesRemoved = bytes;
        this.destroyedAt = at;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public String getStatus() {
        return status;
    }

    public String getAppraisal() {
        return appraisal;
    }

    public String getWitnesses() {
        return witnesses;
    }

    public long getRequestedByStaffId() {
        return requestedByStaffId;
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

    public Instant getDestroyedAt() {
        return destroyedAt;
    }

    public int getFilesRemoved() {
        return filesRemoved;
    }

    public long getBytesRemoved() {
        return bytesRemoved;
    }
}
