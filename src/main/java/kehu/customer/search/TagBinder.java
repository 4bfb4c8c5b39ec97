package kehu.customer.search;

import static kehu.customer.search.IndexFields.TAG;
import static kehu.customer.search.IndexFields.TAG_TEXT;

import java.util.Collection;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/** Indexes tags as they are (the tag filter) and folded by any part (the search box). */
final class TagBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        var types = context.typeFactory();
        var schema = context.indexSchemaElement();
        context.bridge(Collection.class, new Bridge(
                schema.field(TAG, types.asString().projectable(Projectable.NO)).multiValued().toReference(),
                schema.field(TAG_TEXT, types.asString().analyzer(ChineseAnalysis.NGRAM)
                        .searchAnalyzer(ChineseAnalysis.KEYWORD).norms(Norms.NO).projectable(Projectable.NO))
                        .multiValued().toReference()));
    }

    @SuppressWarnings("rawtypes")
    private record Bridge(IndexFieldReference<String> tag, IndexFieldReference<String> text)
            implements PropertyBridge<Collection> {

        @Override
        public void write(DocumentElement target, Collection tags, PropertyBridgeWriteContext context) {
            if (tags == null) {
                return;
            }
            for (var t : tags) {
                if (t instanceof String s && !s.isBlank()) {
                    target.addValue(tag, s.strip());
                    target.addValue(text, SearchText.fold(s));
                }
            }
        }
    }
}
