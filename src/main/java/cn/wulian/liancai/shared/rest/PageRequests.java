package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.PageRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The list endpoints' common query: {@code offset, limit, sort, order} and the named column filters. */
public final class PageRequests {

    private PageRequests() {
    }

    public static PageRequest from(UriInfo uri, int offset, int limit, String sort, String order, List<String> filterNames) {
        Map<String, String> filters = new HashMap<>();
        for (String f : filterNames) {
            String v = uri.getQueryParameters().getFirst(f);
            if (v != null) {
                filters.put(f, v);
            }
        }
        return new PageRequest(offset, limit, sort, !"desc".equalsIgnoreCase(order), filters);
    }
}
