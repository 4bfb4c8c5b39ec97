package kehu.servicedesk;

/** A reply-letter template that may be chosen. */
public record ReplyTemplateView(long id, String code, String name, String body) {
}
