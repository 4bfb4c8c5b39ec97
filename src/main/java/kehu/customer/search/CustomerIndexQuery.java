package kehu.customer.search;

import static kehu.customer.search.IndexFields.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kehu.customer.CustomerQuery;
import kehu.customer.CustomerStatus;
import kehu.customer.FieldDefinitionView;
import kehu.organization.DataScope;

import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;

/**
 * Turns a {@link CustomerQuery} and the caller's {@link DataScope} into one Lucene query: the scope and
 * the filters as non-scoring filters, every box term as a required clause that may match in any of the
 * places its kind allows ({@link BoxQuery}), with constant scores that rank a whole-name match above a
 * name's beginning above any part of it, and pinyin from the name's start above pinyin inside it.
 *
 * @param fields the industry fields the query names, by code, already checked to exist
 */
record CustomerIndexQuery(CustomerQuery query, DataScope scope, Map<String, FieldDefinitionView> fields,
                          List<RangeValue> ranges) {

    /** A parsed industry-field filter: an exact value or a range of numbers or dates. */
    record RangeValue(String code, Object from, Object to) {
    }

    // constant scores: what matched counts, not how often
    private static final float NAME_EXACT_BOOST = 16;
    private static final float NAME_HEAD_BOOST = 6;
    private static final float NAME_ANY_BOOST = 3;
    private static final float PINYIN_HEAD_BOOST = 5;
    private static final float PINYIN_ANY_BOOST = 2;
    private static final float ID_EXACT_BOOST = 20;
    private static final float ID_PREFIX_BOOST = 2;
    private static final float PHONE_TAIL_BOOST = 8;
    private static final float PHONE_ANY_BOOST = 4;
    private static final float TAG_BOOST = 2;
    private static final float FIELD_BOOST = 1;

    PredicateFinalStep predicate(SearchPredicateFactory f) {
        var root = f.bool();
        root.must(f.matchAll());
        var box = BoxQuery.parse(query.q());
        for (var term : box.terms()) {
            root.must(term(f, term));
            if (term.kind() == BoxQuery.Kind.CHINESE) {
                // whole Chinese words in the name rank higher, but do not widen the result
                root.should(f.match().field(NAME_WORDS).matching(term.text()));
            }
        }
        root.filter(visibility(f));
        filters(f).forEach(root::filter);
        // a customer merged into another one (CUS-4) is found through the winner only
        root.mustNot(f.exists().field(MERGED_INTO));
        return root;
    }

    /** The data scope (ORG-2), the same rule as the customer list: all, or own, collaborated, unit or area. */
    private PredicateFinalStep visibility(SearchPredicateFactory f) {
        if (scope.all()) {
            return f.matchAll();
        }
        var or = f.or();
        or.add(f.match().field(OWNER_STAFF).matching(scope.staffId()));
        or.add(f.match().field(COLLABORATOR).matching(scope.staffId()));
        if (!scope.unitIds().isEmpty()) {
            or.add(f.terms().field(OWNER_UNIT).matchingAny(List.copyOf(scope.unitIds())));
        }
        if (!scope.areaCodes().isEmpty()) {
            or.add(f.terms().field(AREA).matchingAny(List.copyOf(scope.areaCodes())));
        }
        return or;
    }

    private List<PredicateFinalStep> filters(SearchPredicateFactory f) {
        var filters = new ArrayList<PredicateFinalStep>();
        if (query.status() != null) {
            filters.add(f.match().field(STATUS).matching(query.status()));
        }
        if (query.kind() != null) {
            filters.add(f.match().field(KIND).matching(query.kind()));
        }
        if (query.abcClass() != null) {
            filters.add(f.match().field(ABC_CLASS).matching(query.abcClass()));
        }
        if (query.valueClass() != null) {
            filters.add(f.match().field(VALUE_CLASS).matching(query.valueClass()));
        }
        if (query.vip() != null) {
            filters.add(f.match().field(VIP).matching(query.vip()));
        }
        if (query.ownerStaffId() != null) {
            filters.add(f.match().field(OWNER_STAFF).matching(query.ownerStaffId()));
        }
        if (query.ownerUnitId() != null) {
            filters.add(f.match().field(OWNER_UNIT).matching(query.ownerUnitId()));
        }
        if (query.regionCode() != null) {
            filters.add(f.match().field(REGION).matching(query.regionCode()));
        }
        for (var tag : query.tags()) {
            filters.add(f.match().field(TAG).matching(tag));
        }
        if (Boolean.TRUE.equals(query.pool())) {
            filters.add(f.bool().mustNot(f.exists().field(OWNER_STAFF))
                    .mustNot(f.match().field(STATUS).matching(CustomerStatus.CLOSED)));
        } else if (Boolean.FALSE.equals(query.pool())) {
            filters.add(f.exists().field(OWNER_STAFF));
        }
        for (var range : ranges) {
            filters.add(fieldFilter(f, fields.get(range.code()), range));
        }
        return filters;
    }

    private static PredicateFinalStep fieldFilter(SearchPredicateFactory f, FieldDefinitionView definition,
                                                  RangeValue value) {
        long id = definition.id();
        return switch (definition.type()) {
            case TEXT, CHOICE -> f.match().field(field(id, TEXT)).matching(SearchText.fold((String) value.from()));
            case BOOLEAN -> f.match().field(field(id, BOOL)).matching(value.from());
            case NUMBER -> range(f, field(id, NUMBER), value, BigDecimal.class);
            case DATE -> range(f, field(id, DATE), value, LocalDate.class);
        };
    }

    private static PredicateFinalStep range(SearchPredicateFactory f, String field, RangeValue value, Class<?> type) {
        if (value.from() != null && value.from().equals(value.to())) {
            return f.match().field(field).matching(value.from());
        }
        var range = f.range().field(field);
        if (value.from() != null && value.to() != null) {
            return range.between(value.from(), value.to());
        }
        return value.from() != null ? range.atLeast(value.from()) : range.atMost(value.to());
    }

    /** Where one box term may match, by its kind. */
    private static PredicateFinalStep term(SearchPredicateFactory f, BoxQuery.Term term) {
        var any = f.or();
        var text = term.text();
        contains(f, NAME_NGRAM, text, NAME_ANY_BOOST).forEach(any::add);
        if (text.length() <= PinyinKeys.MAX_KEY_LENGTH) {
            any.add(f.match().field(NAME_HEAD).matching(text).constantScore().boost(NAME_HEAD_BOOST));
        }
        any.add(f.match().field(NAME_EXACT).matching(text).constantScore().boost(NAME_EXACT_BOOST));
        contains(f, TAG_TEXT, text, TAG_BOOST).forEach(any::add);
        contains(f, FIELD_TEXT, text, FIELD_BOOST).forEach(any::add);
        switch (term.kind()) {
            case LATIN -> {
                var key = SearchText.truncate(text, PinyinKeys.MAX_KEY_LENGTH);
                any.add(f.match().field(PINYIN_HEAD).matching(key).constantScore().boost(PINYIN_HEAD_BOOST));
                any.add(f.match().field(PINYIN).matching(key).constantScore().boost(PINYIN_ANY_BOOST));
            }
            case DIGITS -> {
                phone(f, term.digits()).forEach(any::add);
                idNumber(f, term.digits()).forEach(any::add);
            }
            case ID -> {
                idNumber(f, text).forEach(any::add);
                if (text.equals(term.digits())) {
                    phone(f, term.digits()).forEach(any::add);
                }
            }
            case MIXED -> idNumber(f, text).forEach(any::add);
            case CHINESE -> {
                // the name, tags and values above
            }
        }
        return any;
    }

    /**
     * "The field holds this text somewhere": one term of the n-gram index when the text is short
     * enough, else every overlapping piece of the longest indexed length.
     */
    private static List<PredicateFinalStep> contains(SearchPredicateFactory f, String field, String text, float boost) {
        int length = text.codePointCount(0, text.length());
        if (length <= ChineseAnalysis.MAX_GRAM) {
            return List.of(f.match().field(field).matching(text).constantScore().boost(boost));
        }
        var all = f.and();
        int step = ChineseAnalysis.MAX_GRAM / 2;
        for (int start = 0; ; start += step) {
            int from = Math.min(start, length - ChineseAnalysis.MAX_GRAM);
            var piece = text.substring(text.offsetByCodePoints(0, from),
                    text.offsetByCodePoints(0, from + ChineseAnalysis.MAX_GRAM));
            all.add(f.match().field(field).matching(piece));
            if (from == length - ChineseAnalysis.MAX_GRAM) {
                break;
            }
        }
        return List.of(f.bool().must(all).constantScore().boost(boost));
    }

    private static List<PredicateFinalStep> phone(SearchPredicateFactory f, String digits) {
        var result = new ArrayList<PredicateFinalStep>();
        if (digits.length() >= ChineseAnalysis.MIN_PHONE_DIGITS && digits.length() <= ChineseAnalysis.MAX_PHONE_DIGITS) {
            result.add(f.match().field(PHONE_DIGITS).matching(digits).constantScore().boost(PHONE_ANY_BOOST));
        }
        if (digits.length() == 4) {
            result.add(f.match().field(PHONE_TAIL).matching(digits).constantScore().boost(PHONE_TAIL_BOOST));
        }
        return result;
    }

    private static List<PredicateFinalStep> idNumber(SearchPredicateFactory f, String text) {
        var result = new ArrayList<PredicateFinalStep>();
        if (text.length() >= ChineseAnalysis.MIN_ID_PREFIX && text.length() <= 18) {
            result.add(f.match().field(ID_PREFIX).matching(text).constantScore().boost(ID_PREFIX_BOOST));
            result.add(f.match().field(ID_EXACT).matching(text).constantScore().boost(ID_EXACT_BOOST));
        }
        return result;
    }

    SortFinalStep sort(SearchSortFactory f) {
        var sort = query.effectiveSort();
        var order = sort.descending() ? SortOrder.DESC : SortOrder.ASC;
        var latest = f.field(UPDATED_AT).desc();
        var byId = f.field(ID).desc();
        return switch (sort.key()) {
            case RELEVANCE -> f.composite().add(f.score()).add(latest).add(byId);
            case NAME -> f.composite().add(f.field(NAME_SORT).order(order).missing().last()).add(latest).add(byId);
            case STATUS -> f.composite().add(f.field(STATUS_SORT).order(order)).add(latest).add(byId);
            case ABC_CLASS -> f.composite().add(f.field(ABC_CLASS_SORT).order(order).missing().last()).add(latest).add(byId);
            case LAST_FOLLOW_UP -> f.composite().add(f.field(LAST_FOLLOW_UP).order(order).missing().last()).add(byId);
            case UPDATED -> f.composite().add(f.field(UPDATED_AT).order(order)).add(byId);
            case CREATED -> f.composite().add(f.field(CREATED_AT).order(order)).add(byId);
            case FIELD -> {
                var definition = fields.get(sort.fieldCode());
                var type = switch (definition.type()) {
                    case NUMBER -> NUMBER;
                    case DATE -> DATE;
                    case BOOLEAN -> BOOL;
                    default -> TEXT;
                };
                yield f.composite().add(f.field(field(definition.id(), type)).order(order).missing().last())
                        .add(latest).add(byId);
            }
        };
    }
}
