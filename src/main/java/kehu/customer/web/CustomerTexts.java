package kehu.customer.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kehu.customer.FieldDefinitionView;
import kehu.customer.HistoryEntry;
import kehu.customer.IndustryFieldManagement;
import kehu.customer.TimelineEntry;
import kehu.platform.ReferenceData;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words for what the customer module stores as codes: field names of the history and timeline
 * ({@code mobile}, {@code fields.VOLTAGE}, {@code contact.12.phone}), enum values, timeline kinds.
 */
@Component
class CustomerTexts {

    private static final Set<String> ENUM_FIELDS = Set.of("status", "abcClass", "loyalty", "valueClass", "kind");

    private final MessageSource messages;
    private final ReferenceData reference;
    private final IndustryFieldManagement fields;

    CustomerTexts(MessageSource messages, ReferenceData reference, IndustryFieldManagement fields) {
        this.messages = messages;
        this.reference = reference;
        this.fields = fields;
    }

    record TimelineRow(Instant at, String kind, String kindLabel, String title, String detail, String source,
                       String actor) {
    }

    record HistoryRow(Instant at, String field, String oldValue, String newValue, String reason, String changedBy) {
    }

    List<TimelineRow> timeline(List<TimelineEntry> entries) {
        var locale = LocaleContextHolder.getLocale();
        var defs = definitions();
        return entries.stream().map(e -> new TimelineRow(e.at(), e.kind(),
                text("customer.timeline.kind." + e.kind(), e.kind(), locale),
                "updated".equals(e.kind()) || "classified".equals(e.kind()) ? fieldNames(e.title(), defs, locale) : e.title(),
                e.detail(), text("customer.timeline.source." + e.sourceModule(), e.sourceModule(), locale), e.actor()))
                .toList();
    }

    List<HistoryRow> history(List<HistoryEntry> entries) {
        var locale = LocaleContextHolder.getLocale();
        var defs = definitions();
        return entries.stream().map(h -> new HistoryRow(h.changedAt(), fieldName(h.field(), defs, locale),
                value(h.field(), h.oldValue(), locale), value(h.field(), h.newValue(), locale), h.reason(), h.changedBy()))
                .toList();
    }

    private Map<String, FieldDefinitionView> definitions() {
        var defs = new HashMap<String, FieldDefinitionView>();
        fields.all().forEach(d -> defs.put(d.code(), d));
        return defs;
    }

    private String fieldNames(String list, Map<String, FieldDefinitionView> defs, Locale locale) {
        if (list == null || list.isBlank()) {
            return null;
        }
        return Arrays.stream(list.split(",")).map(f -> fieldName(f, defs, locale)).distinct()
                .collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", "));
    }

    String fieldName(String field, Map<String, FieldDefinitionView> defs, Locale locale) {
        if (field.startsWith("fields.")) {
            var d = defs.get(field.substring("fields.".length()));
            return d == null ? field : d.label(locale);
        }
        if (field.startsWith("contact.")) {
            var parts = field.split("\\.");
            var part = parts.length == 3 ? parts[2] : "";
            return text("customer.field.contacts", "contact", locale) + " · "
                    + text("customer.contact." + part, part, locale);
        }
        return text("customer.field." + field, field, locale);
    }

    private String value(String field, String value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (ENUM_FIELDS.contains(field)) {
            return text("customer." + field + "." + value, value, locale);
        }
        if (field.equals("vip") || (field.startsWith("fields.") && (value.equals("true") || value.equals("false")))) {
            return text(Boolean.parseBoolean(value) ? "common.yes" : "common.no", value, locale);
        }
        if (field.equals("regionCode")) {
            var path = reference.regionPath(value);
            return path.isEmpty() ? value : String.join(" ", path);
        }
        if (field.equals("industryCode")) {
            return reference.label(ReferenceData.INDUSTRY, value).orElse(value);
        }
        return value;
    }

    String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
