package kehu.archive;

import java.time.LocalDate;
import java.util.List;

/** A lending request (ARC-7): the documents of one archive, why, how, what may be copied, until when. */
public record LoanForm(List<Long> documentIds, String purpose, LoanMode mode, Copying copying, LocalDate dueOn) {
}
