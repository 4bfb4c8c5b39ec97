package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A person the owner manager let into a hidden archive (ARC-6). */
@Entity
@Table(name = "archive_grant")
public class Grant extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "archive_id")
    private long archiveId;
    @Column(name = "staff_id")
    private long staffId;

    protected Grant() {
    }

    public Grant(long archiveId, long staffId) {
        this.archiveId = archiveId;
        this.staffId = staffId;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public long getStaffId() {
        return staffId;
    }
}
