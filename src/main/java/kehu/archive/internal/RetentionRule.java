package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** Years an archive of a category is kept after the account closes, maybe only for one industry-field value (ARC-8). */
@Entity
@Table(name = "archive_retention_rule")
public class RetentionRule extends AuditedEntity implements FieldRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "field_code")
    private String fieldCode;
    @Column(name = "field_value")
    private String fieldValue;
    private int years;

    protected RetentionRule() {
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getFieldValue() {
        return fieldValue;
    }

    public int getYears() {
        return years;
    }
}
