package kehu.customer.search;

import static kehu.customer.search.IndexFields.REGION;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import kehu.platform.ReferenceData;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a customer's district with the city and province above it, so a filter on any of the three
 * is one term. The path comes from the region dictionary (regions added by administrators included);
 * an unknown code falls back to the structure of administrative division codes (110108 → 110100 →
 * 110000).
 */
final class RegionBinder implements PropertyBinder {

    private final Supplier<ReferenceData> reference;

    RegionBinder(Supplier<ReferenceData> reference) {
        this.reference = reference;
    }

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        var field = context.indexSchemaElement()
                .field(REGION, context.typeFactory().asString().projectable(Projectable.NO)).multiValued().toReference();
        context.bridge(String.class, new Bridge(field, reference));
    }

    static Set<String> pathOf(String code, ReferenceData reference) {
        var path = new LinkedHashSet<String>();
        var current = code;
        while (current != null && path.add(current) && path.size() < 6) {
            var region = reference == null ? null : reference.region(current).orElse(null);
            current = region == null ? null : region.parentCode();
        }
        if (path.size() == 1 && code.matches("\\d{6}")) {
            path.add(code.substring(0, 4) + "00");
            path.add(code.substring(0, 2) + "0000");
        }
        return path;
    }

    private record Bridge(IndexFieldReference<String> region, Supplier<ReferenceData> reference)
            implements PropertyBridge<String> {

        @Override
        public void write(DocumentElement target, String code, PropertyBridgeWriteContext context) {
            if (code == null || code.isBlank()) {
                return;
            }
            pathOf(code.strip(), reference.get()).forEach(c -> target.addValue(region, c));
        }
    }
}
