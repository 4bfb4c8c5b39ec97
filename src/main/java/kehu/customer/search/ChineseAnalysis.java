package kehu.customer.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.LengthFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.ngram.NGramTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the customer index. Text is folded in Java first ({@link SearchText}); the
 * analysers only cut it into the pieces a query is compared with, and every query is compared as one
 * piece ({@link #KEYWORD}):
 * <ul>
 *   <li>{@link #NGRAM}: every run of 1 … {@value #MAX_GRAM} characters, so any part of a Chinese name,
 *       one character being enough, is a single term (a longer query is split into overlapping pieces
 *       of that length, all required);</li>
 *   <li>{@link #PREFIX}: the beginnings of a value, 1 … {@value PinyinKeys#MAX_KEY_LENGTH} characters
 *       (pinyin keys, the start of a name);</li>
 *   <li>{@link #DIGITS}: every run of 3 … 16 digits of a phone number;</li>
 *   <li>{@link #ID_PREFIX}: the first 4 … 18 characters of an identity number or credit code;</li>
 *   <li>{@link #WORDS}: Chinese words (smartcn), used only to rank whole-word matches higher.</li>
 * </ul>
 */
final class ChineseAnalysis implements LuceneAnalysisConfigurer {

    static final String NGRAM = "kehu_ngram";
    static final String PREFIX = "kehu_prefix";
    static final String DIGITS = "kehu_digits";
    static final String ID_PREFIX = "kehu_id_prefix";
    static final String WORDS = "kehu_words";
    static final String KEYWORD = "kehu_keyword";

    /** Longest piece of a name or value the n-gram analyser keeps. */
    static final int MAX_GRAM = 8;
    static final int MIN_PHONE_DIGITS = 3;
    static final int MAX_PHONE_DIGITS = 16;
    static final int MIN_ID_PREFIX = 4;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NGRAM).custom()
                .tokenizer(NGramTokenizerFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", String.valueOf(MAX_GRAM));
        context.analyzer(PREFIX).custom()
                .tokenizer(KeywordTokenizerFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", String.valueOf(PinyinKeys.MAX_KEY_LENGTH));
        context.analyzer(DIGITS).custom()
                .tokenizer(NGramTokenizerFactory.class)
                .param("minGramSize", String.valueOf(MIN_PHONE_DIGITS))
                .param("maxGramSize", String.valueOf(MAX_PHONE_DIGITS));
        context.analyzer(ID_PREFIX).custom()
                .tokenizer(KeywordTokenizerFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", String.valueOf(MIN_ID_PREFIX))
                .param("maxGramSize", "18");
        context.analyzer(WORDS).instance(new SmartChineseAnalyzer());
        context.analyzer(KEYWORD).custom()
                .tokenizer(KeywordTokenizerFactory.class)
                .tokenFilter(LengthFilterFactory.class)
                .param("min", "1")
                .param("max", "200")
                .tokenFilter(LowerCaseFilterFactory.class);
    }
}
