package kehu.platform.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All regions as an immutable value held in memory: lookup by code, children by parent and the path
 * from the province down. A region is <em>active</em> when it and the regions above it are enabled.
 */
public final class RegionTree {

    /** A region as stored. */
    public record Row(String code, String name, String parentCode, int level, boolean enabled) {
    }

    /** A region in the tree. */
    public record Node(String code, String name, String parentCode, int level, boolean enabled, boolean active) {
    }

    private static final String TOP = "";

    private final Map<String, Node> byCode = new HashMap<>();
    private final Map<String, List<Node>> children = new HashMap<>();

    public RegionTree(Collection<Row> rows) {
        var rowsByCode = new HashMap<String, Row>();
        rows.forEach(r -> rowsByCode.put(r.code(), r));
        for (var row : rows) {
            byCode.put(row.code(), new Node(row.code(), row.name(), row.parentCode(), row.level(), row.enabled(),
                    active(row, rowsByCode)));
        }
        for (var node : byCode.values()) {
            children.computeIfAbsent(node.parentCode() == null ? TOP : node.parentCode(), k -> new ArrayList<>()).add(node);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Node::code)));
    }

    private static boolean active(Row row, Map<String, Row> rows) {
        var current = row;
        for (int guard = 0; current != null && guard < 10; guard++) {
            if (!current.enabled()) {
                return false;
            }
            current = current.parentCode() == null ? null : rows.get(current.parentCode());
        }
        return true;
    }

    public Optional<Node> node(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** All regions directly under this one (the provinces for {@code null}), enabled or not, by code. */
    public List<Node> children(String code) {
        return List.copyOf(children.getOrDefault(code == null ? TOP : code, List.of()));
    }

    /** The regions from the province down to this one; empty when unknown. */
    public List<Node> path(String code) {
        var path = new ArrayList<Node>();
        var current = node(code);
        for (int guard = 0; current.isPresent() && guard < 10; guard++) {
            path.add(0, current.get());
            current = node(current.get().parentCode());
        }
        return path;
    }

    public int size() {
        return byCode.size();
    }
}
