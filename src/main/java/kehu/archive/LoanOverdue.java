package kehu.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A physical loan was not returned by its due date (ARC-7): escalate to the borrower's superior and the archive
 * room. Published once per loan by the reminder job.
 */
public record LoanOverdue(long loanId, long archiveId, long borrowerStaffId, LocalDate dueOn, Instant at) {
}
