package kehu.customer;

import java.time.Instant;

/**
 * Another module did something with a customer that belongs on the customer's timeline (CUS-3): a
 * visit, a service request, an archive document, a survey answer … Publish it inside the transaction
 * that does the work; the customer module adds it to the timeline after commit. Delivered twice (after
 * a crash) it is recorded once when {@code referenceId} is given.
 *
 * @param customerId   the customer
 * @param at           when it happened
 * @param kind         short kind code, e.g. {@code visit}, {@code service-request}; the customer page
 *                     shows the label {@code customer.timeline.kind.<kind>} when a bundle defines it
 * @param title        one line (plain text, shown escaped)
 * @param detail       more text, may be null
 * @param sourceModule the publishing module, e.g. {@code manager}
 * @param referenceId  id of the record in that module, may be null
 * @param followUp     whether it counts as a follow-up of the customer (a visit, a call), which keeps
 *                     the customer out of the public pool
 */
public record CustomerActivityRecorded(long customerId, Instant at, String kind, String title, String detail,
                                       String sourceModule, String referenceId, boolean followUp) {

    /** An activity that is not a follow-up. */
    public CustomerActivityRecorded(long customerId, Instant at, String kind, String title, String detail,
                                    String sourceModule, String referenceId) {
        this(customerId, at, kind, title, detail, sourceModule, referenceId, false);
    }
}
