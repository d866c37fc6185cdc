package cn.wulian.liancai.shared.imports.control;

import java.util.List;

/** STAND-IN until the reading branch lands */
public record SheetRow(int number, List<String> cells) {
    public String cell(int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String c = cells.get(index);
        return c == null || c.isBlank() ? null : c;
    }
}
