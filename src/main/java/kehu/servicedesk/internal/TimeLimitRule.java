package kehu.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.shared.AuditedEntity;

/** A time limit (SVC-3) per type × category × priority, in minutes of working time. */
@Entity
@Table(name = "sd_time_limit")
public class TimeLimitRule extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private MatterType matterType;
    private String categoryCode;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private int responseMinutes;
    private int resolveMinutes;
    private int warnMinutes;
    private boolean active;

    protected TimeLimitRule() {
    }

    public TimeLimitRule(MatterType matterType, String categoryCode, Priority priority, int responseMinutes,
                         int resolveMinutes, int warnMinutes) {
        describe(matterType, categoryCode, priority, responseMinutes, resolveMinutes, warnMinutes);
        this.active = true;
    }

    public void describe(MatterType matterType, String categoryCode, Priority priority, int responseMinutes,
                         int resolveMinutes, int warnMinutes) {
        this.matterType = matterType;
        this.categoryCode = categoryCode;
        this.priority = priority;
        this.responseMinutes = responseMinutes;
        this.resolveMinutes = resolveMinutes;
        this.warnMinutes = warnMinutes;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public MatterType getMatterType() { return matterType; }
    public String getCategoryCode() { return categoryCode; }
    public Priority getPriority() { return priority; }
    public int getResponseMinutes() { return responseMinutes; }
    public int getResolveMinutes() { return resolveMinutes; }
    public int getWarnMinutes() { return warnMinutes; }
    public boolean isActive() { return active; }
}
