package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.PageRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The list endpoints' common query: {@code offset, limit, sort, order} and the named column filters. A
 * window that cannot be (a negative offset, a limit outside 1–200) or an order that is neither
 * {@code asc} nor {@code desc}, or a sort the list does not have, is refused naming the parameter; they were taken as the nearest that
 * could be, and a client never learned it had been given less than it asked for.
 */
public final class PageRequests {

    private PageRequests() {
    }

    /**
     * @param sortNames the names the list sorts by; another is refused naming {@code sort} and the names (it was
     *                  taken as the default order, and a client that misspelt a column read its list unsorted)
     */
    public static PageRequest from(UriInfo uri, int offset, int limit, String sort, String order, List<String> filterNames,
                                   Collection<String> sortNames) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (offset < 0) {
            wrong.put("offset", "validation.page.offset");
        }
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            wrong.put("limit", "validation.page.limit");
        }
        if (order != null && !order.isBlank() && !"asc".equalsIgnoreCase(order.strip()) && !"desc".equalsIgnoreCase(order.strip())) {
            wrong.put("order", "validation.page.order");
        }
        boolean sortKnown = sort == null || sort.isBlank() || sortNames.contains(sort);
        if (!sortKnown) {
            throw DomainViolation.of("sort", "validation.page.sort", String.join(", ", new TreeSet<>(sortNames))).with(wrong);
        }
        if (!wrong.isEmpty()) {
            throw new DomainViolation(wrong);
        }
        Map<String, String> filters = new HashMap<>();
        for (String f : filterNames) {
            String v = uri.getQueryParameters().getFirst(f);
            if (v != null) {
                filters.put(f, v);
            }
        }
        return new PageRequest(offset, limit, sort, order == null || !"desc".equalsIgnoreCase(order.strip()), filters);
    }
}
