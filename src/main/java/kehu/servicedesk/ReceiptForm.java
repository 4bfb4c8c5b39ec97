package kehu.servicedesk;

/** The completion receipt (回单) of a work order: what was done, and whether the customer confirmed it. */
public record ReceiptForm(String workDone, String note, Boolean customerConfirmed, Long version) {
}
