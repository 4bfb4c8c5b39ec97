package kehu.servicedesk.internal;

import java.util.Optional;

import kehu.servicedesk.MatterType;

import org.springframework.stereotype.Component;

/**
 * Where a new matter goes (SVC-2): among the active routing rules whose type, category (the matter's
 * category or a parent of it) and area all match — an empty criterion matches anything — the most specific
 * wins (a nearer category counts most, then a type, then an area); equal ones go by sort order.
 */
@Component
public class RoutingPolicy {

    private final RoutingRules rules;
    private final RequestCategories categories;

    RoutingPolicy(RoutingRules rules, RequestCategories categories) {
        this.rules = rules;
        this.categories = categories;
    }

    public Optional<RoutingRule> route(MatterType type, String categoryCode, String areaCode) {
        var chain = categories.selfAndAncestors(categoryCode);
        RoutingRule best = null;
        int bestScore = -1;
        for (var rule : rules.findByActiveTrueOrderBySortOrderAscIdAsc()) {
            if (rule.getMatterType() != null && rule.getMatterType() != type) {
                continue;
            }
            if (rule.getAreaCode() != null && !rule.getAreaCode().equals(areaCode)) {
                continue;
            }
            int categoryScore = 0;
            if (rule.getCategoryCode() != null) {
                int at = chain.indexOf(rule.getCategoryCode());
                if (at < 0) {
                    continue;
                }
                categoryScore = 100 - at;
            }
            int score = categoryScore * 4 + (rule.getMatterType() != null ? 2 : 0) + (rule.getAreaCode() != null ? 1 : 0);
            if (score > bestScore) {
                best = rule;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
