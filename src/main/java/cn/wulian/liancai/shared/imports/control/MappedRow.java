package cn.wulian.liancai.shared.imports.control;

import java.util.Map;

/** a row of the file with its cells by the field their column is mapped to, as written in the file */
public record MappedRow(int number, Map<String, String> cells) {

    public String cell(String field) {
        return cells.get(field);
    }
}
