package kehu.survey;

/**
 * Where answers recorded through {@link Questionnaires} come from.
 *
 * @param module     the recording module, e.g. {@code servicedesk} (required, ≤ 32, not {@code survey})
 * @param reference  the record in that module, e.g. the return visit's id (≤ 64); a module/reference pair
 *                   is recorded once
 * @param customerId the customer who answered, may be null (an anonymous caller)
 */
public record AnswerOrigin(String module, String reference, Long customerId) {
}
