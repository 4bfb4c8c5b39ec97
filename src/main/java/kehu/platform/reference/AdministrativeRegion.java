package kehu.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * A province (level 1), city (2) or district (3). Code, parent and level never change; the name may be
 * corrected; a region is disabled rather than deleted.
 */
@Entity
@Table(name = "platform_region")
class AdministrativeRegion extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 12)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "parent_code", updatable = false, length = 12)
    private String parentCode;

    @Column(name = "region_level", nullable = false, updatable = false)
    private int level;

    @Column(nullable = false)
    private boolean enabled = true;

    protected AdministrativeRegion() {
    }

    AdministrativeRegion(String code, String name, String parentCode, int level) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.level = level;
    }

    void rename(String name) {
        this.name = name;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    RegionTree.Row toRow() {
        return new RegionTree.Row(code, name, parentCode, level, enabled);
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isEnabled() {
        return enabled;
    }
}
