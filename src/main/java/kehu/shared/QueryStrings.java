package kehu.shared;

import java.util.Map;

/** The filter of a list page as an encoded query string for its pager's links ({@code web/fragments :: pagerFor}). */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** {@code ?a=1&b=x} of the non-blank values, encoded; empty when there are none. */
    public static String of(Map<String, Object> parameters) {
        var builder = org.springframework.web.util.UriComponentsBuilder.newInstance();
        parameters.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                builder.queryParam(k, v);
            }
        });
        var q = builder.encode().build().getQuery();
        return q == null || q.isEmpty() ? "" : "?" + q;
    }

    /** {@code of} over alternating names and values. */
    public static String of(Object... namesAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(map);
    }
}
