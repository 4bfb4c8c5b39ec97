package kehu.survey.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * One set of answers on a frozen questionnaire version: a campaign response or answers another module recorded.
 * Never changed after it is recorded.
 */
@Entity
@Table(name = "survey_answer_set")
public class AnswerSet extends AuditedEntity {

    public static final String SURVEY = "survey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_version_id", nullable = false)
    private Long templateVersionId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "origin_module", nullable = false, length = 32)
    private String originModule;

    @Column(name = "origin_reference", length = 64)
    private String originReference;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "follow_up", nullable = false)
    private boolean followUp;

    @Column(name = "follow_up_reasons", length = 500)
    private String followUpReasons;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "answer_set_id", nullable = false, updatable = false)
    private List<Answer> answers = new ArrayList<>();

    protected AnswerSet() {
    }

    AnswerSet(long templateVersionId, Long campaignId, Long customerId, String originModule, String originReference,
              Instant answeredAt, List<Answer> answers, List<Long> issueItemIds) {
        this.templateVersionId = templateVersionId;
        this.campaignId = campaignId;
        this.customerId = customerId;
        this.originModule = originModule;
        this.originReference = originReference;
        this.answeredAt = answeredAt;
        this.answers.addAll(answers);
        this.followUp = !issueItemIds.isEmpty();
        this.followUpReasons = followUp ? String.join(",", issueItemIds.stream().map(String::valueOf).toList()) : null;
    }

    public List<Long> issueItemIds() {
        return followUpReasons == null || followUpReasons.isEmpty() ? List.of()
                : java.util.Arrays.stream(followUpReasons.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getTemplateVersionId() {
        return templateVersionId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getOriginModule() {
        return originModule;
    }

    public String getOriginReference() {
        return originReference;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isFollowUp() {
        return followUp;
    }

    public List<Answer> getAnswers() {
        return answers;
    }
}
