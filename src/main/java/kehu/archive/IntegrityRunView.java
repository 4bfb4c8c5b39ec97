package kehu.archive;

import java.time.Instant;

/** One integrity-check run (ARC-10): what it covered and how many problems it found. */
public record IntegrityRunView(long id, String trigger, Long archiveId, Instant startedAt, Instant finishedAt,
                               int archivesChecked, int documentsChecked, int filesChecked, long bytesHashed,
                               int problems) {
}
