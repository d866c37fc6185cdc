package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import jakarta.faces.context.FacesContext;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over any facade list that takes a {@link PageRequest}: the table's
 * page, sort column and column filters become one request, so each list page needs only its facade
 * call, not a model of its own.
 */
public class PageLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    public interface Key<T> extends ToLongFunction<T>, Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;
    private transient List<T> lastRows;
    /**
     * The rows loaded in this view, by key, as last loaded: a selection made on page 1 is still found
     * on page 3. Bounded, least recently used first out; a selected row is looked up at every
     * request, so it stays.
     */
    private transient Map<String, T> seen;

    /** rows remembered for {@link #getRowData}: more than a selection may hold (500), far fewer than a long list */
    static final int ROWS_REMEMBERED = 5_000;
    private PageRequest lastRequest;

    public PageLazyModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(new PageRequest(0, 1, null, true, filters(filterBy))).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        for (SortMeta s : sortBy.values()) {
            sortField = s.getField();
            ascending = s.getOrder() != SortOrder.DESCENDING;
            break;
        }
        PageRequest request = new PageRequest(first, pageSize, sortField, ascending, filters(filterBy));
        lastRequest = request;
        Page<T> page;
        try {
            page = source.apply(request);
        } catch (cn.wulian.liancai.shared.DomainViolation refused) {
            // a page the list will not serve (deep inside a million rows): say why above the table, keep its size
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            java.util.Locale locale = faces.getViewRoot().getLocale();
            org.primefaces.PrimeFaces primeFaces = org.primefaces.PrimeFaces.current();
            for (String field : refused.fieldKeys().keySet()) {
                String text = refused.text(field, locale);
                if (primeFaces.isAjaxRequest()) {
                    // paging redraws only the table's rows, and this runs while they are drawn: too late to add the
                    // template's growl to what is redrawn, not to hand it the message by script (run after the rows)
                    primeFaces.executeScript("PF('growl').renderMessage({severity: 'warn', summary: "
                            + cn.wulian.liancai.shared.JsonApi.JSON.createValue(text) + ", detail: ''})");
                } else {
                    faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                            jakarta.faces.application.FacesMessage.SEVERITY_WARN, text, null));
                }
            }
            lastRows = List.of();
            return lastRows;
        }
        setRowCount((int) page.total());
        lastRows = page.rows();
        if (seen == null) {
            seen = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                    return size() > ROWS_REMEMBERED;
                }
            };
        }
        lastRows.forEach(r -> seen.put(getRowKey(r), r));
        return lastRows;
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        if (filterBy != null) {
            filterBy.forEach((field, meta) -> {
                Object v = meta.getFilterValue();
                if (v != null && !v.toString().isBlank()) {
                    // the table's global filter box is the facades' quick filter "q"
                    filters.put(FilterMeta.GLOBAL_FILTER_KEY.equals(field) ? "q" : field, v.toString());
                }
            });
        }
        return filters;
    }

    /**
     * The filters and sort the table last loaded with, i.e. what the user sees now, e.g. to export
     * it. The model remembers them: read back from the table component in the export button's
     * request (another form of the page), the filters came back empty, and the export held every row.
     */
    public PageRequest shown() {
        return lastRequest == null ? new PageRequest(0, 1, null, true, Map.of()) : lastRequest;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.applyAsLong(row));
    }

    /**
     * The row of this key among the rows loaded in this view, not only the current page's: a table
     * with row selection sends the keys of every row ticked, on any page, and gets back the rows.
     */
    @Override
    public T getRowData(String rowKey) {
        return seen == null ? null : seen.get(rowKey);
    }

    /**
     * A link that filters a list (the office's figures, the dashboard) starts its table afresh: otherwise a table that
     * keeps its state in the session ({@code multiViewState}) comes back as it was left, on page 3 of a sort the link
     * did not ask for, with the link's filter beside the remembered ones.
     */
    public static void startAfresh(String tableClientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        PrimeFaces.current().multiViewState().clear(faces.getViewRoot().getViewId(), tableClientId, true);
    }
}
