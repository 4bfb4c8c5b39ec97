package kehu.servicedesk.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.VisitKind;
import kehu.servicedesk.VisitOutcome;
import kehu.servicedesk.VisitStatus;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * A return-visit task (回访, SVC-5). DUE › DONE when the customer is reached (satisfied or dissatisfied),
 * FAILED after the last unreachable attempt, CANCELLED when moot (its matter was reopened before the visit).
 * {@code sourceKey} is unique, so the event that creates a visit creates it once however often it arrives.
 */
@Entity
@Table(name = "sd_return_visit")
public class ReturnVisit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sourceKey;
    @Enumerated(EnumType.STRING)
    private VisitKind kind;
    private int level;
    private Long ruleId;
    private Long matterId;
    private Integer matterRound;
    private Long serviceEventId;
    private Long sampledVisitId;
    private Long customerId;
    private String customerName;
    private boolean vip;
    private boolean major;
    private String subject;
    private long unitId;
    private Long staffId;
    private String areaCode;
    private LocalDate dueFrom;
    private LocalDate dueBy;
    private LocalDate nextAttemptOn;
    @Enumerated(EnumType.STRING)
    private VisitStatus status;
    private int attempts;
    @Enumerated(EnumType.STRING)
    private VisitOutcome outcome;
    private Integer overall;
    private String note;
    private Instant doneAt;
    private String doneBy;
    private Long questionnaireVersionId;
    private Long answerSetId;
    private Long complaintMatterId;

    protected ReturnVisit() {
    }

    public ReturnVisit(String sourceKey, VisitKind kind, int level, String subject, long unitId, Long staffId,
                       LocalDate dueFrom, LocalDate dueBy) {
        this.sourceKey = sourceKey;
        this.kind = kind;
        this.level = level;
        this.subject = subject;
        this.unitId = unitId;
        this.staffId = staffId;
        this.dueFrom = dueFrom;
        this.dueBy = dueBy;
        this.nextAttemptOn = dueFrom;
        this.status = VisitStatus.DUE;
    }

    public ReturnVisit forMatter(long matterId, int round, boolean major) {
        this.matterId = matterId;
        this.matterRound = round;
        this.major = major;
        return this;
    }

    public ReturnVisit forServiceEvent(long serviceEventId) {
        this.serviceEventId = serviceEventId;
        return this;
    }

    public ReturnVisit sampling(ReturnVisit earlier) {
        this.sampledVisitId = earlier.getId();
        this.matterId = earlier.matterId;
        this.matterRound = earlier.matterRound;
        this.serviceEventId = earlier.serviceEventId;
        this.major = earlier.major;
        return withCustomer(earlier.customerId, earlier.customerName, earlier.vip, earlier.areaCode);
    }

    public ReturnVisit withCustomer(Long customerId, String customerName, boolean vip, String areaCode) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.vip = vip;
        this.areaCode = areaCode;
        return this;
    }

    public ReturnVisit following(Long ruleId, Long questionnaireVersionId) {
        this.ruleId = ruleId;
        this.questionnaireVersionId = questionnaireVersionId;
        return this;
    }

    /**
     * One call. Reached: the visit is done with that outcome. Unreachable: tried again on {@code retryOn}
     * unless this was the last allowed attempt, which fails the visit. Returns the status after the call.
     */
    public VisitStatus attempt(VisitOutcome result, String note, Integer overall, int maxAttempts, LocalDate retryOn,
                               Instant now, String by) {
        if (status != VisitStatus.DUE) {
            throw new DomainException("servicedesk.visit.notDue");
        }
        attempts++;
        this.note = note;
        if (result == VisitOutcome.UNREACHABLE) {
            if (attempts >= maxAttempts) {
                status = VisitStatus.FAILED;
                outcome = result;
                doneAt = now;
                doneBy = by;
            } else {
                nextAttemptOn = retryOn;
            }
            return status;
        }
        status = VisitStatus.DONE;
        outcome = result;
        this.overall = overall;
        doneAt = now;
        doneBy = by;
        return status;
    }

    /** A visit whose reason went away (the matter was reopened before it was made). */
    public boolean cancel() {
        if (status != VisitStatus.DUE) {
            return false;
        }
        status = VisitStatus.CANCELLED;
        return true;
    }

    public void answered(long answerSetId) {
        this.answerSetId = answerSetId;
    }

    public void openedComplaint(long matterId) {
        this.complaintMatterId = matterId;
    }

    public boolean isOverdue(LocalDate today) {
        return status == VisitStatus.DUE && dueBy.isBefore(today);
    }

    public Long getId() { return id; }
    public String getSourceKey() { return sourceKey; }
    public VisitKind getKind() { return kind; }
    public int getLevel() { return level; }
    public Long getRuleId() { return ruleId; }
    public Long getMatterId() { return matterId; }
    public Integer getMatterRound() { return matterRound; }
    public Long getServiceEventId() { return serviceEventId; }
    public Long getSampledVisitId() { return sampledVisitId; }
    public Long getCustomerId() { return customerId; }
    public String getCustomerName() { return customerName; }
    public boolean isVip() { return vip; }
    public boolean isMajor() { return major; }
    public String getSubject() { return subject; }
    public long getUnitId() { return unitId; }
    public Long getStaffId() { return staffId; }
    public String getAreaCode() { return areaCode; }
    public LocalDate getDueFrom() { return dueFrom; }
    public LocalDate getDueBy() { return dueBy; }
    public LocalDate getNextAttemptOn() { return nextAttemptOn; }
    public VisitStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public VisitOutcome getOutcome() { return outcome; }
    public Integer getOverall() { return overall; }
    public String getNote() { return note; }
    public Instant getDoneAt() { return doneAt; }
    public String getDoneBy() { return doneBy; }
    public Long getQuestionnaireVersionId() { return questionnaireVersionId; }
    public Long getAnswerSetId() { return answerSetId; }
    public Long getComplaintMatterId() { return complaintMatterId; }
}
