package kehu.customer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import kehu.customer.Classification;
import kehu.customer.ContactForm;
import kehu.customer.CreditCode;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerStatus;
import kehu.customer.IdCardNumber;
import kehu.customer.Landline;
import kehu.customer.MobileNumber;
import kehu.customer.PhoneNumber;
import kehu.customer.internal.Contact.ContactDetails;
import kehu.platform.ReferenceData;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns what a person typed (or an import row held) into checked customer values, or into the list
 * of what is wrong, field by field: value objects for identity numbers and phones, the platform's
 * regions and industry dictionary, the industry-field definitions, lengths and characters.
 */
@Component
public class CustomerFormCheck {

    static final int NAME_MAX = 100;
    static final int ADDRESS_MAX = 200;
    static final int SOURCE_MAX = 50;
    static final int TAG_MAX = 20;
    static final int TAGS_MAX = 20;
    static final int REASON_MAX = 500;

    private final ReferenceData reference;
    private final FieldDefinitions definitions;

    CustomerFormCheck(ReferenceData reference, FieldDefinitions definitions) {
        this.reference = reference;
        this.definitions = definitions;
    }

    /** The checked values of a customer form. {@code fields} is null when the form leaves them as they are. */
    public record Checked(CustomerKind kind, Profile profile, CustomerStatus status,
                          Map<FieldDefinition, TypedValue> fields, Classification classification, String reason) {
    }

    /**
     * Checks a form. {@code kind} is the customer's kind when editing (the form may not change it), null
     * when creating (the form must give it).
     */
    public Checked check(CustomerForm f, CustomerKind existingKind, List<FieldViolation> problems) {
        return check(f, existingKind, problems, definitions.findByActiveTrueOrderBySortOrderAscIdAsc());
    }

    /**
     * The same check with the active field definitions given by the caller, who checks many forms in a
     * row (an import) and reads the definitions once.
     */
    public Checked check(CustomerForm f, CustomerKind existingKind, List<FieldViolation> problems,
                         List<FieldDefinition> activeDefinitions) {
        var kind = existingKind != null ? existingKind : f.kind();
        if (kind == null) {
            problems.add(new FieldViolation("kind", "validation.required"));
        } else if (existingKind != null && f.kind() != null && f.kind() != existingKind) {
            problems.add(new FieldViolation("kind", "customer.kind.fixed"));
        }
        var name = text(problems, "name", f.name(), NAME_MAX, true);
        String idNumber = null;
        if (!blank(f.idNumber()) && kind != null) {
            idNumber = value(problems, "idNumber", f.idNumber(), kind == CustomerKind.INDIVIDUAL
                    ? raw -> IdCardNumber.parse(raw).value() : raw -> CreditCode.parse(raw).value());
        }
        var mobile = blank(f.mobile()) ? null : value(problems, "mobile", f.mobile(), raw -> MobileNumber.parse(raw).value());
        var landline = blank(f.landline()) ? null : value(problems, "landline", f.landline(), raw -> Landline.parse(raw).value());
        String region = null;
        if (!blank(f.regionCode())) {
            region = f.regionCode().strip();
            var known = region.length() <= 12 && reference.isValidRegion(region);
            if (!known) {
                problems.add(new FieldViolation("regionCode", "customer.region.unknown", clip(region)));
            } else if (reference.region(region).map(r -> r.level() != 3).orElse(true)) {
                problems.add(new FieldViolation("regionCode", "customer.region.notDistrict"));
            }
        }
        var address = text(problems, "address", f.address(), ADDRESS_MAX, false);
        String industry = null;
        if (!blank(f.industryCode())) {
            industry = f.industryCode().strip();
            if (!reference.isValidItem(ReferenceData.INDUSTRY, industry)) {
                problems.add(new FieldViolation("industryCode", "customer.industry.unknown", clip(industry)));
            }
        }
        var source = text(problems, "source", f.source(), SOURCE_MAX, false);
        String area = null;
        if (!blank(f.areaCode())) {
            area = f.areaCode().strip();
            if (area.length() > 32 || !area.matches("[A-Za-z0-9_.-]+")) {
                problems.add(new FieldViolation("areaCode", "validation.code"));
            }
        }
        var tags = tags(f.tags(), problems);
        if (f.status() != null && !f.status().working()) {
            problems.add(new FieldViolation("status", "customer.status.notWorking"));
        }
        var classification = classification(f, problems);
        var reason = text(problems, "reason", f.reason(), REASON_MAX, false);
        var fields = kind == null ? null : fields(kind, f.fields(), existingKind == null, problems, activeDefinitions);
        return new Checked(kind, new Profile(name, idNumber, mobile, landline, region, address, industry, source, area, tags),
                f.status(), fields, classification, reason);
    }

