package kehu.servicedesk;

/** The customer's verdict on a resolution: said to us, or heard on a return visit (SVC-4). */
public record FeedbackForm(FeedbackKind kind, Boolean satisfied, String note) {
}
