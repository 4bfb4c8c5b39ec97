package kehu.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A dictionary: a named list (or tree) of items. Its code never changes once created. */
@Entity
@Table(name = "platform_dict_type")
class DictionaryType extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private boolean hierarchical;

    protected DictionaryType() {
    }

    DictionaryType(String code, String name, String description, boolean hierarchical) {
        this.code = code;
        describe(name, description, hierarchical);
    }

    void describe(String name, String description, boolean hierarchical) {
        this.name = name;
        this.description = description;
        this.hierarchical = hierarchical;
    }

    DictionaryTree.TypeInfo toInfo() {
        return new DictionaryTree.TypeInfo(code, name, description, hierarchical);
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    boolean isHierarchical() {
        return hierarchical;
    }
}
