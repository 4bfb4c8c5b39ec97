package kehu.customer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * The value of one industry field for one customer, in the column of its type so that values can be
 * filtered, sorted and indexed. Part of the {@link Customer} aggregate.
 */
@Entity
@Table(name = "customer_field_value")
public class FieldValue extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "field_id", nullable = false, updatable = false)
    private Long fieldId;

    @Column(name = "text_value", length = FieldDefinition.TEXT_CAPACITY)
    private String textValue;

    @Column(name = "number_value", precision = 19, scale = 4)
    private BigDecimal numberValue;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "bool_value")
    private Boolean boolValue;

    protected FieldValue() {
    }

    FieldValue(Long fieldId, TypedValue value) {
        this.fieldId = fieldId;
        set(value);
    }

    void set(TypedValue v) {
        this.textValue = v.text();
        this.numberValue = v.number();
        this.dateValue = v.date();
        this.boolValue = v.bool();
    }

    public TypedValue value() {
        return new TypedValue(textValue, numberValue, dateValue, boolValue);
    }

    public Long getId() {
        return id;
    }

    public Long getFieldId() {
        return fieldId;
    }
}
