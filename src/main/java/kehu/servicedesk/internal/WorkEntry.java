package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Work recorded on a work order (append-only). */
@Entity
@Table(name = "sd_work_entry")
public class WorkEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long workOrderId;
    private Instant at;
    private String actor;
    private String note;

    protected WorkEntry() {
    }

    public WorkEntry(long workOrderId, Instant at, String actor, String note) {
        this.workOrderId = workOrderId;
        this.at = at;
        this.actor = actor;
        this.note = note;
    }

    public Long getId() { return id; }
    public long getWorkOrderId() { return workOrderId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
}
