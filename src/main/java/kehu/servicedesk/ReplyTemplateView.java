package kehu.servicedesk;

/** A reply-letter template; only active ones may be chosen for a new letter. */
public record ReplyTemplateView(long id, String code, String name, String body, boolean active) {
}
