package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.PageRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A list's filters and sort as a query string ({@code sort=name&order=asc&stage=ENGAGED}), the
 * same names the list's REST endpoint takes: a link from a row to its record carries the list it
 * came from, so that the record's page can walk that list (上一个 / 下一个) as the user filtered and
 * sorted it. Names the list does not know are dropped when read, since the text comes from a URL.
 */
public final class ListQueries {

    private ListQueries() {
    }

    /**
     * The request's sort (always named, empty for the list's default order, so that the whole
     * list unfiltered is not an empty text) and its filters (sorted by name, so that one list has
     * one spelling), without the page window.
     */
    public static String encode(PageRequest request) {
        StringJoiner query = new StringJoiner("&");
        query.add(pair("sort", request.sortField() == null ? "" : request.sortField()));
        if (request.sortField() != null) {
            query.add(pair("order", request.ascending() ? "asc" : "desc"));
        }
        new TreeMap<>(request.filters()).forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(pair(field, value));
            }
        });
        return query.toString();
    }

    /** the list request that {@code query} names, with only the {@code filterNames} it knows; the whole list unfiltered for null */
    public static PageRequest decode(String query, Collection<String> filterNames) {
        Map<String, String> filters = new HashMap<>();
        String sort = null;
        boolean ascending = true;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if ("sort".equals(name)) {
                sort = value.isBlank() ? null : value;
            } else if ("order".equals(name)) {
                ascending = !"desc".equalsIgnoreCase(value);
            } else if (filterNames.contains(name) && !value.isBlank()) {
                filters.put(name, value);
            }
        }
        return new PageRequest(0, 1, sort, ascending, filters);
    }

    private static String pair(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
