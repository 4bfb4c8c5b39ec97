package kehu.servicedesk;

/**
 * A matter as the duty clerk takes it in (SVC-1). Either {@code customerId} (found with the customer
 * search) or an anonymous caller with a {@code callbackNumber} (mobile or landline). {@code token} is the
 * intake form's one-time token: submitting the same token twice (a double click) gives the same matter.
 *
 * @param channel           an item of the {@code channel} dictionary (phone, walk-in, letter, email, online, field-visit)
 * @param categoryCode      an item of the {@code request-category} dictionary (any level of the tree)
 * @param areaCode          floor or territory; taken from the customer when left empty
 * @param answeredOnTheSpot the clerk answered at once: counts as the first response, and a matter that
 *                          needs no feedback (not a complaint) is resolved and closed at first contact
 * @param answer            what the clerk answered (required with {@code answeredOnTheSpot})
 */
public record IntakeForm(MatterType type, String channel, String categoryCode, Priority priority, Severity severity,
                         String subject, String description, Long customerId, String callerName,
                         String callbackNumber, String areaCode, Boolean answeredOnTheSpot, String answer,
                         String token) {

    /** Whether the clerk answered at once (absent means no). */
    public boolean answered() {
        return Boolean.TRUE.equals(answeredOnTheSpot);
    }
}
