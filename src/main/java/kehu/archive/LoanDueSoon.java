package kehu.archive;

import java.time.Instant;
import java.time.LocalDate;

/** A loan's due date is near (ARC-7): remind the borrower. Published once per loan by the reminder job. */
public record LoanDueSoon(long loanId, long archiveId, long borrowerStaffId, LocalDate dueOn, Instant at) {
}
