package kehu.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * An item of a dictionary. Its code never changes (other modules store it); it is never deleted, only
 * disabled (ENABLED ⇄ DISABLED), so stored codes keep their label.
 */
@Entity
@Table(name = "platform_dict_item")
class DictionaryItem extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "type_id", nullable = false, updatable = false)
    private Long typeId;

    @Column(nullable = false, updatable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "parent_code", length = 32)
    private String parentCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean enabled = true;

    protected DictionaryItem() {
    }

    DictionaryItem(long typeId, String code, String label, String parentCode, int sortOrder) {
        this.typeId = typeId;
        this.code = code;
        change(label, parentCode, sortOrder);
    }

    void change(String label, String parentCode, int sortOrder) {
        this.label = label;
        this.parentCode = parentCode;
        this.sortOrder = sortOrder;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    DictionaryTree.ItemRow toRow(String typeCode) {
        return new DictionaryTree.ItemRow(typeCode, code, label, parentCode, sortOrder, enabled);
    }

    Long getTypeId() {
        return typeId;
    }

    String getCode() {
        return code;
    }

    String getParentCode() {
        return parentCode;
    }

    String describe() {
        return "code=" + code + ", label=" + label + ", parent=" + parentCode + ", sort=" + sortOrder + ", enabled=" + enabled;
    }
}
