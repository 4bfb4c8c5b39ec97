package kehu.customer;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

/**
 * What the customer search (CUS-7) looks for: one box query and filters; null or blank parts do not
 * filter. It travels as a query string (the page's address, a saved view, the REST API) with the
 * parameters named in {@link #parse}.
 *
 * @param q            the search box: any part of the name, pinyin (full, initials, mixed), a phone
 *                     fragment or its last four digits, an ID number or credit code (whole or its
 *                     beginning), a tag, an industry-field value; words separated by spaces must all match
 * @param ownerStaffId the accountable manager
 * @param ownerUnitId  the manager's unit
 * @param regionCode   a province, city or district: customers in it or below it
 * @param tags         customers carrying every one of these tags
 * @param fields       industry-field code → value; for numbers and dates also a range {@code from..to}
 *                     (either side may be left out)
 * @param pool         true: only customers in the public pool; false: only owned ones
 * @param sort         the order; null: by relevance when there is a box query, else the most recently changed first
 */
public record CustomerQuery(String q, CustomerStatus status, CustomerKind kind, AbcClass abcClass, ValueClass valueClass,
                            Boolean vip, Long ownerStaffId, Long ownerUnitId, String regionCode, List<String> tags,
                            Map<String, String> fields, Boolean pool, CustomerSort sort) {

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_TAGS = 10;
    public static final int MAX_FIELDS = 20;

    public static final CustomerQuery ALL = new CustomerQuery(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    public CustomerQuery {
        q = blankToNull(q);
        regionCode = blankToNull(regionCode);
        tags = tags == null ? List.of() : tags.stream().map(CustomerQuery::blankToNull)
                .filter(java.util.Objects::nonNull).distinct().toList();
        var cleanFields = new LinkedHashMap<String, String>();
        if (fields != null) {
            fields.forEach((code, value) -> {
                if (blankToNull(code) != null && blankToNull(value) != null) {
                    cleanFields.put(code.strip(), value.strip());
                }
            });
        }
        fields = java.util.Collections.unmodifiableMap(cleanFields);
    }

    /** Only the box query. */
    public static CustomerQuery text(String q) {
        return ALL.withText(q);
    }

    /** The filters of the plain customer list as a search. */
    public static CustomerQuery of(CustomerFilter filter) {
        return new CustomerQuery(filter.name(), filter.status(), filter.kind(), filter.abcClass(), null, null,
                filter.ownerStaffId(), null, filter.regionCode(), filter.tag() == null ? List.of() : List.of(filter.tag()),
                null, filter.pool(), null);
    }

    public CustomerQuery withText(String text) {
        return new CustomerQuery(text, status, kind, abcClass, valueClass, vip, ownerStaffId, ownerUnitId, regionCode, tags,
                fields, pool, sort);
    }

    public CustomerQuery withSort(CustomerSort order) {
        return new CustomerQuery(q, status, kind, abcClass, valueClass, vip, ownerStaffId, ownerUnitId, regionCode, tags,
                fields, pool, order);
    }

    /** The order actually used: the one asked for, else relevance with a box query and the latest change without. */
    public CustomerSort effectiveSort() {
        if (sort != null && (sort.key() != CustomerSort.Key.RELEVANCE || q != null)) {
            return sort;
        }
        return q == null ? CustomerSort.UPDATED : CustomerSort.RELEVANCE;
    }

    /** Whether anything beyond the box query narrows the result. */
    public boolean hasFilters() {
        return status != null || kind != null || abcClass != null || valueClass != null || vip != null
                || ownerStaffId != null || ownerUnitId != null || regionCode != null || !tags.isEmpty()
                || !fields.isEmpty() || pool != null;
    }

    /**
     * Reads a query from request parameters: {@code q} (or {@code name}), {@code status}, {@code kind},
     * {@code abcClass}, {@code valueClass}, {@code vip}, {@code ownerStaffId}, {@code ownerUnitId},
     * {@code region} (or the most specific of {@code district}, {@code city}, {@code province}),
     * {@code tag} (repeated), {@code f.CODE} (industry field), {@code pool}, {@code sort} (see
     * {@link CustomerSort}). Other parameters (page, size …) are ignored. A value that cannot be read is
     * reported as a field error on its parameter.
     */
    public static CustomerQuery parse(Map<String, ? extends List<String>> parameters) {
        var problems = new ArrayList<FieldViolation>();
        var reader = new Reader(parameters, problems);
        var q = reader.text("q") != null ? reader.text("q") : reader.text("name");
        if (q != null && q.strip().length() > MAX_QUERY_LENGTH) {
            problems.add(new FieldViolation("q", "validation.tooLong", MAX_QUERY_LENGTH));
        }
        var status = reader.enumValue("status", CustomerStatus.class);
        var kind = reader.enumValue("kind", CustomerKind.class);
        var abc = reader.enumValue("abcClass", AbcClass.class);
        var valueClass = reader.enumValue("valueClass", ValueClass.class);
        var vip = reader.bool("vip");
        var manager = reader.id("ownerStaffId");
        var unit = reader.id("ownerUnitId");
        var region = reader.text("region");
        for (var level : List.of("district", "city", "province")) {
            region = region != null ? region : reader.text(level);
        }
        if (region != null && !region.strip().matches("[0-9]{2,12}")) {
            problems.add(new FieldViolation("region", "customerSearch.invalid"));
        }
        List<String> tagValues = parameters.containsKey("tag") ? parameters.get("tag") : List.of();
        var tags = tagValues.stream().filter(t -> t != null && !t.isBlank())
                .map(String::strip).toList();
        if (tags.size() > MAX_TAGS) {
            problems.add(new FieldViolation("tag", "customerSearch.tooMany", MAX_TAGS));
        }
        if (tags.stream().anyMatch(t -> t.length() > 20)) {
            problems.add(new FieldViolation("tag", "validation.tooLong", 20));
        }
        var fields = new TreeMap<String, String>();
        parameters.forEach((name, values) -> {
            if (name.startsWith("f.") && values != null && !values.isEmpty() && values.get(0) != null
                    && !values.get(0).isBlank()) {
                var value = values.get(0).strip();
                if (value.length() > 200) {
                    problems.add(new FieldViolation(name, "validation.tooLong", 200));
                }
                fields.put(name.substring(2), value);
            }
        });
        if (fields.size() > MAX_FIELDS) {
            problems.add(new FieldViolation("fields", "customerSearch.tooMany", MAX_FIELDS));
        }
        var pool = reader.bool("pool");
        CustomerSort sort = null;
        var sortText = reader.text("sort");
        if (sortText != null) {
            sort = CustomerSort.parse(sortText).orElse(null);
            if (sort == null) {
                problems.add(new FieldViolation("sort", "customerSearch.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new CustomerQuery(q, status, kind, abc, valueClass, vip, manager, unit, region, tags, fields, pool, sort);
    }

    /** Reads a query string written by {@link #toQueryString()} (a leading {@code ?} is allowed). */
    public static CustomerQuery parseQueryString(String queryString) {
        var parameters = new LinkedHashMap<String, List<String>>();
        var s = queryString == null ? "" : queryString.startsWith("?") ? queryString.substring(1) : queryString;
        for (var pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            var value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parse(parameters);
    }

    /**
     * The query as an encoded query string without the leading {@code ?} (empty when it is the whole
     * list), in the parameters {@link #parse} reads; parse(toParameters) gives the same query back.
     */
    public String toQueryString() {
        var out = new StringBuilder();
        toParameters().forEach((name, values) -> values.forEach(v -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(encode(name)).append('=').append(encode(v));
        }));
        return out.toString();
    }

    /** The query as parameters, in a stable order. */
    public Map<String, List<String>> toParameters() {
        var p = new LinkedHashMap<String, List<String>>();
        put(p, "q", q);
        put(p, "status", status == null ? null : status.name());
        put(p, "kind", kind == null ? null : kind.name());
        put(p, "abcClass", abcClass == null ? null : abcClass.name());
        put(p, "valueClass", valueClass == null ? null : valueClass.name());
        put(p, "vip", vip == null ? null : vip.toString());
        put(p, "ownerStaffId", ownerStaffId == null ? null : ownerStaffId.toString());
        put(p, "ownerUnitId", ownerUnitId == null ? null : ownerUnitId.toString());
        put(p, "region", regionCode);
        if (!tags.isEmpty()) {
            p.put("tag", tags);
        }
        new TreeMap<>(fields).forEach((code, value) -> put(p, "f." + code, value));
        put(p, "pool", pool == null ? null : pool.toString());
        put(p, "sort", sort == null ? null : sort.parameter());
        return p;
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null) {
            p.put(name, List.of(value));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Reader(Map<String, ? extends List<String>> parameters, List<FieldViolation> problems) {

        String text(String name) {
            var values = parameters.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            var text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldViolation(name, "customerSearch.invalid"));
                return null;
            }
        }

        Boolean bool(String name) {
            var text = text(name);
            if (text == null) {
                return null;
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    problems.add(new FieldViolation(name, "customerSearch.invalid"));
                    yield null;
                }
            };
        }

        Long id(String name) {
            var text = text(name);
            if (text == null) {
                return null;
            }
            try {
                var id = Long.parseLong(text.strip());
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new FieldViolation(name, "customerSearch.invalid"));
            return null;
        }
    }
}
