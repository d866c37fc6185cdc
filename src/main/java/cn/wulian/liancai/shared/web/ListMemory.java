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

    /** a list's filter bar as this memory keeps it */
    public interface Filter<F extends Filter<F>> extends Serializable {

        /** some filter is given (of a link: it replaces what the list was left with) */
        boolean isAny();

        /** takes on every choice of {@code kept} */
        void copyFrom(F kept);
    }

    /**
     * Sets {@code filter}, the list's filter bar, to what the list was left with in this session, unless the link
     * that opened the page gives filters of its own ({@code link}): then {@code fromLink} reads them into it and the
     * table (its client id) starts afresh at page 1. Either way the list is kept with {@code filter} from now on.
     */
    public <F extends Filter<F>> void restore(String list, F filter, F link, Runnable fromLink, String table) {
        @SuppressWarnings("unchecked")
        Optional<F> kept = link.isAny() ? Optional.empty() : recall(list, (Class<F>) filter.getClass());
        if (kept.isPresent()) {
            filter.copyFrom(kept.get());
        } else {
            fromLink.run();
            PageLazyModel.startAfresh(table);
        }
        keep(list, filter);
    }

    /** {@code filter} is the list's from now on, as the page changes it */
    public void keep(String list, Serializable filter) {
        filters.put(list, filter);
    }

    /** the filter the list was left with in this session, if any */
    public <T> Optional<T> recall(String list, Class<T> type) {
        return Optional.ofNullable(filters.get(list)).filter(type::isInstance).map(type::cast);
    }
}
