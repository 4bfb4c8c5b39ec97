package kehu.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.MatterType;
import kehu.servicedesk.VisitKind;
import kehu.shared.AuditedEntity;

/**
 * Which business moment creates which return visit and when it is due (SVC-5): {@code minDays} to
 * {@code maxDays} calendar days after the moment; a second-tier outlet's sale is visited on
 * {@code secondTierDays}. A questionnaire template, if named, is what the visitor follows.
 */
@Entity
@Table(name = "sd_visit_rule")
public class VisitRule extends AuditedEntity {

    /**
     * What triggers a rule: a matter resolved here, a business moment reported through the API, or the start of a
     * month or year (periodic visits of the customers of a class, by their managers).
     */
    public enum Trigger {
        MATTER_RESOLVED, SALE, DELIVERY, INSTALLATION, MONTHLY, YEARLY;

        public boolean periodic() {
            return this == MONTHLY || this == YEARLY;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Trigger triggerKind;
    @Enumerated(EnumType.STRING)
    private MatterType matterType;
    @Enumerated(EnumType.STRING)
    private VisitKind visitKind;
    private int minDays;
    private int maxDays;
    private Integer secondTierDays;
    private Long questionnaireTemplateId;
    @Enumerated(EnumType.STRING)
    private kehu.customer.AbcClass abcClass;
    private boolean active;

    protected VisitRule() {
    }

    public void change(String name, int minDays, int maxDays, Integer secondTierDays, Long questionnaireTemplateId,
                       boolean active) {
        this.name = name;
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.secondTierDays = secondTierDays;
        this.questionnaireTemplateId = questionnaireTemplateId;
        this.active = active;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Trigger getTriggerKind() { return triggerKind; }
    public MatterType getMatterType() { return matterType; }
    public VisitKind getVisitKind() { return visitKind; }
    public int getMinDays() { return minDays; }
    public int getMaxDays() { return maxDays; }
    public Integer getSecondTierDays() { return secondTierDays; }
    public Long getQuestionnaireTemplateId() { return questionnaireTemplateId; }
    public kehu.customer.AbcClass getAbcClass() { return abcClass; }
    public boolean isActive() { return active; }
}
