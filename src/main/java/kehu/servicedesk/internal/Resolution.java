package kehu.servicedesk.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.FeedbackKind;
import kehu.servicedesk.MatterType;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/** One resolution round of a matter (SVC-4) and the customer's feedback on it. Kept when the matter reopens. */
@Entity
@Table(name = "sd_resolution")
public class Resolution extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long matterId;
    /** The matter's type and category, fixed at registration, copied so that the analyses need not join the matter. */
    @Enumerated(EnumType.STRING)
    private MatterType matterType;
    private String categoryCode;
    private int round;
    private Instant resolvedAt;
    private String resolvedBy;
    private String summary;
    private Boolean substantiated;
    private Long responsibleUnitId;
    private Long responsibleStaffId;
    private String causeCode;
    private String correctiveMeasures;
    private String preventiveMeasures;
    private BigDecimal compensation;
    @Enumerated(EnumType.STRING)
    private FeedbackKind feedbackKind;
    private Instant feedbackAt;
    private String feedbackBy;
    private Boolean satisfied;
    private String feedbackNote;

    protected Resolution() {
    }

    public Resolution(Matter matter, int round, Instant resolvedAt, String resolvedBy, String summary,
                      Boolean substantiated, Long responsibleUnitId, Long responsibleStaffId, String causeCode,
                      String correctiveMeasures, String preventiveMeasures, BigDecimal compensation) {
        this.matterId = matter.getId();
        this.matterType = matter.getType();
        this.categoryCode = matter.getCategoryCode();
        this.round = round;
        this.resolvedAt = resolvedAt;
        this.resolvedBy = resolvedBy;
        this.summary = summary;
        this.substantiated = substantiated;
        this.responsibleUnitId = responsibleUnitId;
        this.responsibleStaffId = responsibleStaffId;
        this.causeCode = causeCode;
        this.correctiveMeasures = correctiveMeasures;
        this.preventiveMeasures = preventiveMeasures;
        this.compensation = compensation;
    }

    /** The customer's verdict; recorded once per round. */
    public void recordFeedback(FeedbackKind kind, boolean satisfied, String note, Instant at, String by) {
        if (feedbackKind != null) {
            throw new DomainException("servicedesk.feedback.alreadyRecorded");
        }
        this.feedbackKind = kind;
        this.satisfied = satisfied;
        this.feedbackNote = note;
        this.feedbackAt = at;
        this.feedbackBy = by;
    }

    public boolean hasFeedback() {
        return feedbackKind != null;
    }

    public Long getId() { return id; }
    public long getMatterId() { return matterId; }
    public int getRound() { return round; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
    public String getSummary() { return summary; }
    public Boolean getSubstantiated() { return substantiated; }
    public Long getResponsibleUnitId() { return responsibleUnitId; }
    public Long getResponsibleStaffId() { return responsibleStaffId; }
    public String getCauseCode() { return causeCode; }
    public String getCorrectiveMeasures() { return correctiveMeasures; }
    public String getPreventiveMeasures() { return preventiveMeasures; }
    public BigDecimal getCompensation() { return compensation; }
    public FeedbackKind getFeedbackKind() { return feedbackKind; }
    public Instant getFeedbackAt() { return feedbackAt; }
    public String getFeedbackBy() { return feedbackBy; }
    public Boolean getSatisfied() { return satisfied; }
    public String getFeedbackNote() { return feedbackNote; }
}
