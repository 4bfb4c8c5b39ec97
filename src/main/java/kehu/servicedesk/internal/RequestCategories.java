package kehu.servicedesk.internal;

import java.util.ArrayList;
import java.util.List;

import kehu.platform.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * The request-category tree (SVC-1): the platform dictionary {@code request-category}, which
 * administrators edit under 参数 › 数据字典. This module stores the item code of any level.
 */
@Component
public class RequestCategories {

    private final ReferenceData reference;

    RequestCategories(ReferenceData reference) {
        this.reference = reference;
    }

    /** The items that may be chosen, in tree order. */
    public List<ReferenceData.Item> choices() {
        return reference.items(ReferenceData.REQUEST_CATEGORY);
    }

    public boolean isValid(String code) {
        return code != null && reference.isValidItem(ReferenceData.REQUEST_CATEGORY, code);
    }

    public String label(String code) {
        return code == null ? null : reference.label(ReferenceData.REQUEST_CATEGORY, code).orElse(code);
    }

    /** The category and its parents, from the category itself up to the top (a rule on a parent covers its children). */
    public List<String> selfAndAncestors(String code) {
        var byCode = new java.util.HashMap<String, ReferenceData.Item>();
        for (var item : choices()) {
            byCode.put(item.code(), item);
        }
        var chain = new ArrayList<String>();
        var current = code;
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            var item = byCode.get(current);
            current = item == null ? null : item.parentCode();
        }
        return chain;
    }
}
