package kehu.archive;

import java.time.LocalDate;

/**
 * A document to file (ARC-3). {@code scopeItemId} (with {@code eventId}) names the line of the filing
 * scope it fulfils, if any; the intake then checks its form against that line (original, signed).
 * {@code confidentiality} null: the archive's default level.
 */
public record DocumentForm(Long volumeId, Long eventId, Long scopeItemId, String title, String categoryCode,
                           Carrier carrier, Boolean original, Boolean signed, Integer pages, LocalDate date,
                           String responsible, Confidentiality confidentiality) {
}
