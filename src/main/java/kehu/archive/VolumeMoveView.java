package kehu.archive;

import java.time.Instant;

/** One placement, move or removal of a paper volume; a null label is "no box" (first placement, or taken out). */
public record VolumeMoveView(long id, long volumeId, int volumeNo, Instant movedAt, String movedBy, String fromLabel,
                             String toLabel, String reason) {
}
