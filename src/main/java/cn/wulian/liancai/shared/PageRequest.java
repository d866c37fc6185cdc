package cn.wulian.liancai.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * What a list asks for: a window, one sort column and the column filters, by field name. Both the
 * lazy tables and the REST list endpoints speak it.
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending, Map<String, String> filters)
        implements Serializable {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, MAX_LIMIT);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** the same request with one filter forced, whatever the caller asked for it (a manager's platform) */
    public PageRequest withFilter(String field, String value) {
        Map<String, String> forced = new java.util.HashMap<>(filters);
        forced.put(field, value);
        return new PageRequest(offset, limit, sortField, ascending, forced);
    }

    /**
     * The same request with a page's filter form over the table's own filters: the form's fields
     * among {@code known} that hold something, one request to the facade.
     */
    public PageRequest withForm(Map<String, String> form, java.util.Collection<String> known) {
        Map<String, String> all = new java.util.HashMap<>(filters);
        form.forEach((field, value) -> {
            if (known.contains(field) && value != null && !value.isBlank()) {
                all.put(field, value.strip());
            }
        });
        return new PageRequest(offset, limit, sortField, ascending, all);
    }

    public String filter(String field) {
        String v = filters.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
