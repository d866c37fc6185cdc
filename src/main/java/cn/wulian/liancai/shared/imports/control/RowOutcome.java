package cn.wulian.liancai.shared.imports.control;

import java.util.List;
import java.util.Map;

/**
 * What became of one row: its problems (then it was not saved), the registered records it may be
 * (then it was held for a person to decide), the values as they are (or would be) saved, in the
 * reader's words, by field; and the id of the record it became, if it was saved.
 */
public record RowOutcome(int number, List<CellProblem> problems, List<Match> matches, Map<String, String> shown, Long savedId) {

    public boolean valid() {
        return problems.isEmpty();
    }

    public boolean held() {
        return problems.isEmpty() && !matches.isEmpty() && savedId == null;
    }
}
