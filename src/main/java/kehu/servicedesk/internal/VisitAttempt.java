package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.VisitOutcome;

/** One call made for a return visit, reachable or not (append-only). */
@Entity
@Table(name = "sd_visit_attempt")
public class VisitAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long visitId;
    private Instant at;
    @Column(name = "by_user")
    private String by;
    @Enumerated(EnumType.STRING)
    private VisitOutcome outcome;
    private String note;

    protected VisitAttempt() {
    }

    public VisitAttempt(long visitId, Instant at, String by, VisitOutcome outcome, String note) {
        this.visitId = visitId;
        this.at = at;
        this.by = by;
        this.outcome = outcome;
        this.note = note;
    }

    public long getVisitId() { return visitId; }
    public Instant getAt() { return at; }
    public String getBy() { return by; }
    public VisitOutcome getOutcome() { return outcome; }
    public String getNote() { return note; }
}
