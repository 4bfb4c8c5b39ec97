package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.ServiceEventKind;
import kehu.shared.AuditedEntity;

/** A sale, delivery or installation reported from outside, kept once per kind and reference (SVC-5). */
@Entity
@Table(name = "sd_service_event")
public class ServiceEvent extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ServiceEventKind kind;
    private String reference;
    private long customerId;
    private Instant occurredAt;
    private boolean secondTier;
    private String subject;

    protected ServiceEvent() {
    }

    public ServiceEvent(ServiceEventKind kind, String reference, long customerId, Instant occurredAt, boolean secondTier,
                        String subject) {
        this.kind = kind;
        this.reference = reference;
        this.customerId = customerId;
        this.occurredAt = occurredAt;
        this.secondTier = secondTier;
        this.subject = subject;
    }

    public Long getId() { return id; }
    public ServiceEventKind getKind() { return kind; }
    public String getReference() { return reference; }
    public long getCustomerId() { return customerId; }
    public Instant getOccurredAt() { return occurredAt; }
    public boolean isSecondTier() { return secondTier; }
    public String getSubject() { return subject; }
}
