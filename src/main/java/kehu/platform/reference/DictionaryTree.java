package kehu.platform.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All dictionaries with their items in tree order, as an immutable value held in memory. Knows which
 * items may be chosen: an item is <em>active</em> when it and every item above it are enabled.
 */
public final class DictionaryTree {

    /** A dictionary type. */
    public record TypeInfo(String code, String name, String description, boolean hierarchical) {
    }

    /** An item as stored. */
    public record ItemRow(String typeCode, String code, String label, String parentCode, int sortOrder, boolean enabled) {
    }

    /** An item in its tree: depth 0 at the top; active when it and its parents are enabled. */
    public record Node(String code, String label, String parentCode, int sortOrder, int depth, boolean enabled,
                       boolean active) {
    }

    private static final Comparator<ItemRow> SIBLING_ORDER =
            Comparator.comparingInt(ItemRow::sortOrder).thenComparing(ItemRow::code);

    private final Map<String, TypeInfo> types;
    private final Map<String, List<Node>> nodes;
    private final Map<String, Map<String, Node>> byCode;

    public DictionaryTree(Collection<TypeInfo> types, Collection<ItemRow> items) {
        var typeMap = new LinkedHashMap<String, TypeInfo>();
        types.forEach(t -> typeMap.put(t.code(), t));
        var rowsByType = new HashMap<String, List<ItemRow>>();
        items.forEach(i -> rowsByType.computeIfAbsent(i.typeCode(), k -> new ArrayList<>()).add(i));
        var nodeMap = new HashMap<String, List<Node>>();
        var codeMap = new HashMap<String, Map<String, Node>>();
        for (var type : typeMap.keySet()) {
            var ordered = treeOrder(rowsByType.getOrDefault(type, List.of()));
            nodeMap.put(type, ordered);
            var codes = new LinkedHashMap<String, Node>();
            ordered.forEach(n -> codes.put(n.code(), n));
            codeMap.put(type, codes);
        }
        this.types = typeMap;
        this.nodes = nodeMap;
        this.byCode = codeMap;
    }

    /** Parents before their children, siblings by sort order then code. */
    static List<Node> treeOrder(List<ItemRow> rows) {
        var children = new HashMap<String, List<ItemRow>>();
        var codes = new HashSet<String>();
        rows.forEach(r -> codes.add(r.code()));
        for (var row : rows) {
            // an item whose parent is missing is shown at the top rather than lost
            var parent = row.parentCode() != null && codes.contains(row.parentCode()) ? row.parentCode() : "";
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
        }
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
        var result = new ArrayList<Node>(rows.size());
        append("", 0, true, children, result, new HashSet<>());
        return List.copyOf(result);
    }

    private static void append(String parent, int depth, boolean parentActive, Map<String, List<ItemRow>> children,
                               List<Node> result, Set<String> seen) {
        for (var row : children.getOrDefault(parent, List.of())) {
            if (!seen.add(row.code())) {
                continue;
            }
            var active = parentActive && row.enabled();
            result.add(new Node(row.code(), row.label(), row.parentCode(), row.sortOrder(), depth, row.enabled(), active));
            append(row.code(), depth + 1, active, children, result, seen);
        }
    }

    public Collection<TypeInfo> types() {
        return types.values();
    }

    public Optional<TypeInfo> type(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** Every item of a type, enabled or not, in tree order. */
    public List<Node> nodes(String typeCode) {
        return nodes.getOrDefault(typeCode, List.of());
    }

    /** The items that may be chosen, in tree order. */
    public List<Node> activeNodes(String typeCode) {
        return nodes(typeCode).stream().filter(Node::active).toList();
    }

    public Optional<Node> node(String typeCode, String itemCode) {
        var codes = byCode.get(typeCode);
        return codes == null || itemCode == null ? Optional.empty() : Optional.ofNullable(codes.get(itemCode));
    }

    /** Whether {@code candidate} is {@code itemCode} itself or lies below it. */
    public boolean isSelfOrBelow(String typeCode, String candidate, String itemCode) {
        var current = node(typeCode, candidate);
        int guard = 0;
        while (current.isPresent() && guard++ < 1000) {
            if (current.get().code().equals(itemCode)) {
                return true;
            }
            current = node(typeCode, current.get().parentCode());
        }
        return false;
    }
}
