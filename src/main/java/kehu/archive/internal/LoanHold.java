package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A physical item that is out (keyed by the document: one borrower at a time). */
@Entity
@Table(name = "archive_loan_hold")
public class LoanHold extends AuditedEntity {

    @Id
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "loan_id")
    private long loanId;

    protected LoanHold() {
    }

    public LoanHold(long documentId, long loanId) {
        this.documentId = documentId;
        this.loanId = loanId;
    }

    public long getLoanId() {
        return loanId;
    }
}
