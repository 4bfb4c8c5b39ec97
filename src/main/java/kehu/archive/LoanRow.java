package kehu.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A line of the lending register (ARC-7). */
public record LoanRow(long id, long archiveId, String archiveNo, String customerName, long borrowerStaffId,
                      String borrowerName, String purpose, LoanMode mode, Copying copying, Confidentiality level,
                      LoanStatus status, Long approvalId, Instant requestedAt, Instant decidedAt, LocalDate dueOn,
                      Instant lentAt, String signedName, Instant returnedAt, ReturnCondition returnCondition,
                      String returnNote, List<String> documents) {
}
