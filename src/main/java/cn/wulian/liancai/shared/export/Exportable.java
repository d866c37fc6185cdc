package cn.wulian.liancai.shared.export;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import java.util.List;
import java.util.Locale;

/**
 * A list that exports as a file of any length (implemented by the facades of the talents, teams,
 * projects and the audit trail): the caller is checked and the ids of its rows read at once, in
 * the list's order; then the rows are read chunk by chunk, each chunk a short transaction of its
 * own, so an export holds neither a connection nor a growing persistence context while the file is
 * written. Call it through its CDI proxy (the injected facade), whose interceptors open those
 * transactions.
 *
 * @param <T> a row as the list shows it (masked as the caller may see it)
 */
public interface Exportable<T> {

    /** what a caller's export of this list holds: the sheet's name, the columns they may read, the rows' ids in order */
    record Plan<T>(String title, List<Column<T>> columns, long[] ids) {

        public static <T> Plan<T> of(String title, List<Column<T>> columns, List<Long> ids) {
            return new Plan<>(title, columns, ids.stream().mapToLong(Long::longValue).toArray());
        }
    }

    /**
     * Checks that the caller may export the list, with the filters and sort of {@code request} (its
     * offset and limit mean nothing here); a filter that cannot be read is refused as the list
     * would refuse it.
     */
    Plan<T> exportPlan(PageRequest request, Locale locale);

    /** the rows of these ids as the caller may see them, in the order of {@code ids}; a row deleted since is left out */
    List<T> exportRows(List<Long> ids);

    /** the export's own audit entry, once the file is written or given up: {@code detail} says how many rows and how it ended */
    void exported(String detail);

    /**
     * As {@link #exported(String)}, with the ids of the records the file was read for, in order (those of a chunk cut
     * short included): a list of personal data names whose data left in it, as its page views do.
     */
    default void exported(String detail, List<Long> carried) {
        exported(detail);
    }
}
