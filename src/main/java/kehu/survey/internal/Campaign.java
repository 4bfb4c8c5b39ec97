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

import kehu.customer.AbcClass;
import kehu.customer.ValueClass;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;
import kehu.survey.CampaignForm;
import kehu.survey.CampaignStatus;
import kehu.survey.Channel;
import kehu.survey.TargetMode;

/**
 * A survey campaign (SUR-2).
 *
 * <p>Lifecycle: DRAFT —{@link #submitted}→ PENDING_APPROVAL —{@link #decide}→ APPROVED | REJECTED;
 * REJECTED —{@link #revise}→ DRAFT; APPROVED —{@link #start}→ RUNNING (targets fixed, responses accepted)
 * —{@link #close}→ CLOSED. The plan can change only in DRAFT and REJECTED.
 */
@Entity
@Table(name = "survey_campaign")
public class Campaign extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(length = 1000)
    private String purpose;

    @Column(name = "template_version_id", nullable = false)
    private Long templateVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_mode", nullable = false, length = 16)
    private TargetMode targetMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_abc_class", length = 8)
    private AbcClass abcClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_value_class", length = 20)
    private ValueClass valueClass;

    @Column(name = "sample_size")
    private Integer sampleSize;

    @Column(name = "sample_seed")
    private Long sampleSeed;

    @Column(name = "planner_staff_id", nullable = false)
    private Long plannerStaffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "approval_id")
    private Long approvalId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "target_count", nullable = false)
    private int targetCount;

    protected Campaign() {
    }

    /** A new plan; a sample gets its seed now, so the sample drawn at the start can be drawn again. */
    public Campaign(CampaignForm plan, long plannerStaffId, long seed) {
        this.plannerStaffId = plannerStaffId;
        apply(plan, seed);
    }

    public void revise(CampaignForm plan, long seed) {
        if (!status.editable()) {
            throw new DomainException("survey.campaign.notEditable");
        }
        apply(plan, seed);
        status = CampaignStatus.DRAFT;
    }

    private void apply(CampaignForm plan, long seed) {
        this.title = plan.title();
        this.purpose = plan.purpose();
        this.templateVersionId = plan.templateVersionId();
        this.channel = plan.channel();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.targetMode = plan.targetMode();
        this.abcClass = plan.targetMode() == TargetMode.ABC_CLASS ? plan.abcClass() : null;
        this.valueClass = plan.targetMode() == TargetMode.VALUE_CLASS ? plan.valueClass() : null;
        this.sampleSize = plan.sampleSize();
        if (sampleSize == null) {
            sampleSeed = null;
        } else if (sampleSeed == null) {
            sampleSeed = seed;
        }
    }

    /** Sent for approval. */
    public void submitted(long approvalId) {
        if (!status.editable()) {
            throw new DomainException("survey.campaign.notEditable");
        }
        this.status = CampaignStatus.PENDING_APPROVAL;
        this.approvalId = approvalId;
    }

    /** The approval ended; returns false when it was already handled (an event delivered again). */
    public boolean decide(long approvalId, boolean approved, Instant at) {
        if (status != CampaignStatus.PENDING_APPROVAL || this.approvalId == null || this.approvalId != approvalId) {
            return false;
        }
        status = approved ? CampaignStatus.APPROVED : CampaignStatus.REJECTED;
        decidedAt = at;
        return true;
    }

    public void start(int targetCount, Instant at) {
        if (status != CampaignStatus.APPROVED) {
            throw new DomainException("survey.campaign.notApproved");
        }
        this.targetCount = targetCount;
        this.status = CampaignStatus.RUNNING;
        this.startedAt = at;
    }

    public void close(Instant at) {
        if (status != CampaignStatus.RUNNING) {
            throw new DomainException("survey.campaign.notRunning");
        }
        status = CampaignStatus.CLOSED;
        closedAt = at;
    }

    /** Responses are taken only while the campaign runs. */
    public void requireRunning() {
        if (status != CampaignStatus.RUNNING) {
            throw new DomainException("survey.campaign.notRunning");
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getTemplateVersionId() {
        return templateVersionId;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public TargetMode getTargetMode() {
        return targetMode;
    }

    public AbcClass getAbcClass() {
        return abcClass;
    }

    public ValueClass getValueClass() {
        return valueClass;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public Long getSampleSeed() {
        return sampleSeed;
    }

    public Long getPlannerStaffId() {
        return plannerStaffId;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Long getApprovalId() {
        return approvalId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getTargetCount() {
        return targetCount;
    }
}
