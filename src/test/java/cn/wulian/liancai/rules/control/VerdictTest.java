package cn.wulian.liancai.rules.control;

import static cn.wulian.liancai.shared.TestClock.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What decided a verdict: a passed "any" shows the branch that passed and no ✗, a failed "all"
 * exactly the conditions that failed, and the same cut inside nested groups; and the rule as the
 * numbered list of its clauses.
 */
class VerdictTest {

    static final String BACHELOR = "{'fact':'degree','op':'eq','value':'BACHELOR'}";
    static final String MASTER_OR_ABOVE = "{'fact':'degree','op':'gte','value':'MASTER'}";
    static final String HOMETOWN = "{'fact':'hometownInWulian','op':'isTrue'}";
    static final String AT_MOST_35 = "{'fact':'age','op':'lte','value':35}";

    static Rule rule(String json) {
        return RuleJson.parse(json.replace('\'', '"'), WordingTest.catalog(SubjectKind.TALENT));
    }

    static Wording wording() {
        return new Wording(SubjectKind.TALENT, Messages.CHINESE, TODAY);
    }

    /** a doctor of 40 from outside Wulian */
    static Verdict verdict(String json) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("degree", "DOCTORATE");
        facts.put("hometownInWulian", false);
        facts.put("age", new BigDecimal(40));
        return Verdict.of(rule(json).evaluate(facts, TODAY), wording());
    }

    /** the conditions left, as "✓ sentence" or "✗ sentence", depth first */
    static List<String> leaves(Verdict v) {
        List<String> leaves = new ArrayList<>();
        collect(v, leaves);
        return leaves;
    }

    private static void collect(Verdict v, List<String> leaves) {
        if (v.parts() == null) {
            leaves.add((v.passed() ? "✓ " : "✗ ") + v.text());
        } else {
            v.parts().forEach(p -> collect(p, leaves));
        }
    }

    @Test
    void aPassedAnyShowsTheBranchThatPassedAndNoCross() {
        Verdict v = verdict("{'any':[" + BACHELOR + "," + MASTER_OR_ABOVE + "," + HOMETOWN + "]}");
        assertTrue(v.passed());
        // all three are evaluated; the doctor is no bachelor and not from Wulian, which is no reason here
        assertEquals(3, leaves(v).size());
        assertEquals(List.of("✓ 最高学历：博士；要求：硕士及以上"), leaves(v.deciding()));
    }

    @Test
    void aFailedAllShowsExactlyTheConditionsThatFailed() {
        Verdict v = verdict("{'all':[" + MASTER_OR_ABOVE + "," + HOMETOWN + "," + AT_MOST_35 + "]}");
        assertFalse(v.passed());
        assertEquals(List.of("✗ 家乡在五莲：否；要求：是", "✗ 年龄：40 岁；要求：不超过 35 岁"), leaves(v.deciding()));
    }

    @Test
    void aPassedAllShowsEveryCondition() {
        Verdict v = verdict("{'all':[" + MASTER_OR_ABOVE + ",{'fact':'age','op':'lte','value':45}]}");
        assertEquals(List.of("✓ 最高学历：博士；要求：硕士及以上", "✓ 年龄：40 岁；要求：不超过 45 岁"), leaves(v.deciding()));
    }

    @Test
    void aFailedAnyShowsEveryBranchEachCutToWhatFailedInIt() {
        Verdict v = verdict("{'any':[{'all':[" + MASTER_OR_ABOVE + "," + AT_MOST_35 + "]}," + HOMETOWN + "]}");
        assertFalse(v.passed());
        Verdict deciding = v.deciding();
        assertEquals(List.of("✗ 年龄：40 岁；要求：不超过 35 岁", "✗ 家乡在五莲：否；要求：是"), leaves(deciding));
        assertEquals("all", deciding.parts().get(0).join(), "the branch stays a group, so the reader sees what it asked");
    }

    @Test
    void nestedGroupsAreCutAtEveryLevel() {
        // a passed "any" inside a failed "all" is no reason for the failure; inside the passed "any" only its passing branch counts
        String passingAny = "{'any':[{'all':[" + BACHELOR + "," + HOMETOWN + "]}," + MASTER_OR_ABOVE + "]}";
        Verdict failing = verdict("{'all':[" + passingAny + "," + AT_MOST_35 + "]}");
        assertEquals(List.of("✗ 年龄：40 岁；要求：不超过 35 岁"), leaves(failing.deciding()));

        Verdict passing = verdict("{'all':[" + passingAny + ",{'fact':'age','op':'lte','value':45}]}");
        Verdict deciding = passing.deciding();
        assertEquals(List.of("✓ 最高学历：博士；要求：硕士及以上", "✓ 年龄：40 岁；要求：不超过 45 岁"), leaves(deciding));
        assertEquals(1, deciding.parts().get(0).parts().size());
    }

    @Test
    void theRuleReadsAsNumberedClausesOfItsOuterAll() {
        Wording w = wording();
        assertEquals(List.of("最高学历：硕士及以上", "（以下任一：家乡在五莲：是；年龄：不超过 35 岁）"),
                w.clauses(rule("{'all':[" + MASTER_OR_ABOVE + ",{'any':[" + HOMETOWN + "," + AT_MOST_35 + "]}]}")));
        assertEquals(List.of("（以下任一：最高学历：硕士及以上；家乡在五莲：是）"),
                w.clauses(rule("{'any':[" + MASTER_OR_ABOVE + "," + HOMETOWN + "]}")));
        assertEquals(List.of(), w.clauses(rule("{'all':[]}")));
    }
}
