package kehu.platform.reference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 * Keeping the dictionaries (ORG-8): administrators create dictionary types and add, change, disable and
 * enable items. Codes never change and nothing is deleted. Every change is audited and seen by
 * {@link kehu.platform.ReferenceData} once committed.
 */
@Service
@Transactional
public class DictionaryManagement {

    static final String MANAGE = "hasAuthority('platform.dictionary.manage')";
    static final String CODE_PATTERN = "[A-Za-z0-9_.-]*";
    static final int CODE_MAX = 32;
    static final int NAME_MAX = 50;
    static final int LABEL_MAX = 100;
    static final int DESCRIPTION_MAX = 500;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]+");

    /** A dictionary on the overview page: how many items it has, how many may be chosen. */
    public record TypeSummary(DictionaryTree.TypeInfo type, int items, int activeItems) {
    }

    /** A dictionary's page: the type and all its items in tree order. */
    public record TypePage(DictionaryTree.TypeInfo type, List<DictionaryTree.Node> items) {

        public java.util.Optional<DictionaryTree.Node> item(String code) {
            return items.stream().filter(n -> n.code().equals(code)).findFirst();
        }

        /** Items that may become the parent of {@code itemCode} (null: of a new item): active, not itself or below it. */
        public List<DictionaryTree.Node> parentChoices(String itemCode) {
            var parents = new java.util.HashMap<String, String>();
            items.forEach(n -> parents.put(n.code(), n.parentCode()));
            return items.stream().filter(DictionaryTree.Node::active).filter(n -> {
                for (var code = n.code(); code != null && itemCode != null; code = parents.get(code)) {
                    if (code.equals(itemCode)) {
                        return false;
                    }
                }
                return true;
            }).toList();
        }
    }

    private final DictionaryTypes types;
    private final DictionaryItems items;
    private final CurrentReferenceData data;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DictionaryManagement(DictionaryTypes types, DictionaryItems items, CurrentReferenceData data,
                         ApplicationEventPublisher events, Clock clock) {
        this.types = types;
        this.items = items;
        this.data = data;
        this.events = events;
        this.clock = clock;
    }

    /** All dictionary types; open to every signed-in user and API client. */
    @Transactional(readOnly = true)
    public List<DictionaryTree.TypeInfo> types() {
        return List.copyOf(data.dictionaries().types());
    }

    /** A dictionary type; open to every signed-in user and API client. */
    @Transactional(readOnly = true)
    public DictionaryTree.TypeInfo type(String code) {
        return data.dictionaries().type(code).orElseThrow(() -> new NotFoundException("dictionary", code));
    }

    @PreAuthorize(MANAGE)
    @Transactional(readOnly = true)
    public List<TypeSummary> overview() {
        var tree = data.dictionaries();
        return tree.types().stream()
                .map(t -> new TypeSummary(t, tree.nodes(t.code()).size(), tree.activeNodes(t.code()).size()))
                .toList();
    }

    @PreAuthorize(MANAGE)
    @Transactional(readOnly = true)
    public TypePage page(String code) {
        return new TypePage(type(code), data.dictionaries().nodes(code));
    }

    @PreAuthorize(MANAGE)
    public DictionaryTree.TypeInfo createType(DictionaryTypeForm form) {
        var code = strip(form.code());
        var violations = new ArrayList<FieldViolation>();
        checkCode(code, violations);
        if (violations.isEmpty() && types.existsByCode(code)) {
            violations.add(new FieldViolation("code", "dictionary.type.code.taken", code));
        }
        var name = checkText("name", form.name(), NAME_MAX, true, violations);
        var description = checkText("description", form.description(), DESCRIPTION_MAX, false, violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var type = types.save(new DictionaryType(code, name, description, form.tree()));
        audit("dictionary.type.create", "dictionary-type", code, null, type.toInfo().toString());
        data.reloadDictionariesAfterCommit();
        return type.toInfo();
    }

    @PreAuthorize(MANAGE)
    public DictionaryTree.TypeInfo changeType(String code, DictionaryTypeChangeForm form) {
        var type = types.findByCode(code).orElseThrow(() -> new NotFoundException("dictionary", code));
        var violations = new ArrayList<FieldViolation>();
        var name = checkText("name", form.name(), NAME_MAX, true, violations);
        var description = checkText("description", form.description(), DESCRIPTION_MAX, false, violations);
        if (type.isHierarchical() && !form.tree() && items.existsByTypeIdAndParentCodeIsNotNull(type.getId())) {
            violations.add(new FieldViolation("hierarchical", "dictionary.type.flatWithChildren"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var before = type.toInfo().toString();
        type.describe(name, description, form.tree());
        audit("dictionary.type.change", "dictionary-type", code, before, type.toInfo().toString());
        data.reloadDictionariesAfterCommit();
        return type.toInfo();
    }

    @PreAuthorize(MANAGE)
    public DictionaryTree.ItemRow addItem(String typeCode, DictionaryItemForm form) {
        var type = types.findByCode(typeCode).orElseThrow(() -> new NotFoundException("dictionary", typeCode));
        var code = strip(form.code());
        var violations = new ArrayList<FieldViolation>();
        checkCode(code, violations);
        if (violations.isEmpty() && items.existsByTypeIdAndCode(type.getId(), code)) {
            violations.add(new FieldViolation("code", "dictionary.item.code.taken", code));
        }
        var label = checkText("label", form.label(), LABEL_MAX, true, violations);
        var parent = checkParent(type, strip(form.parentCode()), null, violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var item = items.save(new DictionaryItem(type.getId(), code, label, parent, sortOrder(form.sortOrder())));
        audit("dictionary.item.create", "dictionary-item", typeCode + "/" + code, null, item.describe());
        data.reloadDictionariesAfterCommit();
        return item.toRow(typeCode);
    }

    @PreAuthorize(MANAGE)
    public DictionaryTree.ItemRow changeItem(String typeCode, String itemCode, DictionaryItemChangeForm form) {
        var type = types.findByCode(typeCode).orElseThrow(() -> new NotFoundException("dictionary", typeCode));
        var item = item(type, itemCode);
        var violations = new ArrayList<FieldViolation>();
        var label = checkText("label", form.label(), LABEL_MAX, true, violations);
        var parent = checkParent(type, strip(form.parentCode()), itemCode, violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var before = item.describe();
        item.change(label, parent, sortOrder(form.sortOrder()));
        audit("dictionary.item.change", "dictionary-item", typeCode + "/" + itemCode, before, item.describe());
        data.reloadDictionariesAfterCommit();
        return item.toRow(typeCode);
    }

    /** Disables an item: it (and everything under it) is no longer offered, but its label still shows. */
    @PreAuthorize(MANAGE)
    public void disableItem(String typeCode, String itemCode) {
        var type = types.findByCode(typeCode).orElseThrow(() -> new NotFoundException("dictionary", typeCode));
        var item = item(type, itemCode);
        var before = item.describe();
        item.disable();
        audit("dictionary.item.disable", "dictionary-item", typeCode + "/" + itemCode, before, item.describe());
        data.reloadDictionariesAfterCommit();
    }

    @PreAuthorize(MANAGE)
    public void enableItem(String typeCode, String itemCode) {
        var type = types.findByCode(typeCode).orElseThrow(() -> new NotFoundException("dictionary", typeCode));
        var item = item(type, itemCode);
        var before = item.describe();
        item.enable();
        audit("dictionary.item.enable", "dictionary-item", typeCode + "/" + itemCode, before, item.describe());
        data.reloadDictionariesAfterCommit();
    }

    private DictionaryItem item(DictionaryType type, String itemCode) {
        return items.findByTypeIdAndCode(type.getId(), itemCode)
                .orElseThrow(() -> new NotFoundException("dictionary-item", type.getCode() + "/" + itemCode));
    }

    /** The parent code to store (null for the top), after checking it; {@code self} is the item being changed. */
    private String checkParent(DictionaryType type, String parentCode, String self, List<FieldViolation> violations) {
        if (parentCode == null) {
            return null;
        }
        if (!type.isHierarchical()) {
            violations.add(new FieldViolation("parentCode", "dictionary.item.parent.flat"));
            return null;
        }
        var parent = items.findByTypeIdAndCode(type.getId(), parentCode).orElse(null);
        if (parent == null) {
            violations.add(new FieldViolation("parentCode", "dictionary.item.parent.unknown", parentCode));
            return null;
        }
        if (self != null) {
            // the new parent must not be the item itself or lie below it
            var ancestor = parent;
            for (int guard = 0; ancestor != null && guard < 100; guard++) {
                if (ancestor.getCode().equals(self)) {
                    violations.add(new FieldViolation("parentCode", "dictionary.item.parent.cycle"));
                    return null;
                }
                var up = ancestor.getParentCode();
                ancestor = up == null ? null : items.findByTypeIdAndCode(type.getId(), up).orElse(null);
            }
        }
        return parentCode;
    }

    private static void checkCode(String code, List<FieldViolation> violations) {
        if (code == null) {
            violations.add(new FieldViolation("code", "validation.required"));
        } else if (code.length() > CODE_MAX) {
            violations.add(new FieldViolation("code", "validation.tooLong", CODE_MAX));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(new FieldViolation("code", "dictionary.code.format"));
        }
    }

    /** The stripped text, or null when blank; a violation when required and blank, or too long. */
    private static String checkText(String field, String text, int max, boolean required, List<FieldViolation> violations) {
        var value = strip(text);
        if (value == null && required) {
            violations.add(new FieldViolation(field, "validation.required"));
        } else if (value != null && value.length() > max) {
            violations.add(new FieldViolation(field, "validation.tooLong", max));
        }
        return value;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int sortOrder(Integer sortOrder) {
        return sortOrder == null ? 0 : sortOrder;
    }

    private void audit(String action, String targetType, String id, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), targetType, id,
                before, after, clock.instant()));
    }
}
