package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Loans extends JpaRepository<Loan, Long>, JpaSpecificationExecutor<Loan> {

    /** Loans of the borrower that cover the document and are approved (electronic viewing). */
    @Query("select l from Loan l where l.borrowerStaffId = ?1 and l.status = kehu.archive.LoanStatus.APPROVED"
            + " and l.mode = kehu.archive.LoanMode.ELECTRONIC"
            + " and exists (select i from LoanItem i where i.loanId = l.id and i.documentId = ?2)")
    List<Loan> approvedElectronicFor(long borrowerStaffId, long documentId);
}
