package kehu.customer.search;

import static kehu.customer.search.IndexFields.*;

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
 * Indexes a customer's name so that any part of it is found (one Chinese character is enough), its
 * beginning and the whole name rank higher, Chinese words rank higher still, pinyin (full, initials,
 * mixed) finds it, and lists sort it by pinyin.
 */
final class NameBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        var types = context.typeFactory();
        var schema = context.indexSchemaElement();
        var ngram = types.asString().analyzer(ChineseAnalysis.NGRAM).searchAnalyzer(ChineseAnalysis.KEYWORD)
                .norms(Norms.NO).projectable(Projectable.NO).toIndexFieldType();
        var prefix = types.asString().analyzer(ChineseAnalysis.PREFIX).searchAnalyzer(ChineseAnalysis.KEYWORD)
                .norms(Norms.NO).projectable(Projectable.NO).toIndexFieldType();
        var keyword = types.asString().projectable(Projectable.NO).toIndexFieldType();
        context.bridge(String.class, new Bridge(
                schema.field(NAME_NGRAM, ngram).toReference(),
                schema.field(NAME_HEAD, prefix).toReference(),
                schema.field(NAME_EXACT, keyword).toReference(),
                schema.field(NAME_WORDS, types.asString().analyzer(ChineseAnalysis.WORDS).projectable(Projectable.NO))
                        .toReference(),
                schema.field(NAME_SORT, types.asString().sortable(Sortable.YES).projectable(Projectable.NO)).toReference(),
                schema.field(PINYIN, prefix).multiValued().toReference(),
                schema.field(PINYIN_HEAD, prefix).multiValued().toReference()));
    }

    private record Bridge(IndexFieldReference<String> ngram, IndexFieldReference<String> head,
                          IndexFieldReference<String> exact, IndexFieldReference<String> words,
                          IndexFieldReference<String> sort, IndexFieldReference<String> pinyin,
                          IndexFieldReference<String> pinyinHead) implements PropertyBridge<String> {

        @Override
        public void write(DocumentElement target, String name, PropertyBridgeWriteContext context) {
            var folded = SearchText.fold(name);
            if (folded == null || folded.isEmpty()) {
                return;
            }
            target.addValue(ngram, folded);
            target.addValue(head, folded);
            target.addValue(exact, folded);
            target.addValue(words, folded);
            target.addValue(sort, PinyinKeys.sortKey(folded));
            var keys = PinyinKeys.of(folded);
            keys.all().forEach(k -> target.addValue(pinyin, k));
            keys.head().forEach(k -> target.addValue(pinyinHead, k));
        }
    }
}
