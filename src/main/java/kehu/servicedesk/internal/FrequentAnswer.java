package kehu.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** An answer to a frequent consultation (常见问题, SVC-7), of a request category or general, with search keywords. */
@Entity
@Table(name = "sd_faq")
public class FrequentAnswer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String question;
    private String answer;
    private String categoryCode;
    private String keywords;
    private boolean active;

    protected FrequentAnswer() {
    }

    public FrequentAnswer(String question, String answer, String categoryCode, String keywords) {
        describe(question, answer, categoryCode, keywords);
        this.active = true;
    }

    public void describe(String question, String answer, String categoryCode, String keywords) {
        this.question = question;
        this.answer = answer;
        this.categoryCode = categoryCode;
        this.keywords = keywords;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public String getQuestion() { return question; }
    public String getAnswer() { return answer; }
    public String getCategoryCode() { return categoryCode; }
    public String getKeywords() { return keywords; }
    public boolean isActive() { return active; }
}
