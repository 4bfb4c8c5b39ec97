package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Loans extends JpaRepository<Loan, Long>, JpaSpecificationExecutor<Loan> {

    long countByStatus(kehu.archive.LoanStatus status);

    @Query("select l from Loan l where l.archiveId = ?1 and l.borrowerStaffId = ?2 and l.status in"
            + " (kehu.archive.LoanStatus.REQUESTED, kehu.archive.LoanStatus.APPROVED, kehu.archive.LoanStatus.OUT) order by l.id")
    List<Loan> openOf(long archiveId, long borrowerStaffId);

    /** Everything the person has asked for, may fetch or holds, on any archive (ARC-9: a leaver's loans). */
    @Query("select l from Loan l where l.borrowerStaffId = ?1 and l.status in"
            + " (kehu.archive.LoanStatus.REQUESTED, kehu.archive.LoanStatus.APPROVED, kehu.archive.LoanStatus.OUT) order by l.archiveId, l.id")
    List<Loan> openOfBorrower(long borrowerStaffId);

    @Query("select count(l) from Loan l where l.status in (kehu.archive.LoanStatus.APPROVED, kehu.archive.LoanStatus.OUT)"
            + " and l.mode = kehu.archive.LoanMode.PHYSICAL and l.dueOn < ?1")
    long countOverdue(java.time.LocalDate today);

    /** Loans of the borrower that cover the document and are approved (electronic viewing). */
    @Query("select l from Loan l where l.borrowerStaffId = ?1 and l.status = kehu.archive.LoanStatus.APPROVED"
            + " and l.mode = kehu.archive.LoanMode.ELECTRONIC"
            + " and exists (select i from LoanItem i where i.loanId = l.id and i.documentId = ?2)")
    List<Loan> approvedElectronicFor(long borrowerStaffId, long documentId);

    /** Loans running (approved or out) that are due on or before the day and were not reminded yet. */
    @Query("select l from Loan l where l.status in (kehu.archive.LoanStatus.APPROVED, kehu.archive.LoanStatus.OUT)"
            + " and l.dueOn <= ?1 and l.remindedAt is null order by l.id")
    List<Loan> dueForReminder(java.time.LocalDate day, org.springframework.data.domain.Pageable page);

    /** Loans running past their due date that were not escalated (physical) or ended (electronic) yet. */
    @Query("select l from Loan l where l.status in (kehu.archive.LoanStatus.APPROVED, kehu.archive.LoanStatus.OUT)"
            + " and l.dueOn < ?1 and l.overdueAt is null order by l.id")
    List<Loan> overdue(java.time.LocalDate today, org.springframework.data.domain.Pageable page);
}
