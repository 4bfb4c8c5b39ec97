package kehu.archive.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** One placement, move or removal of a paper volume (ARC-5); never changed once written. */
@Entity
@Table(name = "archive_volume_move")
public class VolumeMove extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "volume_id")
    private long volumeId;
    @Column(name = "archive_id")
    private long archiveId;
    @Column(name = "from_box_id")
    private Long fromBoxId;
    @Column(name = "to_box_id")
    private Long toBoxId;
    private String reason;
    @Column(name = "moved_at")
    private Instant movedAt;

    protected VolumeMove() {
    }

    VolumeMove(long volumeId, long archiveId, Long fromBoxId, Long toBoxId, String reason, Instant movedAt) {
        this.volumeId = volumeId;
        this.archiveId = archiveId;
        this.fromBoxId = fromBoxId;
        this.toBoxId = toBoxId;
        this.reason = reason;
        this.movedAt = movedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVolumeId() {
        return volumeId;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public Long getFromBoxId() {
        return fromBoxId;
    }

    public Long getToBoxId() {
        return toBoxId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
