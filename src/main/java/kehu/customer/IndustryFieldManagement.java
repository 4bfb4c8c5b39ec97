package kehu.customer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kehu.customer.internal.FieldDefinition;
import kehu.customer.internal.FieldDefinitions;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Industry-field definitions (CUS-2): typed fields defined as data by administrators and industry
 * packs, without code changes. Changing them needs {@code platform.dictionary.manage} (they shape
 * everyone's customer form), reading them does not.
 */
@Service
@Transactional
public class IndustryFieldManagement {

    static final String MANAGE = "platform.dictionary.manage";

    private final FieldDefinitions definitions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndustryFieldManagement(FieldDefinitions definitions, ApplicationEventPublisher events, Clock clock) {
        this.definitions = definitions;
        this.events = events;
        this.clock = clock;
    }

    /** All definitions, active or not, in form order. */
    @Transactional(readOnly = true)
    public List<FieldDefinitionView> all() {
        return definitions.allViews();
    }

    /** The fields a customer of this kind shows on its form (and an import accepts), in order. */
    @Transactional(readOnly = true)
    public List<FieldDefinitionView> activeFor(CustomerKind kind) {
        return definitions.findByActiveTrueOrderBySortOrderAscIdAsc().stream().filter(d -> kind == null || d.appliesTo(kind))
                .map(FieldDefinition::view).toList();
    }

    @Transactional(readOnly = true)
    public FieldDefinitionView get(long id) {
        return definitions.findById(id).map(FieldDefinition::view)
                .orElseThrow(() -> new NotFoundException("customer-field", id));
    }

    @PreAuthorize("hasAuthority('" + MANAGE + "')")
    public FieldDefinitionView create(FieldDefinitionForm form) {
        var problems = new ArrayList<FieldViolation>();
        var code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(new FieldViolation("code", "validation.required"));
        } else if (!code.matches("[A-Z][A-Z0-9_]{0,31}")) {
            problems.add(new FieldViolation("code", "customer.fieldDef.code.format"));
        } else if (definitions.existsByCode(code)) {
            problems.add(new FieldViolation("code", "customer.fieldDef.code.taken", code));
        }
        if (form.type() == null) {
            problems.add(new FieldViolation("type", "validation.required"));
        }
        var definition = new FieldDefinition(code, form.type());
        define(definition, form, problems);
        definition = definitions.save(definition);
        kehu.shared.RequestMemo.forget(FieldDefinitions.VIEWS_MEMO);
        audit("customer.field.create", definition.getId(), null, describe(definition));
        return definition.view();
    }

    @PreAuthorize("hasAuthority('" + MANAGE + "')")
    public FieldDefinitionView update(long id, FieldDefinitionForm form) {
        var definition = definitions.findById(id).orElseThrow(() -> new NotFoundException("customer-field", id));
        if (form.version() != null && form.version() != definition.getVersion()) {
            throw new DomainException("customer.fieldDef.conflict");
        }
        var problems = new ArrayList<FieldViolation>();
        if (form.code() != null && !form.code().isBlank() && !form.code().strip().equalsIgnoreCase(definition.getCode())) {
            problems.add(new FieldViolation("code", "customer.fieldDef.fixed"));
        }
        if (form.type() != null && form.type() != definition.getType()) {
            problems.add(new FieldViolation("type", "customer.fieldDef.fixed"));
        }
        var before = describe(definition);
        define(definition, form, problems);
        kehu.shared.RequestMemo.forget(FieldDefinitions.VIEWS_MEMO);
        audit("customer.field.update", id, before, describe(definition));
        return definition.view();
    }

    private void define(FieldDefinition d, FieldDefinitionForm f, List<FieldViolation> problems) {
        var label = text(f.label(), 50, true, "label", problems);
        var labelEn = text(f.labelEn(), 100, false, "labelEn", problems);
        var choices = FieldDefinition.splitChoices(f.choices());
        var pattern = f.pattern() == null || f.pattern().isBlank() ? null : f.pattern().strip();
        if (pattern != null && pattern.length() > 200) {
            problems.add(new FieldViolation("pattern", "validation.tooLong", 200));
            pattern = null;
        }
        var type = d.getType();
        if (type != null) {
            problems.addAll(FieldDefinition.problemsOf(type, f.maxLength(), f.minValue(),
                    f.maxValue(), choices, pattern));
        }
        int sort = f.sortOrder() == null ? 100 : f.sortOrder();
        if (sort < 0 || sort > 9999) {
            problems.add(new FieldViolation("sortOrder", "customer.fieldDef.sortOrder.range"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        d.define(label, labelEn, Boolean.TRUE.equals(f.required()), f.maxLength(), f.minValue(), f.maxValue(), choices,
                pattern, f.appliesTo(), sort, f.active() == null || f.active());
    }

    private static String text(String raw, int max, boolean required, String field, List<FieldViolation> problems) {
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
        if (s.codePoints().anyMatch(Character::isISOControl) || s.contains("<") || s.contains(">")) {
            problems.add(new FieldViolation(field, "validation.plainText"));
            return null;
        }
        return s;
    }

    private static String describe(FieldDefinition d) {
        var v = d.view();
        return "code=" + v.code() + ", label=" + v.label() + ", type=" + v.type() + ", required=" + v.required()
                + ", active=" + v.active() + ", appliesTo=" + v.appliesTo() + ", maxLength=" + v.maxLength()
                + ", min=" + v.minValue() + ", max=" + v.maxValue() + ", choices=" + v.choices() + ", pattern=" + v.pattern();
    }

    private void audit(String action, long id, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), "customer-field", id,
                before, after, clock.instant()));
    }
}
