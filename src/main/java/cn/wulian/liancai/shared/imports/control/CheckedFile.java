package cn.wulian.liancai.shared.imports.control;

import cn.wulian.liancai.shared.DomainViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the spreadsheet and the CSV reader share: finding the header, counting the data rows once
 * when the file is opened, and streaming them afterwards. A reader only has to hand over its rows
 * in order.
 */
abstract class CheckedFile implements TabularFile {

    /** the field every refusal of a file names */
    static final String FIELD = "file";
    /**
     * Rows with a single value above the header, e.g. "2024年校友名单" merged across the columns,
     * are titles; the office's sheets rarely have more than two.
     */
    private static final int MAX_TITLE_ROWS = 3;

    private List<String> headers;
    private int headerNumber;
    private int rowCount;

    /** receives the rows of a file; answers false to stop the reading */
    interface RowSink {
        boolean accept(int number, List<String> cells);
    }

    /**
     * Hands every row of the file to the sink in order, blank ones included or not, until the sink
     * says stop. An exception the sink throws comes out unchanged.
     */
    protected abstract void read(RowSink sink);

    /**
     * Reads the file once to the end: its header, and how many data rows follow it (a file that
     * breaks further down is refused now, not halfway through an import).
     */
    protected final void check(int maxRows) {
        List<SheetRow> leading = new ArrayList<>();
        long[] filled = {0};
        read((number, cells) -> {
            if (!blank(cells)) {
                filled[0]++;
                if (leading.size() <= MAX_TITLE_ROWS) {
                    leading.add(new SheetRow(number, cells));
                }
            }
            return true;
        });
        if (leading.isEmpty()) {
            throw DomainViolation.of(FIELD, "import.file.empty");
        }
        int h = headerIndex(leading);
        SheetRow header = leading.get(h);
        if (header.cells().stream().noneMatch(c -> c.codePoints().anyMatch(Character::isLetter))) {
            throw DomainViolation.of(FIELD, "import.file.noHeader", header.number());
        }
        long data = filled[0] - h - 1;
        if (data == 0) {
            throw DomainViolation.of(FIELD, "import.file.empty");
        }
        if (data > maxRows) {
            throw tooManyRows(maxRows, data);
        }
        List<String> cells = new ArrayList<>(header.cells());
        while (!cells.isEmpty() && CellValues.blank(cells.getLast())) {
            cells.removeLast();
        }
        headers = List.copyOf(cells);
        headerNumber = header.number();
        rowCount = (int) data;
    }

    static DomainViolation tooManyRows(int maxRows, long found) {
        return DomainViolation.of(FIELD, "import.file.tooManyRows", maxRows, found);
    }

    /** the first row that holds two values or more, when only single values (titles) come before it */
    private static int headerIndex(List<SheetRow> leading) {
        for (int i = 0; i < leading.size(); i++) {
            if (leading.get(i).cells().stream().filter(c -> !CellValues.blank(c)).count() >= 2) {
                return i;
            }
        }
        return 0;
    }

    static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (!CellValues.blank(c)) {
                return false;
            }
        }
        return true;
    }

    /** the spreadsheet row number of the header */
    protected final int headerNumber() {
        return headerNumber;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public int rowCount() {
        return rowCount;
    }

    @Override
    public List<SheetRow> first(int n) {
        List<SheetRow> rows = new ArrayList<>();
        if (n <= 0) {
            return rows;
        }
        read((number, cells) -> {
            if (number > headerNumber && !blank(cells)) {
                rows.add(new SheetRow(number, cells));
            }
            return rows.size() < n;
        });
        return rows;
    }

    @Override
    public void forEachRow(Consumer<SheetRow> action) {
        read((number, cells) -> {
            if (number > headerNumber && !blank(cells)) {
                action.accept(new SheetRow(number, cells));
            }
            return true;
        });
    }
}
