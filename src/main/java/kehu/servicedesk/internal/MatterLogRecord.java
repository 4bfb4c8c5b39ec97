package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a matter's journal (append-only). */
@Entity
@Table(name = "sd_matter_log")
public class MatterLogRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long matterId;
    private Instant at;
    private String actor;
    private String kind;
    private String detail;

    protected MatterLogRecord() {
    }

    public MatterLogRecord(long matterId, Instant at, String actor, String kind, String detail) {
        this.matterId = matterId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() { return id; }
    public long getMatterId() { return matterId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
}
