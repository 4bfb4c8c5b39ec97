package kehu.customer.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kehu.customer.AbcClass;
import kehu.customer.CreditCode;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerStatus;
import kehu.customer.IdCardNumber;
import kehu.customer.LoyaltyType;
import kehu.customer.ValueClass;
import kehu.customer.internal.CustomerFormCheck;
import kehu.customer.internal.FieldDefinition;
import kehu.organization.DataScope;
import kehu.organization.OrganizationDirectory;
import kehu.organization.StaffSummary;
import kehu.platform.ReferenceData;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

import org.springframework.context.MessageSource;

/**
 * Checks the rows of one import (CUS-8): turns a row's cells into a {@link CustomerForm} through the
 * column mapping (words like 个人, 正式, 是 into their codes, region and industry names into codes,
 * a manager's login name into the manager) and checks it with the module's own
 * {@link CustomerFormCheck} — the same rules as {@code CustomerManagement.check} and the create form —
 * plus the owner rule of {@code CustomerManagement} (an enabled member of staff within the importer's
 * scope). Everything is looked up once per import, not per row. Each problem names the cell it is about.
 * Not thread-safe: one per import.
 */
final class RowCheck {

    /** A problem of one cell (column -1: the row as a whole). */
    record CellProblem(int column, boolean error, String messageKey, Object... args) {
    }

    /** A checked row: the checked values and owner when it is acceptable, and its problems. */
    record Result(CustomerFormCheck.Checked checked, StaffSummary owner, List<CellProblem> problems) {
        boolean accepted() {
            return problems.stream().noneMatch(CellProblem::error);
        }
    }

    private static final Map<String, String> FIELD_TO_TARGET = Map.of("regionCode", "region", "industryCode", "industry",
            "ownerStaffId", "owner");

    private final CustomerFormCheck check;
    private final ReferenceData reference;
    private final OrganizationDirectory directory;
    private final DataScope scope;
    private final Long defaultOwnerId;
    private final List<FieldDefinition> definitions;
    private final String[] targets;
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Map<String, Map<String, String>> words = new HashMap<>();
    private final Map<String, Optional<StaffSummary>> owners = new HashMap<>();
    private Map<String, String> regionsByName;
    private Map<String, String> industriesByLabel;

