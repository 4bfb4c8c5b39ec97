package kehu.servicedesk;

/**
 * A matter just taken in.
 *
 * @param repeated true when the intake form's token had been used already (a double submit): nothing new
 *                 was created, this is the matter the first submit created
 */
public record MatterRef(long id, String number, boolean repeated) {
}
