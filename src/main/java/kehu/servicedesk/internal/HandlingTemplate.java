package kehu.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.MatterType;
import kehu.shared.AuditedEntity;

/**
 * A handling template (处理指引, SVC-7): for matters of a category (and its sub-categories), of one type or any, the
 * steps to follow (one per line) and the standard answer to give the customer.
 */
@Entity
@Table(name = "sd_handling_template")
public class HandlingTemplate extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String categoryCode;
    @Enumerated(EnumType.STRING)
    private MatterType matterType;
    private String title;
    private String steps;
    private String standardAnswer;
    private boolean active;

    protected HandlingTemplate() {
    }

    public HandlingTemplate(String categoryCode, MatterType matterType, String title, String steps, String standardAnswer) {
        describe(categoryCode, matterType, title, steps, standardAnswer);
        this.active = true;
    }

    public void describe(String categoryCode, MatterType matterType, String title, String steps, String standardAnswer) {
        this.categoryCode = categoryCode;
        this.matterType = matterType;
        this.title = title;
        this.steps = steps;
        this.standardAnswer = standardAnswer;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public String getCategoryCode() { return categoryCode; }
    public MatterType getMatterType() { return matterType; }
    public String getTitle() { return title; }
    public String getSteps() { return steps; }
    public String getStandardAnswer() { return standardAnswer; }
    public boolean isActive() { return active; }
}
