package cn.wulian.liancai.rules.control;

import cn.wulian.liancai.rules.entity.Outcome;
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
}
