package kehu.archive.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A transmittal form (移交单, ARC-4): a business department hands the documents of one business event to the archive room. */
@Entity
@Table(name = "archive_transmittal")
public class Transmittal extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "archive_id")
    private long archiveId;
    @Column(name = "volume_id")
    private long volumeId;
    @Column(name = "event_id")
    private long eventId;
    @Column(name = "from_unit_id")
    private Long fromUnitId;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private boolean late;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected Transmittal() {
    }

    public Transmittal(long archiveId, long volumeId, long eventId, Long fromUnitId, String submittedBy, Instant submittedAt,
                LocalDate dueOn, boolean late) {
        this.archiveId = archiveId;
        this.volumeId = volumeId;
        this.eventId = eventId;
        this.fromUnitId = fromUnitId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.dueOn = dueOn;
        this.late = late;
    }

    public void complete(Instant at) {
        this.completedAt = at;
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

    public long getEventId() {
        return eventId;
    }

    public Long getFromUnitId() {
        return fromUnitId;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
