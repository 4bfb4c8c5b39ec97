package kehu.customer.search;

import static kehu.customer.search.IndexFields.ID_EXACT;
import static kehu.customer.search.IndexFields.ID_PREFIX;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes an identity-card number or unified social credit code (sensitive: matched, never returned)
 * whole and by its first 4 … 18 characters, lower-cased.
 */
final class IdNumberBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        var types = context.typeFactory();
        var schema = context.indexSchemaElement();
        context.bridge(String.class, new Bridge(
                schema.field(ID_EXACT, types.asString().projectable(Projectable.NO)).toReference(),
                schema.field(ID_PREFIX, types.asString().analyzer(ChineseAnalysis.ID_PREFIX)
                        .searchAnalyzer(ChineseAnalysis.KEYWORD).norms(Norms.NO).projectable(Projectable.NO)).toReference()));
    }

    private record Bridge(IndexFieldReference<String> exact, IndexFieldReference<String> prefix)
            implements PropertyBridge<String> {

        @Override
        public void write(DocumentElement target, String idNumber, PropertyBridgeWriteContext context) {
            var folded = SearchText.fold(idNumber);
            if (folded == null || folded.isEmpty()) {
                return;
            }
            target.addValue(exact, folded);
            target.addValue(prefix, folded);
        }
    }
}
