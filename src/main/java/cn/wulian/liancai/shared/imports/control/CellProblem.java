package cn.wulian.liancai.shared.imports.control;

import java.util.List;

/** why a cell (or, with a null field, the row) cannot be taken: a message key with its arguments */
public record CellProblem(String field, String value, String messageKey, List<Object> args) {

    public static CellProblem of(String field, String value, String messageKey, Object... args) {
        return new CellProblem(field, value, messageKey, List.of(args));
    }
}
