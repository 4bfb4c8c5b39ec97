package kehu.customer.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kehu.customer.ImportTarget;
import kehu.customer.internal.FieldDefinition;
import kehu.customer.internal.FieldDefinitions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The columns an import understands (CUS-8) — the same ones the template and the export use — and the
 * mapping of a file's headers to them by name, in Chinese or English
 * ({@code customer.import.column.*} and {@code customer.import.aliases.*} in the bundle).
 */
@Component
public class ImportColumns {

    /** The fixed targets, in template order; industry fields ({@code fields.CODE}) follow. */
    public static final List<String> FIXED = List.of("kind", "name", "idNumber", "mobile", "landline", "region", "address",
            "industry", "source", "status", "tags", "areaCode", "owner", "abcClass", "loyalty", "valueClass",
            "creditGrade", "vip");

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final FieldDefinitions definitions;

    ImportColumns(MessageSource messages, FieldDefinitions definitions) {
        this.messages = messages;
        this.definitions = definitions;
    }

    /** Every target, labelled in the locale: the fixed ones, then the active industry fields. */
    public List<ImportTarget> targets(Locale locale) {
        var result = new ArrayList<ImportTarget>();
        for (var code : FIXED) {
            result.add(new ImportTarget(code, label(code, locale), code.equals("name")));
        }
        for (var d : definitions.findByActiveTrueOrderBySortOrderAscIdAsc()) {
            result.add(new ImportTarget(d.formField(), d.label(locale), d.isRequired()));
        }
        return result;
    }

    /** The active industry fields, in order. */
    List<FieldDefinition> activeFields() {
        return definitions.findByActiveTrueOrderBySortOrderAscIdAsc();
    }

    String label(String code, Locale locale) {
        return messages.getMessage("customer.import.column." + code, null, code, locale);
    }

    /** The target of each header (empty: none recognised); a target is given to its first column only. */
    public List<String> autoMap(List<String> headers) {
        var byName = new HashMap<String, String>();
        for (var locale : List.of(Locale.ENGLISH, CHINESE)) {
            for (var t : targets(locale)) {
                byName.put(normalise(t.label()), t.code());
                byName.put(normalise(t.code()), t.code());
            }
            for (var code : FIXED) {
                var aliases = messages.getMessage("customer.import.aliases." + code, null, "", locale);
                for (var alias : aliases.split("\\|")) {
                    if (!alias.isBlank()) {
                        byName.put(normalise(alias), code);
                    }
                }
            }
        }
        for (var d : activeFields()) {
            byName.put(normalise(d.getCode()), d.formField());
            byName.put(normalise(d.formField()), d.formField());
        }
        var used = new HashSet<String>();
        var result = new ArrayList<String>();
        for (var header : headers) {
            var target = header == null ? null : byName.get(normalise(header));
            result.add(target != null && used.add(target) ? target : "");
        }
        return result;
    }

    /** Whether a code names a target (fixed or an active industry field). */
    boolean known(String code, Map<String, FieldDefinition> fields) {
        return FIXED.contains(code) || (code.startsWith("fields.") && fields.containsKey(code.substring(7)));
    }

    static String normalise(String header) {
        return header == null ? "" : java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replaceAll("[\\s*:：()（）\\[\\]【】_\\-·.]", "");
    }
}
