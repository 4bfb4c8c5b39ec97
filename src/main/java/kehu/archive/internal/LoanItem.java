package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A document a loan covers. */
@Entity
@Table(name = "archive_loan_item")
public class LoanItem extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "loan_id")
    private long loanId;
    @Column(name = "document_id")
    private long documentId;

    protected LoanItem() {
    }

    public LoanItem(long loanId, long documentId) {
        this.loanId = loanId;
        this.documentId = documentId;
    }

    public long getLoanId() {
        return loanId;
    }

    public long getDocumentId() {
        return documentId;
    }
}
