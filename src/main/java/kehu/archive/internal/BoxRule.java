package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** The box kind an archive of a category needs, maybe only for one industry-field value (ARC-5). */
@Entity
@Table(name = "archive_box_rule")
public class BoxRule extends AuditedEntity implements FieldRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "field_code")
    private String fieldCode;
    @Column(name = "field_value")
    private String fieldValue;
    @Column(name = "box_kind")
    private String boxKind;

    protected BoxRule() {
    }

    public BoxRule(String categoryCode, String fieldCode, String fieldValue, String boxKind) {
        this.categoryCode = categoryCode;
        this.fieldCode = fieldCode;
        this.fieldValue = fieldValue;
        this.boxKind = boxKind;
    }

    public Long getId() {
        return id;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getFieldValue() {
        return fieldValue;
    }

    public String getBoxKind() {
        return boxKind;
    }
}
