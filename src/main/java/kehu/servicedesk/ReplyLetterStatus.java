package kehu.servicedesk;

/** DRAFT › PENDING (approval) › APPROVED › SENT; REJECTED goes back to editing (SVC-4). */
public enum ReplyLetterStatus {
    DRAFT, PENDING, APPROVED, REJECTED, SENT
}
