package cn.wulian.liancai.shared.imports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The problems of one row as a target reads it: first the cells that cannot be read at all, then
 * the record's own rules (the form's constraints and the entity's), each cell named once — a cell
 * that could not be read is not blamed again for being empty.
 */
public final class RowProblems {

    private final MappedRow row;
    private final List<CellProblem> problems = new ArrayList<>();

    public RowProblems(MappedRow row) {
        this.row = row;
    }

    /** the cell's value, or null with its problem noted */
    public <T> T value(String field, Parsed<T> parsed) {
        if (!parsed.ok()) {
            add(field, parsed.problem());
        }
        return parsed.value();
    }

    /** the record's rules, field → message key, for the cells without a problem yet */
    public void rules(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            if (problems.stream().noneMatch(p -> field.equals(p.field()))) {
                add(field, key);
            }
        });
    }

    public void add(String field, String messageKey, Object... args) {
        problems.add(CellProblem.of(field, row.cell(field), messageKey, args));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * The row's problems; a cell that cannot be taken is shown as it was written, beside the
     * reason, in {@code shown} (the values as they would be saved).
     */
    public List<CellProblem> list(Map<String, String> shown) {
        problems.forEach(p -> {
            if (p.field() != null && shown.containsKey(p.field())) {
                shown.put(p.field(), p.value());
            }
        });
        return List.copyOf(problems);
    }
}
