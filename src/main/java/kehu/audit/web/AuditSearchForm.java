package kehu.audit.web;

import java.time.LocalDate;

import kehu.audit.AuditFilter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The search fields of the audit page and the query parameters of the audit API. */
public class AuditSearchForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private String text;

    /** The filter these fields describe; throws a {@link kehu.shared.DomainException} naming bad fields. */
    AuditFilter toFilter() {
        return new AuditFilter(from, to, actor, action, targetType, targetId, text);
    }

    /** The filter as an encoded query string starting with {@code ?}, or empty: for pager and export links. */
    static String queryOf(AuditFilter filter) {
        var builder = UriComponentsBuilder.newInstance();
        filter.criteria().forEach(builder::queryParam);
        var query = builder.encode().build().getQuery();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
