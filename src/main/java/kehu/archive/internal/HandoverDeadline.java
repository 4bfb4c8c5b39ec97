package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** How many working days after a business event its documents must reach the archive room (ARC-4). */
@Entity
@Table(name = "archive_handover_deadline")
public class HandoverDeadline extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_code")
    private String eventCode;
    @Column(name = "working_days")
    private int workingDays;

    protected HandoverDeadline() {
    }

    public HandoverDeadline(String eventCode, int workingDays) {
        this.eventCode = eventCode;
        this.workingDays = workingDays;
    }

    public void setWorkingDays(int workingDays) {
        this.workingDays = workingDays;
    }

    public Long getId() {
        return id;
    }

    public String getEventCode() {
        return eventCode;
    }

    public int getWorkingDays() {
        return workingDays;
    }
}
