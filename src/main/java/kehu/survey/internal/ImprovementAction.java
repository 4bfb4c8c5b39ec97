package kehu.survey.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/** An improvement decided from a campaign's results: OPEN —{@link #complete}→ DONE. */
@Entity
@Table(name = "survey_improvement_action")
public class ImprovementAction extends AuditedEntity {

    public enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(length = 100)
    private String responsible;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status = Status.OPEN;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_note", length = 500)
    private String doneNote;

    protected ImprovementAction() {
    }

    public ImprovementAction(long campaignId, String description, String responsible, LocalDate dueOn) {
        this.campaignId = campaignId;
        this.description = description;
        this.responsible = responsible;
        this.dueOn = dueOn;
    }

    public void complete(String note, Instant at) {
        if (status == Status.DONE) {
            throw new DomainException("survey.action.alreadyDone");
        }
        status = Status.DONE;
        doneNote = note;
        doneAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getDescription() {
        return description;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneNote() {
        return doneNote;
    }
}
