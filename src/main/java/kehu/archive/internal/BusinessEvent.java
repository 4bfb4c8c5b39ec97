package kehu.archive.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A business event on a volume (new connection, vehicle sale, a repair …); its filing scope applies. */
@Entity
@Table(name = "archive_business_event")
public class BusinessEvent extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "volume_id")
    private long volumeId;
    @Column(name = "event_code")
    private String eventCode;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    private String note;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "late_at")
    private java.time.Instant lateAt;

    protected BusinessEvent() {
    }

    public BusinessEvent(long volumeId, String eventCode, LocalDate occurredOn, String note) {
        this.volumeId = volumeId;
        this.eventCode = eventCode;
        this.occurredOn = occurredOn;
        this.note = note;
    }

    /** The last day its documents may reach the archive room (ARC-4). */
    public void due(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    /** Flags the event's handover late; false when it was flagged already (flagged once). */
    public boolean flagLate(java.time.Instant at) {
        if (lateAt != null) {
            return false;
        }
        lateAt = at;
        return true;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public java.time.Instant getLateAt() {
        return lateAt;
    }

    public Long getId() {
        return id;
    }

    public long getVolumeId() {
        return volumeId;
    }

    public String getEventCode() {
        return eventCode;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getNote() {
        return note;
    }
}
