package kehu.customer.search;

import static kehu.customer.search.IndexFields.*;

import java.util.Collection;

import kehu.customer.internal.FieldValue;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes industry-field values (CUS-2), which are data, not code: one dynamic field per field and
 * type — {@code field_<id>_text} (folded, exact), {@code field_<id>_number}, {@code field_<id>_date}
 * (both sortable, for ranges) and {@code field_<id>_bool} — plus every text value by any part in
 * {@link IndexFields#FIELD_TEXT} for the search box (the first {@value #MAX_TEXT} characters).
 *
 * <p>Values are separate entities without a link back to the customer, so a change of a value alone is
 * not seen by Hibernate Search; {@link IndexRefresh} re-indexes the customer on {@code CustomerChanged}.
 */
final class FieldValueBinder implements PropertyBinder {

    static final int MAX_TEXT = 64;

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        var types = context.typeFactory();
        var schema = context.indexSchemaElement();
        var text = schema.field(FIELD_TEXT, types.asString().analyzer(ChineseAnalysis.NGRAM)
                .searchAnalyzer(ChineseAnalysis.KEYWORD).norms(Norms.NO).projectable(Projectable.NO))
                .multiValued().toReference();
        schema.fieldTemplate("field_text", types.asString().sortable(Sortable.YES).projectable(Projectable.NO))
                .matchingPathGlob("field_*_" + TEXT);
        schema.fieldTemplate("field_number", types.asBigDecimal().decimalScale(4).sortable(Sortable.YES)
                .projectable(Projectable.NO)).matchingPathGlob("field_*_" + NUMBER);
        schema.fieldTemplate("field_date", types.asLocalDate().sortable(Sortable.YES).projectable(Projectable.NO))
                .matchingPathGlob("field_*_" + DATE);
        schema.fieldTemplate("field_bool", types.asBoolean().projectable(Projectable.NO))
                .matchingPathGlob("field_*_" + BOOL);
        context.bridge(Collection.class, new Bridge(text));
    }

    @SuppressWarnings("rawtypes")
    private record Bridge(IndexFieldReference<String> text) implements PropertyBridge<Collection> {

        @Override
        public void write(DocumentElement target, Collection values, PropertyBridgeWriteContext context) {
            if (values == null) {
                return;
            }
            for (var o : values) {
                if (!(o instanceof FieldValue v) || v.getFieldId() == null) {
                    continue;
                }
                var value = v.value();
                long id = v.getFieldId();
                if (value.text() != null && !value.text().isBlank()) {
                    var folded = SearchText.fold(value.text());
                    target.addValue(field(id, TEXT), SearchText.truncate(folded, 200));
                    target.addValue(text, SearchText.truncate(folded, MAX_TEXT));
                }
                if (value.number() != null) {
                    target.addValue(field(id, NUMBER), value.number());
                    target.addValue(text, value.number().stripTrailingZeros().toPlainString());
                }
                if (value.date() != null) {
                    target.addValue(field(id, DATE), value.date());
                }
                if (value.bool() != null) {
                    target.addValue(field(id, BOOL), value.bool());
                }
            }
        }
    }
}