    RowCheck(CustomerFormCheck check, ReferenceData reference, OrganizationDirectory directory, MessageSource messages,
             DataScope scope, Long defaultOwnerId, List<FieldDefinition> definitions, List<String> mapping) {
        this.check = check;
        this.reference = reference;
        this.directory = directory;
        this.scope = scope;
        this.defaultOwnerId = defaultOwnerId;
        this.definitions = definitions;
        this.targets = mapping.toArray(String[]::new);
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != null && !targets[i].isBlank()) {
                columnOf.putIfAbsent(targets[i], i);
            }
        }
        words.put("kind", enumWords(messages, "customer.kind.", CustomerKind.values()));
        words.get("kind").putAll(aliases(messages, "customer.import.words.individual", "INDIVIDUAL"));
        words.get("kind").putAll(aliases(messages, "customer.import.words.organization", "ORGANIZATION"));
        words.put("status", enumWords(messages, "customer.status.", CustomerStatus.values()));
        words.put("abcClass", enumWords(messages, "customer.abcClass.", AbcClass.values()));
        words.put("loyalty", enumWords(messages, "customer.loyalty.", LoyaltyType.values()));
        words.put("valueClass", enumWords(messages, "customer.valueClass.", ValueClass.values()));
        var yesNo = new HashMap<String, String>();
        yesNo.putAll(aliases(messages, "customer.import.words.yes", "true"));
        yesNo.putAll(aliases(messages, "customer.import.words.no", "false"));
        words.put("vip", yesNo);
    }

    private static Map<String, String> enumWords(MessageSource messages, String prefix, Enum<?>[] values) {
        var map = new HashMap<String, String>();
        for (var v : values) {
            map.put(key(v.name()), v.name());
            for (var locale : List.of(ImportColumns.CHINESE, Locale.ENGLISH)) {
                var label = messages.getMessage(prefix + v.name(), null, null, locale);
                if (label != null) {
                    map.put(key(label), v.name());
                }
            }
        }
        return map;
    }

    private static Map<String, String> aliases(MessageSource messages, String key, String value) {
        var map = new HashMap<String, String>();
        for (var locale : List.of(ImportColumns.CHINESE, Locale.ENGLISH)) {
            for (var word : messages.getMessage(key, null, "", locale).split("\\|")) {
                if (!word.isBlank()) {
                    map.put(key(word), value);
                }
            }
        }
        return map;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** The column a target is mapped to, or -1. */
    int column(String target) {
        return columnOf.getOrDefault(target, -1);
    }

    Result check(SheetRow row) {
        var problems = new ArrayList<CellProblem>();
        for (int c : row.overflowed()) {
            problems.add(new CellProblem(c, true, "customer.import.cell.tooLong", ImportLimits.MAX_CELL));
        }
        var kindText = cell(row, "kind");
        CustomerKind kind = null;
        if (!blank(kindText)) {
            var code = words.get("kind").get(key(kindText));
            if (code == null) {
                problems.add(new CellProblem(column("kind"), true, "customer.import.value.unknown"));
            } else {
                kind = CustomerKind.valueOf(code);
            }
        } else {
            kind = inferKind(cell(row, "idNumber"));
        }
        var status = enumValue(row, "status", CustomerStatus.class, problems);
        var abc = enumValue(row, "abcClass", AbcClass.class, problems);
        var loyalty = enumValue(row, "loyalty", LoyaltyType.class, problems);
        var valueClass = enumValue(row, "valueClass", ValueClass.class, problems);
        Boolean vip = null;
        var vipText = cell(row, "vip");
        if (!blank(vipText)) {
            var v = words.get("vip").get(key(vipText));
            if (v == null) {
                problems.add(new CellProblem(column("vip"), true, "customer.import.value.yesNo"));
            } else {
                vip = Boolean.valueOf(v);
            }
        }
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != null && targets[i].startsWith("fields.")) {
                fields.put(targets[i].substring(7), row.cell(i));
            }
        }
        var tags = cell(row, "tags");
        var form = new CustomerForm(kind, cell(row, "name"), cell(row, "idNumber"), cell(row, "mobile"),
                cell(row, "landline"), region(cell(row, "region")), cell(row, "address"), industry(cell(row, "industry")),
                cell(row, "source"), status, blank(tags) ? Set.of() : Set.of(tags), cell(row, "areaCode"), null, abc,
                loyalty, valueClass, cell(row, "creditGrade"), Boolean.TRUE.equals(vip), fields, null, null);
        var violations = new ArrayList<FieldViolation>();
        var checked = check.check(form, null, violations, definitions);
        for (var v : violations) {
            var target = FIELD_TO_TARGET.getOrDefault(v.field(), v.field());
            int column = column(target);
            if (column >= 0 && row.overflowed().contains(column)) {
                continue; // already reported as a cell that was too long to read
            }
            problems.add(new CellProblem(column, true, v.messageKey(), v.args()));
        }
        var owner = owner(row, problems);
        return new Result(checked, owner, problems);
    }

    private static CustomerKind inferKind(String idNumber) {
        if (blank(idNumber)) {
            return null;
        }
        try {
            IdCardNumber.parse(idNumber);
            return CustomerKind.INDIVIDUAL;
        } catch (DomainException notAnIdCard) {
            try {
                CreditCode.parse(idNumber);
                return CustomerKind.ORGANIZATION;
            } catch (DomainException notACreditCode) {
                return null;
            }
        }
    }

    private <E extends Enum<E>> E enumValue(SheetRow row, String target, Class<E> type, List<CellProblem> problems) {
        var text = cell(row, target);
        if (blank(text)) {
            return null;
        }
        var code = words.get(target).get(key(text));
        if (code == null) {
            problems.add(new CellProblem(column(target), true, "customer.import.value.unknown"));
            return null;
        }
        return Enum.valueOf(type, code);
    }

    private StaffSummary owner(SheetRow row, List<CellProblem> problems) {
        var text = cell(row, "owner");
        Optional<StaffSummary> staff;
        if (blank(text)) {
            if (defaultOwnerId == null) {
                return null;
            }
            staff = owners.computeIfAbsent("#" + defaultOwnerId, k -> directory.staff(defaultOwnerId));
        } else {
            staff = owners.computeIfAbsent(text.strip(), directory::staffByUsername);
        }
        int column = blank(text) ? -1 : column("owner");
        if (staff.isEmpty() || !staff.get().enabled()) {
            problems.add(new CellProblem(column, true, "customer.import.owner.unknown"));
            return null;
        }
        var s = staff.get();
        if (!scope.all() && s.id() != scope.staffId() && !scope.unitIds().contains(s.unitId())) {
            problems.add(new CellProblem(column, true, "customer.owner.outOfScope"));
            return null;
        }
        return s;
    }

    /** A region's code as given, or the code of a district named by its path (浙江省杭州市西湖区, 浙江省 杭州市 西湖区). */
    private String region(String text) {
        if (blank(text) || text.strip().matches("\\d{6,12}")) {
            return text;
        }
        if (regionsByName == null) {
            regionsByName = new HashMap<>();
            for (var province : reference.children(null)) {
                for (var city : reference.children(province.code())) {
                    for (var district : reference.children(city.code())) {
                        regionsByName.put(compact(province.name() + city.name() + district.name()), district.code());
                        regionsByName.putIfAbsent(compact(province.name() + district.name()), district.code());
                    }
                }
            }
        }
        return regionsByName.getOrDefault(compact(text), text);
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s/>›,，、\\-]", "");
    }

    /** An industry's code as given, or the code of the industry with this label. */
    private String industry(String text) {
        if (blank(text)) {
            return text;
        }
        if (industriesByLabel == null) {
            industriesByLabel = new HashMap<>();
            for (var item : reference.items(ReferenceData.INDUSTRY)) {
                industriesByLabel.putIfAbsent(item.label().strip(), item.code());
            }
        }
        return industriesByLabel.getOrDefault(text.strip(), text);
    }

    private String cell(SheetRow row, String target) {
        int c = column(target);
        if (c < 0) {
            return null;
        }
        var value = row.cell(c);
        return value == null ? null : value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
