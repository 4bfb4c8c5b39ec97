package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.archive.LocationKind;
import kehu.shared.AuditedEntity;

/**
 * A place in the archive room's tree (ARC-5): room › cabinet › shelf › box. Path and label are fixed at creation from
 * the parent's, so that a box's full address is one column to show and to sort by.
 */
@Entity
@Table(name = "archive_location")
public class Location extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "parent_id")
    private Long parentId;
    @Enumerated(EnumType.STRING)
    private LocationKind kind;
    private String code;
    private String name;
    private String path;
    private String label;
    @Column(name = "box_kind")
    private String boxKind;
    @Column(name = "closed_section")
    private boolean closedSection;

    protected Location() {
    }

    /** A location under {@code parent} (null for a room); a box names its kind; the closed section is inherited. */
    public Location(Location parent, LocationKind kind, String code, String name, String boxKind, boolean closedSection) {
        this.parentId = parent == null ? null : parent.getId();
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.path = parent == null ? code : parent.getPath() + "/" + code;
        this.label = parent == null ? name : parent.getLabel() + " › " + name;
        this.boxKind = kind == LocationKind.BOX ? boxKind : null;
        this.closedSection = closedSection || (parent != null && parent.isClosedSection());
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public LocationKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    public String getLabel() {
        return label;
    }

    public String getBoxKind() {
        return boxKind;
    }

    public boolean isClosedSection() {
        return closedSection;
    }
}
