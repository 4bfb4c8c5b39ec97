package kehu.servicedesk;

/** Where the customer's verdict on a resolution came from (SVC-4). */
public enum FeedbackKind {
    CUSTOMER, RETURN_VISIT
}
