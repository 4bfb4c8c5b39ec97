package kehu.customer.transfer;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.customer.ImportProblem;
import kehu.shared.AuditedEntity;

/** One line of an import report; written in batches by {@link ImportProblemWriter}, read through JPA. */
@Entity
@Table(name = "customer_import_problem")
public class ImportProblemRecord extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "row_number", nullable = false, updatable = false)
    private long rowNumber;

    @Column(name = "column_name", length = 100, updatable = false)
    private String columnName;

    @Column(name = "cell_value", length = 200, updatable = false)
    private String cellValue;

    @Column(nullable = false, length = 8, updatable = false)
    private String severity;

    @Column(name = "message_key", nullable = false, length = 100, updatable = false)
    private String messageKey;

    @Column(name = "message_args", length = 1000, updatable = false)
    private String messageArgs;

    protected ImportProblemRecord() {
    }

    public ImportProblem view() {
        return new ImportProblem(rowNumber, columnName, cellValue, "ERROR".equals(severity), messageKey,
                messageArgs == null ? List.of() : List.of(messageArgs.split(String.valueOf(ImportRunRecord.SEPARATOR), -1)));
    }

    public Long getId() {
        return id;
    }
}
