package kehu.archive;

import java.time.LocalDate;

/** A business event that happened on a volume (capacity increase, a repair …); its filing scope then applies. */
public record BusinessEventForm(Long volumeId, String eventCode, LocalDate occurredOn, String note) {
}
