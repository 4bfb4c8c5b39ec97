package kehu.customer;

import org.springframework.data.domain.Page;

/**
 * What the customer page shows from this module, read together: the record, whether the reader may
 * edit it, one page of the kept changes and one page of the timeline.
 */
public record CustomerOverview(CustomerDetails details, boolean editable, Page<HistoryEntry> history,
                               Page<TimelineEntry> timeline) {
}
