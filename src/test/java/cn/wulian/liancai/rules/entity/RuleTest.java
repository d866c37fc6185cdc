package cn.wulian.liancai.rules.entity;

import static cn.wulian.liancai.rules.entity.TestFacts.facts;
import static cn.wulian.liancai.rules.entity.TestFacts.rule;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.rules.entity.Outcome.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interpreter: every operator on every type it fits, both edges of each comparison, all/any
 * nesting, and missing data, which never passes (only {@code absent} is met by it).
 */
class RuleTest {

    /** the status of a one-condition rule on one fact value */
    static Status status(String condition, String fact, Object value) {
        Outcome.OfGroup outcome = (Outcome.OfGroup) rule("{'all':[" + condition + "]}").evaluate(facts(fact, value), TODAY);
        return ((Outcome.OfCondition) outcome.parts().getFirst()).status();
    }

    @ParameterizedTest(name = "{1} {0} 5000000 → {2}")
    @CsvSource({
            "eq, 5000000, PASSED", "eq, 4999999.99, FAILED", "eq, 5000000.00, PASSED",
            "ne, 5000000, FAILED", "ne, 1, PASSED",
            "gt, 5000000, FAILED", "gt, 5000000.01, PASSED",
            "gte, 5000000, PASSED", "gte, 4999999.99, FAILED",
            "lt, 5000000, FAILED", "lt, 4999999.99, PASSED",
            "lte, 5000000, PASSED", "lte, 5000000.01, FAILED"})
    void numbersCompareByValueWhateverTheirScale(String op, String actual, Status expected) {
        assertEquals(expected, status("{'fact':'amount','op':'" + op + "','value':5000000}", "amount", new BigDecimal(actual)));
    }

    @Test
    void numbersOfAnyJavaTypeCompare() {
        assertEquals(Status.PASSED, status("{'fact':'amount','op':'gte','value':3}", "amount", 3));
        assertEquals(Status.PASSED, status("{'fact':'amount','op':'gte','value':3}", "amount", 4L));
        assertEquals(Status.FAILED, status("{'fact':'amount','op':'gte','value':3}", "amount", 2.5));
    }

    @ParameterizedTest(name = "graduated {1}, {0} 2015 → {2}")
    @CsvSource({"eq, 2015, PASSED", "ne, 2015, FAILED", "gt, 2015, FAILED", "gt, 2016, PASSED", "gte, 2015, PASSED", "gte, 2014, FAILED",
            "lt, 2014, PASSED", "lt, 2015, FAILED", "lte, 2015, PASSED", "lte, 2016, FAILED"})
    void years(String op, int actual, Status expected) {
        assertEquals(expected, status("{'fact':'graduationYear','op':'" + op + "','value':2015}", "graduationYear", actual));
    }

    @ParameterizedTest(name = "{1} {0} 2024-03-01 → {2}")
    @CsvSource({"eq, 2024-03-01, PASSED", "eq, 2024-03-02, FAILED", "ne, 2024-03-02, PASSED",
            "gt, 2024-03-01, FAILED", "gt, 2024-03-02, PASSED", "gte, 2024-03-01, PASSED", "gte, 2024-02-29, FAILED",
            "lt, 2024-02-29, PASSED", "lt, 2024-03-01, FAILED", "lte, 2024-03-01, PASSED", "lte, 2024-03-02, FAILED"})
    void dates(String op, LocalDate actual, Status expected) {
        assertEquals(expected, status("{'fact':'foundedOn','op':'" + op + "','value':'2024-03-01'}", "foundedOn", actual));
    }

