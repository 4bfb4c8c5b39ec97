package kehu.servicedesk;

/** An answer to a frequent consultation (SVC-7); {@code categoryCode} null: a general question. */
public record FaqView(long id, String question, String answer, String categoryCode, String categoryLabel, String keywords,
                      boolean active, long version) {
}
