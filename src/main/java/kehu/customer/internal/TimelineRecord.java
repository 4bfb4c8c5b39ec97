package kehu.customer.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * One entry of a customer's timeline (CUS-3): what happened, when, from which module. The customer
 * module writes its own (created, changes, assignment, classification, lifecycle); other modules'
 * entries arrive as {@link kehu.customer.CustomerActivityRecorded} events. Append-only.
 */
@Entity
@Table(name = "customer_timeline")
public class TimelineRecord extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(length = 200, updatable = false)
    private String title;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Column(name = "source_module", nullable = false, length = 32, updatable = false)
    private String sourceModule;

    @Column(name = "reference_id", length = 64, updatable = false)
    private String referenceId;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    protected TimelineRecord() {
    }

    TimelineRecord(long customerId, Instant at, String kind, String title, String detail, String sourceModule,
                   String referenceId, String actor) {
        this.customerId = customerId;
        this.at = at;
        this.kind = clip(kind, 32);
        this.title = clip(title, 200);
        this.detail = clip(detail, 1000);
        this.sourceModule = clip(sourceModule, 32);
        this.referenceId = clip(referenceId, 64);
        this.actor = clip(actor, 64);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getAt() {
        return at;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceModule() {
        return sourceModule;
    }

    public String getReferenceId() {
        return referenceId;
    }

    public String getActor() {
        return actor;
    }
}
