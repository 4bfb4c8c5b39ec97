package kehu.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A reply-letter template (SVC-4, SVC-7) with placeholders filled when a letter is drafted. */
@Entity
@Table(name = "sd_reply_template")
public class ReplyTemplate extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String body;
    private boolean active;

    protected ReplyTemplate() {
    }

    public ReplyTemplate(String code, String name, String body) {
        this.code = code;
        this.name = name;
        this.body = body;
        this.active = true;
    }

    /** New wording; letters drafted before keep the text they were drafted with. */
    public void describe(String name, String body) {
        this.name = name;
        this.body = body;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getBody() { return body; }
    public boolean isActive() { return active; }
}
