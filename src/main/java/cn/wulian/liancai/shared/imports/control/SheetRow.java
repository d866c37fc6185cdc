package cn.wulian.liancai.shared.imports.control;

import java.util.List;

/**
 * One data row: its number as the spreadsheet program shows it (1-based, the header row and any
 * title above it counted), so that a report can say "row 7" and the user finds it; the cells as the
 * file holds them, as text, not yet normalised ({@code ""} for a blank cell between others).
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** the cell at this column (0-based), or null when the row is shorter or the cell blank */
    public String cell(int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String raw = cells.get(index);
        return CellValues.blank(raw) ? null : raw;
    }
}