    @ParameterizedTest(name = "{1} {0} MASTER → {2}")
    @CsvSource({"eq, MASTER, PASSED", "eq, DOCTORATE, FAILED", "ne, BACHELOR, PASSED", "ne, MASTER, FAILED",
            "gte, MASTER, PASSED", "gte, DOCTORATE, PASSED", "gte, BACHELOR, FAILED",
            "gt, MASTER, FAILED", "gt, DOCTORATE, PASSED",
            "lte, MASTER, PASSED", "lte, HIGH_SCHOOL, PASSED", "lte, DOCTORATE, FAILED",
            "lt, MASTER, FAILED", "lt, BACHELOR, PASSED"})
    void ranksCompareByTheirOrderNotTheirNames(String op, String actual, Status expected) {
        assertEquals(expected, status("{'fact':'degree','op':'" + op + "','value':'MASTER'}", "degree", actual));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"in, fatong, PASSED", "in, cas, PASSED", "in, shibei, FAILED", "notIn, shibei, PASSED", "notIn, cas, FAILED"})
    void sets(String op, String actual, Status expected) {
        assertEquals(expected, status("{'fact':'platform','op':'" + op + "','values':['fatong','cas']}", "platform", actual));
    }

    @Test
    void setsOfNumbersAndRanks() {
        assertEquals(Status.PASSED, status("{'fact':'amount','op':'in','values':[1,2.50]}", "amount", new BigDecimal("2.5")));
        assertEquals(Status.FAILED, status("{'fact':'amount','op':'notIn','values':[1,2]}", "amount", 1));
        assertEquals(Status.PASSED, status("{'fact':'degree','op':'in','values':['MASTER','DOCTORATE']}", "degree", "DOCTORATE"));
    }

    @Test
    void openChoicesCompareText() {
        assertEquals(Status.PASSED, status("{'fact':'industry','op':'eq','value':'新材料'}", "industry", "新材料"));
        assertEquals(Status.FAILED, status("{'fact':'industry','op':'ne','value':'新材料'}", "industry", "新材料"));
    }

    @Test
    void flags() {
        assertEquals(Status.PASSED, status("{'fact':'companyInWulian','op':'isTrue'}", "companyInWulian", true));
        assertEquals(Status.FAILED, status("{'fact':'companyInWulian','op':'isTrue'}", "companyInWulian", false));
        assertEquals(Status.PASSED, status("{'fact':'companyInWulian','op':'isFalse'}", "companyInWulian", false));
        assertEquals(Status.FAILED, status("{'fact':'companyInWulian','op':'isFalse'}", "companyInWulian", true));
    }

    /** today is 2026-11-27: 24 months back is 2024-11-27, both ends inclusive */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2024-11-27, PASSED", "2024-11-26, FAILED", "2026-11-27, PASSED", "2026-11-28, FAILED", "2025-06-01, PASSED"})
    void withinMonthsCountsBackFromTheDayOfEvaluation(LocalDate founded, Status expected) {
        assertEquals(expected, status("{'fact':'foundedOn','op':'withinMonths','value':24}", "foundedOn", founded));
    }

    @Test
    void withinMonthsAtTheEndOfAMonth() {
        Rule rule = rule("{'fact':'foundedOn','op':'withinMonths','value':1}");
        LocalDate march31 = LocalDate.of(2025, 3, 31);
        assertTrue(rule.evaluate(facts("foundedOn", LocalDate.of(2025, 2, 28)), march31).passed(), "one month before 31 March is 28 February");
        assertFalse(rule.evaluate(facts("foundedOn", LocalDate.of(2025, 2, 27)), march31).passed());
    }

    @Nested
    class MissingData {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "{'fact':'amount','op':'gte','value':1}", "{'fact':'amount','op':'ne','value':1}",
                "{'fact':'amount','op':'notIn','values':[1]}", "{'fact':'foundedOn','op':'withinMonths','value':12}",
                "{'fact':'degree','op':'lt','value':'MASTER'}", "{'fact':'platform','op':'in','values':['cas']}",
                "{'fact':'companyInWulian','op':'isFalse'}"})
        void isReportedAsSuchAndNeverPasses(String condition) {
            String fact = condition.substring(9, condition.indexOf('\'', 9));
            assertEquals(Status.MISSING, status(condition, fact, null));
            Outcome.OfGroup none = (Outcome.OfGroup) rule("{'all':[" + condition + "]}").evaluate(Map.of(), TODAY);
            assertEquals(Status.MISSING, ((Outcome.OfCondition) none.parts().getFirst()).status(), "a fact not given at all is missing too");
            assertFalse(none.passed());
        }

        @Test
        void presentAndAbsentAskExactlyThat() {
            assertEquals(Status.PASSED, status("{'fact':'foundedOn','op':'present'}", "foundedOn", TODAY));
            assertEquals(Status.FAILED, status("{'fact':'foundedOn','op':'present'}", "foundedOn", null));
            assertEquals(Status.PASSED, status("{'fact':'foundedOn','op':'absent'}", "foundedOn", null));
            assertEquals(Status.FAILED, status("{'fact':'foundedOn','op':'absent'}", "foundedOn", TODAY));
        }

        @Test
        void theActualValueIsNullAndTheOtherConditionsAreStillEvaluated() {
            Outcome.OfGroup outcome = (Outcome.OfGroup) rule(
                    "{'any':[{'fact':'amount','op':'gte','value':1},{'fact':'degree','op':'gte','value':'MASTER'}]}")
                    .evaluate(facts("degree", "DOCTORATE"), TODAY);
            assertTrue(outcome.passed(), "one part of an any group is enough, even with data missing elsewhere");
            Outcome.OfCondition amount = (Outcome.OfCondition) outcome.parts().get(0);
            assertEquals(Status.MISSING, amount.status());
            assertEquals(null, amount.actual());
            assertEquals(Status.PASSED, ((Outcome.OfCondition) outcome.parts().get(1)).status());
        }
    }

    @Nested
    class Groups {

        static final String RULE = "{'all':[{'fact':'platform','op':'in','values':['fatong','cas']},"
                + "{'any':[{'fact':'degree','op':'gte','value':'MASTER'},"
                + "{'all':[{'fact':'amount','op':'gte','value':5},{'fact':'companyInWulian','op':'isTrue'}]}]}]}";

        boolean passes(Object... facts) {
            return rule(RULE).evaluate(facts(facts), TODAY).passed();
        }

        @Test
        void allNeedsEveryPartAndAnyOne() {
            assertTrue(passes("platform", "cas", "degree", "MASTER"));
            assertTrue(passes("platform", "cas", "degree", "BACHELOR", "amount", 5, "companyInWulian", true));
            assertFalse(passes("platform", "cas", "degree", "BACHELOR", "amount", 5, "companyInWulian", false));
            assertFalse(passes("platform", "shibei", "degree", "DOCTORATE"));
            assertFalse(passes("platform", "cas"));
        }

        @Test
        void everyConditionIsReportedInOrderNoShortCut() {
            Outcome.OfGroup outcome = (Outcome.OfGroup) rule(RULE).evaluate(facts("platform", "shibei", "degree", "MASTER"), TODAY);
            assertFalse(outcome.passed());
            Outcome.OfGroup any = (Outcome.OfGroup) outcome.parts().get(1);
            assertTrue(any.passed());
            Outcome.OfGroup inner = (Outcome.OfGroup) any.parts().get(1);
            assertEquals(List.of(Status.MISSING, Status.MISSING),
                    inner.parts().stream().map(p -> ((Outcome.OfCondition) p).status()).toList());
            assertEquals(List.of("platform", "degree", "amount", "companyInWulian"),
                    rule(RULE).conditions().stream().map(c -> c.fact().name()).toList());
        }

        @Test
        void anEmptyAllGroupHoldsForEveryone() {
            assertTrue(rule("{'all':[]}").evaluate(Map.of(), TODAY).passed());
        }

        @Test
        void aSingleConditionIsARuleToo() {
            Outcome outcome = rule("{'fact':'degree','op':'gte','value':'MASTER'}").evaluate(facts("degree", "MASTER"), TODAY);
            assertTrue(outcome instanceof Outcome.OfCondition c && c.passed() && "MASTER".equals(c.actual()));
        }
    }
}
