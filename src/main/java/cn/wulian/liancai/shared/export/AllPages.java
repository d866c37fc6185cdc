package cn.wulian.liancai.shared.export;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every row of a filtered, sorted list, fetched page by page through the same facade call the table uses. */
public final class AllPages {

    /** exports stop here; a list this long is a query for the database, not a spreadsheet */
    public static final int MAX_ROWS = 20_000;

    private AllPages() {
    }

    public static <T> List<T> of(Function<PageRequest, Page<T>> source, PageRequest filtersAndSort) {
        List<T> all = new ArrayList<>();
        int offset = 0;
        while (all.size() < MAX_ROWS) {
            Page<T> page = source.apply(new PageRequest(offset, PageRequest.MAX_LIMIT, filtersAndSort.sortField(),
                    filtersAndSort.ascending(), filtersAndSort.filters()));
            all.addAll(page.rows());
            offset += page.rows().size();
            if (page.rows().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        return all;
    }
}
