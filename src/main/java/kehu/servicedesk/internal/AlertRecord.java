package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.AlertKind;

/** A warning or escalation that fired; unique per matter, kind, level and resolution round. */
@Entity
@Table(name = "sd_matter_alert")
public class AlertRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long matterId;
    @Enumerated(EnumType.STRING)
    private AlertKind kind;
    private int level;
    private int round;
    private Instant at;
    private Instant dueAt;
    private String recipients;

    protected AlertRecord() {
    }

    public AlertRecord(long matterId, AlertKind kind, int level, int round, Instant at, Instant dueAt, String recipients) {
        this.matterId = matterId;
        this.kind = kind;
        this.level = level;
        this.round = round;
        this.at = at;
        this.dueAt = dueAt;
        this.recipients = recipients;
    }

    public Long getId() { return id; }
    public long getMatterId() { return matterId; }
    public AlertKind getKind() { return kind; }
    public int getLevel() { return level; }
    public int getRound() { return round; }
    public Instant getAt() { return at; }
    public Instant getDueAt() { return dueAt; }
    public String getRecipients() { return recipients; }
}
