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

/** A routing rule (SVC-2): matters of this type, category (or below it) and area go to this target. */
@Entity
@Table(name = "sd_routing_rule")
public class RoutingRule extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private MatterType matterType;
    private String categoryCode;
    private String areaCode;
    private long targetUnitId;
    private Long targetPositionId;
    private Long targetStaffId;
    private int sortOrder;
    private boolean active;

    protected RoutingRule() {
    }

    public RoutingRule(String name, MatterType matterType, String categoryCode, String areaCode, long targetUnitId,
                       Long targetPositionId, Long targetStaffId, int sortOrder) {
        describe(name, matterType, categoryCode, areaCode, targetUnitId, targetPositionId, targetStaffId, sortOrder);
        this.active = true;
    }

    public void describe(String name, MatterType matterType, String categoryCode, String areaCode, long targetUnitId,
                         Long targetPositionId, Long targetStaffId, int sortOrder) {
        this.name = name;
        this.matterType = matterType;
        this.categoryCode = categoryCode;
        this.areaCode = areaCode;
        this.targetUnitId = targetUnitId;
        this.targetPositionId = targetPositionId;
        this.targetStaffId = targetStaffId;
        this.sortOrder = sortOrder;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public MatterType getMatterType() { return matterType; }
    public String getCategoryCode() { return categoryCode; }
    public String getAreaCode() { return areaCode; }
    public long getTargetUnitId() { return targetUnitId; }
    public Long getTargetPositionId() { return targetPositionId; }
    public Long getTargetStaffId() { return targetStaffId; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
}