    /** Checks the classification part of a customer form (or of a classify request). */
    Classification classification(CustomerForm f, List<FieldViolation> problems) {
        return classification(new Classification(f.abcClass(), f.loyalty(), f.valueClass(), f.creditGrade(),
                Boolean.TRUE.equals(f.vip())), problems);
    }

    public Classification classification(Classification c, List<FieldViolation> problems) {
        String grade = null;
        if (!blank(c.creditGrade())) {
            grade = c.creditGrade().strip().toUpperCase(Locale.ROOT);
            if (!grade.matches("[A-Z0-9+-]{1,8}")) {
                problems.add(new FieldViolation("creditGrade", "customer.creditGrade.invalid"));
            }
        }
        return new Classification(c.abcClass(), c.loyalty(), c.valueClass(), grade, c.vip());
    }

    public ContactDetails contact(ContactForm f, List<FieldViolation> problems) {
        var name = text(problems, "name", f.name(), 50, true);
        var role = text(problems, "role", f.role(), 50, false);
        var phone = blank(f.phone()) ? null : value(problems, "phone", f.phone(), raw -> PhoneNumber.parse(raw).value());
        var preferences = text(problems, "preferences", f.preferences(), 500, false);
        if (f.birthday() != null && (f.birthday().getYear() < 1880 || f.birthday().getYear() > 2999)) {
            problems.add(new FieldViolation("birthday", "customer.contact.birthday.invalid"));
        }
        return new ContactDetails(name, role, phone, f.birthday(), preferences);
    }

    public String reason(String reason, List<FieldViolation> problems) {
        var r = text(problems, "reason", reason, REASON_MAX, true);
        return r;
    }

    private Map<FieldDefinition, TypedValue> fields(CustomerKind kind, Map<String, String> given, boolean creating,
                                                    List<FieldViolation> problems, List<FieldDefinition> active) {
        if (given == null && !creating) {
            return null;
        }
        var values = given == null ? Map.<String, String>of() : given;
        var locale = LocaleContextHolder.getLocale();
        var applicable = new LinkedHashMap<String, FieldDefinition>();
        for (var d : active) {
            if (d.appliesTo(kind)) {
                applicable.put(d.getCode(), d);
            }
        }
        for (var code : values.keySet()) {
            if (!applicable.containsKey(code) && !blank(values.get(code))) {
                problems.add(new FieldViolation("fields." + clip(code), "customer.fieldValue.unknown", clip(code)));
            }
        }
        var result = new LinkedHashMap<FieldDefinition, TypedValue>();
        for (var d : applicable.values()) {
            try {
                result.put(d, d.parse(values.get(d.getCode()), locale));
            } catch (FieldDefinition.InvalidValue e) {
                problems.add(e.violation());
            }
        }
        return result;
    }

    private static Set<String> tags(Set<String> given, List<FieldViolation> problems) {
        var tags = new LinkedHashSet<String>();
        if (given == null) {
            return tags;
        }
        for (var t : given) {
            if (t == null) {
                continue;
            }
            Arrays.stream(t.split("[,，、;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(tags::add);
        }
        if (tags.size() > TAGS_MAX) {
            problems.add(new FieldViolation("tags", "customer.tags.tooMany", TAGS_MAX));
        } else if (tags.stream().anyMatch(s -> s.length() > TAG_MAX)) {
            problems.add(new FieldViolation("tags", "customer.tags.tooLong", TAG_MAX));
        } else if (tags.stream().anyMatch(s -> s.codePoints().anyMatch(Character::isISOControl))) {
            problems.add(new FieldViolation("tags", "customer.text.control"));
        }
        return tags;
    }

    private static String value(List<FieldViolation> problems, String field, String raw, Function<String, String> parse) {
        try {
            return parse.apply(raw);
        } catch (DomainException e) {
            e.violations().forEach(v -> problems.add(new FieldViolation(field, v.messageKey(), v.args())));
            return null;
        }
    }

    private static String text(List<FieldViolation> problems, String field, String raw, int max, boolean required) {
        var s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            if (required) {
                problems.add(new FieldViolation(field, "validation.required"));
            }
            return null;
        }
        if (s.length() > max) {
            problems.add(new FieldViolation(field, "validation.tooLong", max));
            return null;
        }
        if (s.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new FieldViolation(field, "customer.text.control"));
            return null;
        }
        return s;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Echoes at most 40 characters of a bad input back in a message. */
    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static List<FieldViolation> newProblems() {
        return new ArrayList<>();
    }
}
