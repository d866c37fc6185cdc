package cn.wulian.liancai.rules.control;

import cn.wulian.liancai.rules.entity.Outcome;
import cn.wulian.liancai.rules.entity.Rule;
import java.util.List;

/**
 * A rule's verdict on one subject as readers see it (JSON, pages): the tree of groups and
 * conditions, each condition with its status, the subject's actual value, the requirement and the
 * whole sentence in the reader's language. A group has {@code join} and {@code parts}; a condition
 * has the rest.
 */
public record Verdict(String join, String fact, String label, String op, String status, boolean passed,
                      String actual, String required, String text, List<Verdict> parts) {

    public static Verdict of(Outcome outcome, Wording wording) {
        return switch (outcome) {
            case Outcome.OfGroup g -> new Verdict(g.group().join().json(), null, null, null, null, g.passed(), null, null, null,
                    g.parts().stream().map(p -> of(p, wording)).toList());
            case Outcome.OfCondition c -> new Verdict(null, c.condition().fact().name(), wording.label(c.condition().fact()),
                    c.condition().op().json(), c.status().name(), c.passed(), wording.actual(c), wording.requirement(c.condition()),
                    wording.sentence(c), null);
        };
    }

    /**
     * The verdict cut down to what decided it, so that a reader is not shown a condition that did
     * not matter as a reason: a group that passed "any" keeps the first branch that passed; a group
     * that failed "all" keeps the parts that failed; a group that passed "all" or failed "any" keeps
     * every part (each of them was needed, or each failed). The same cut applies inside every group.
     */
    public Verdict deciding() {
        if (parts == null) {
            return this;
        }
        boolean any = Rule.Join.ANY.json().equals(join);
        List<Verdict> kept;
        if (passed && any) {
            kept = parts.stream().filter(Verdict::passed).limit(1).toList();
        } else if (!passed && !any) {
            kept = parts.stream().filter(p -> !p.passed()).toList();
        } else {
            kept = parts;
        }
        return new Verdict(join, fact, label, op, status, passed, actual, required, text, kept.stream().map(Verdict::deciding).toList());
    }
}
