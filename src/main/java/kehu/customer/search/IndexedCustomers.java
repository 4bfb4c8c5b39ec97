package kehu.customer.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import kehu.customer.CustomerQuery;
import kehu.customer.CustomerSort;
import kehu.customer.FieldDefinitionView;
import kehu.customer.FieldType;
import kehu.customer.internal.Customer;
import kehu.customer.internal.FieldDefinitions;
import kehu.organization.DataScope;
import kehu.platform.ReferenceData;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The customer index as a collection: one page of the customers a query finds within a data scope,
 * loaded from the database (the index holds no values). The caller's transaction is used.
 */
@Component
public class IndexedCustomers {

    /** Beyond this many hits the total is an estimate (counting every hit of "z" among a million costs). */
    static final int EXACT_TOTAL_UP_TO = 10_000;
    static final int MAX_PAGE_SIZE = 200;

    private final EntityManager entityManager;
    private final FieldDefinitions definitions;
    private final ReferenceData reference;

    IndexedCustomers(EntityManager entityManager, FieldDefinitions definitions, ReferenceData reference) {
        this.entityManager = entityManager;
        this.definitions = definitions;
        this.reference = reference;
    }

    /**
     * The customers the query finds that the scope reaches, in the query's order.
     *
     * @throws DomainException naming the parameter when the query names an unknown industry field or region,
     *                         or a value does not fit its field
     */
    public Page<Customer> find(CustomerQuery query, DataScope scope, Pageable pageable) {
        var indexQuery = check(query, scope);
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        long offset = (long) Math.max(pageable.getPageNumber(), 0) * size;
        var result = Search.session(entityManager).search(Customer.class)
                .where(indexQuery::predicate)
                .sort(indexQuery::sort)
                .totalHitCountThreshold(EXACT_TOTAL_UP_TO)
                .fetch((int) Math.min(offset, Integer.MAX_VALUE), size);
        var total = result.total().isHitCountExact() ? result.total().hitCount() : result.total().hitCountLowerBound();
        return new PageImpl<>(result.hits(), org.springframework.data.domain.PageRequest.of(
                (int) (offset / size), size), Math.max(total, offset + result.hits().size()));
    }

    /**
     * The ids of the customers the query finds within the scope, in id order, after {@code afterId}: a keyset
     * over the whole result for an export of the list (CUS-8), without deep paging.
     */
    public List<Long> idsAfter(CustomerQuery query, DataScope scope, long afterId, int limit) {
        var indexQuery = check(query, scope);
        return Search.session(entityManager).search(Customer.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool().must(indexQuery.predicate(f)).filter(f.range().field(IndexFields.ID).greaterThan(afterId)))
                .sort(f -> f.field(IndexFields.ID).asc())
                .fetchHits(Math.min(Math.max(limit, 1), 1000));
    }

    /** How many customers the index holds. */
    public long documents() {
        return Search.session(entityManager).search(Customer.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private CustomerIndexQuery check(CustomerQuery query, DataScope scope) {
        var problems = new ArrayList<FieldViolation>();
        var locale = LocaleContextHolder.getLocale();
        Map<String, FieldDefinitionView> fields = new HashMap<>();
        var values = new ArrayList<CustomerIndexQuery.RangeValue>();
        query.fields().forEach((code, raw) -> {
            var definition = definitions.findByCode(code).map(d -> d.view()).orElse(null);
            if (definition == null) {
                problems.add(new FieldViolation("f." + code, "customerSearch.field.unknown", code));
                return;
            }
            fields.put(code, definition);
            try {
                values.add(value(definition, raw));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new FieldViolation("f." + code, "customerSearch.field.value", definition.label(locale),
                        hint(definition.type())));
            }
        });
        var sort = query.sort();
        if (sort != null && sort.key() == CustomerSort.Key.FIELD && !fields.containsKey(sort.fieldCode())) {
            var definition = definitions.findByCode(sort.fieldCode()).map(d -> d.view());
            if (definition.isEmpty()) {
                problems.add(new FieldViolation("sort", "customerSearch.field.unknown", sort.fieldCode()));
            } else {
                fields.put(sort.fieldCode(), definition.get());
            }
        }
        if (query.regionCode() != null && reference.region(query.regionCode()).isEmpty()) {
            problems.add(new FieldViolation("region", "customerSearch.region.unknown", query.regionCode()));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new CustomerIndexQuery(query, scope, fields, values);
    }

    /** A filter value of an industry field: the value, or for numbers and dates a range {@code from..to}. */
    static CustomerIndexQuery.RangeValue value(FieldDefinitionView definition, String raw) {
        var text = raw.strip();
        var code = definition.code();
        return switch (definition.type()) {
            case TEXT, CHOICE -> new CustomerIndexQuery.RangeValue(code, text, text);
            case BOOLEAN -> {
                var b = switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "y", "1", "是" -> Boolean.TRUE;
                    case "false", "no", "n", "0", "否" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException(text);
                };
                yield new CustomerIndexQuery.RangeValue(code, b, b);
            }
            case NUMBER, DATE -> {
                int dots = text.indexOf("..");
                var from = dots < 0 ? text : text.substring(0, dots).strip();
                var to = dots < 0 ? text : text.substring(dots + 2).strip();
                if (from.isEmpty() && to.isEmpty()) {
                    throw new IllegalArgumentException(text);
                }
                yield new CustomerIndexQuery.RangeValue(code, bound(definition.type(), from), bound(definition.type(), to));
            }
        };
    }

    private static Object bound(FieldType type, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (type == FieldType.NUMBER) {
            var number = new BigDecimal(text.replace(",", "").replace("，", ""));
            if (number.precision() - number.scale() > 15) {
                throw new IllegalArgumentException(text);
            }
            return number.setScale(Math.min(Math.max(number.scale(), 0), 4), java.math.RoundingMode.HALF_UP);
        }
        return LocalDate.parse(text.replace('/', '-'));
    }

    private static String hint(FieldType type) {
        return switch (type) {
            case NUMBER -> "12.5, 10..20";
            case DATE -> "2026-03-01, 2026-01-01..2026-06-30";
            case BOOLEAN -> "true, false";
            default -> "";
        };
    }
}
