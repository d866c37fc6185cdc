package cn.wulian.liancai.shared.imports.control;

import java.util.List;
import java.util.function.Consumer;

/**
 * A spreadsheet or CSV file that has been checked (kind, encoding, size, header, merged cells) and
 * can be read row by row as often as needed, in bounded memory. Obtained from
 * {@link TabularFiles#open}.
 */
public interface TabularFile extends AutoCloseable {

    /** the header row's cells, trailing blank ones left out */
    List<String> headers();

    /** data rows after the header, blank rows not counted */
    int rowCount();

    /** the first n data rows (for a preview) */
    List<SheetRow> first(int n);

    /**
     * Streams every data row in order, blank rows skipped; re-reads the file on every call, so that
     * memory does not grow with the number of rows.
     */
    void forEachRow(Consumer<SheetRow> action);

    @Override
    void close();
}
