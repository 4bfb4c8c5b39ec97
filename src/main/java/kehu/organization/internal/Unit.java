package kehu.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * A unit of the organisation tree (ORG-1): company › branch › sub-branch › department › team, of
 * any depth. {@code path} holds the ids from the root ({@code /1/4/9/}) so a subtree is one
 * prefix query.
 */
@Entity
@Table(name = "org_unit")
public class Unit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 1000)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "head_staff_id")
    private Long headStaffId;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
    }

    public Unit(String code, String name, Unit parent, int sortOrder) {
        this.code = code;
        this.name = name;
        this.parentId = parent == null ? null : parent.getId();
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.sortOrder = sortOrder;
        this.path = "";
    }

    /** Called once the id is known: the path ends with this unit's own id. */
    void completePath(Unit parent) {
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public void rename(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public void appointHead(Long staffId) {
        this.headStaffId = staffId;
    }

    public boolean isAncestorOf(Unit other) {
        return other.path.startsWith(path) && !other.id.equals(id);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Long getHeadStaffId() {
        return headStaffId;
    }

    public boolean isActive() {
        return active;
    }
}
