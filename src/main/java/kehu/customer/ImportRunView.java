package kehu.customer;

import java.time.Instant;
import java.util.List;

/**
 * An import run (CUS-8) with its counts.
 *
 * @param headers    the file's header row (empty before it was read)
 * @param mapping    the target of each column ({@code ""}: ignored), in column order
 * @param progress   0 … 1 while running
 * @param phase      what a running import does now: {@code reading}, {@code checking}, {@code writing}
 * @param messageKey why the run failed or was refused, with {@code messageArgs}; null otherwise
 */
public record ImportRunView(long id, String username, String fileName, long fileSize, String sha256, String format,
                            String charset, ImportPolicy policy, Long defaultOwnerId, ImportStatus status,
                            List<String> headers, List<String> mapping, long rowsRead, long rowsAccepted,
                            long rowsRejected, long rowsWarned, long rowsImported, int problemsKept, double progress,
                            String phase, String messageKey, List<String> messageArgs, Instant createdAt,
                            Instant startedAt, Instant finishedAt) {

    /** Whether the accepted rows can be imported now (a dry run finished and the policy allows it). */
    public boolean confirmable() {
        return status == ImportStatus.VALIDATED && rowsAccepted > 0
                && (policy == ImportPolicy.VALID_ROWS || rowsRejected == 0);
    }

    /** The progress as a whole percentage, for the progress bar. */
    public int percent() {
        return (int) Math.round(Math.max(0, Math.min(1, progress)) * 100);
    }
}
