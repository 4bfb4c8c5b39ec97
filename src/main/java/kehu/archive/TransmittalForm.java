package kehu.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * A transmittal form (移交单, ARC-4): the business event that happened on a volume and the documents handed over for it.
 * Each item is a document as the intake checks it (no file: transmittals carry paper; electronic files are filed
 * directly).
 */
public record TransmittalForm(Long volumeId, String eventCode, LocalDate occurredOn, String note, List<Item> items) {

    public record Item(Long scopeItemId, String title, String categoryCode, Carrier carrier, Boolean original,
                       Boolean signed, Integer pages, LocalDate date, String responsible) {

        public boolean blank() {
            return (title == null || title.isBlank()) && (categoryCode == null || categoryCode.isBlank()) && pages == null;
        }
    }
}
