package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
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
        Page<T> page = source.apply(request);
        setRowCount((int) page.total());
        lastRows = page.rows();
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

    @Override
    public T getRowData(String rowKey) {
        if (lastRows == null) {
            return null;
        }
        return lastRows.stream().filter(r -> String.valueOf(key.applyAsLong(r)).equals(rowKey)).findFirst().orElse(null);
    }
}
