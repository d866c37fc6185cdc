package cn.wulian.liancai.shared.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The filter bars of the lists a clerk works through (applications, service requests), kept for the session: back
 * from a record the list shows what it showed, as its table keeps its own page and sort ({@code multiViewState}).
 * Each list keeps the filter object of the view that opened it last, so the choices made on that page since are kept
 * too; a link's filters (the figures, the workbench) replace it.
 */
@SessionScoped
public class ListMemory implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Serializable> filters = new ConcurrentHashMap<>();

    /** {@code filter} is the list's from now on, as the page changes it */
    public void keep(String list, Serializable filter) {
        filters.put(list, filter);
    }

    /** the filter the list was left with in this session, if any */
    public <T> Optional<T> recall(String list, Class<T> type) {
        return Optional.ofNullable(filters.get(list)).filter(type::isInstance).map(type::cast);
    }
}
