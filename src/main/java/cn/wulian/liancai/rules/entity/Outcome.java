package cn.wulian.liancai.rules.entity;

import java.util.List;

/** The verdict of a rule on one subject, with the verdict of every group and condition inside it. */
public sealed interface Outcome permits Outcome.OfGroup, Outcome.OfCondition {

    /** how one condition went; missing data never counts as passed */
    enum Status { PASSED, FAILED, MISSING }

    boolean passed();

    record OfGroup(Rule.Group group, boolean passed, List<Outcome> parts) implements Outcome {
        public OfGroup {
            parts = List.copyOf(parts);
        }
    }

    /** @param actual the subject's value of the fact (normalised as in the rule), or {@code null} when not recorded */
    record OfCondition(Rule.Condition condition, Status status, Object actual) implements Outcome {
        @Override
        public boolean passed() {
            return status == Status.PASSED;
        }
    }
}
