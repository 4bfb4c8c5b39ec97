package kehu.customer;

import java.time.Instant;

/**
 * One entry of a customer's timeline. For the customer module's own kinds ({@code updated},
 * {@code classified}) the title lists the changed field names, comma-separated; for the others it is
 * text to show as it is.
 */
public record TimelineEntry(long id, Instant at, String kind, String title, String detail, String sourceModule,
                            String referenceId, String actor) {
}
