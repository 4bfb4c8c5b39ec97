package kehu.servicedesk;

/**
 * A reply-letter template as a supervisor writes it (SVC-7). The body may use the placeholders {@code {customer}
 * {number} {subject} {received} {resolution} {today}}, filled when a letter is drafted. The code is given once.
 */
public record ReplyTemplateForm(String code, String name, String body) {
}
