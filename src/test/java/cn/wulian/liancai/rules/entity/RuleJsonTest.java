package cn.wulian.liancai.rules.entity;

import static cn.wulian.liancai.rules.entity.TestFacts.CATALOG;
import static cn.wulian.liancai.rules.entity.TestFacts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading rules: the canonical form that is stored, and every way a rule can be wrong, each reported
 * against the field {@code rule} with the place in the rule and what is wrong — so a bad rule is
 * never stored.
 */
class RuleJsonTest {

    /** the error a rule gives: its message key and its message in both languages */
    record Refusal(String key, String chinese, String english) {
    }

    static Refusal refusal(String json) {
        DomainViolation e = assertThrows(DomainViolation.class, () -> RuleJson.parse(json.replace('\'', '"'), CATALOG));
        assertEquals(List.of(RuleJson.FIELD), List.copyOf(e.fieldKeys().keySet()));
        return new Refusal(e.fieldKeys().get(RuleJson.FIELD), e.text(RuleJson.FIELD, Messages.CHINESE), e.text(RuleJson.FIELD, Locale.ENGLISH));
    }

    @Test
    void theStoredFormIsCanonical() {
        Rule rule = rule("{ 'all' : [ {'op':'gte', 'fact':'amount', 'value': 5000000.00}, {'fact':'degree','op':'in','values':['MASTER','MASTER','DOCTORATE']},"
                + " {'any':[{'fact':'foundedOn','op':'withinMonths','value':24},{'fact':'companyInWulian','op':'isTrue'}]},"
                + " {'fact':'foundedOn','op':'lt','value':'2024-03-01'}, {'fact':'platform','op':'eq','value':' cas '}]}");
        assertEquals("{\"all\":[{\"fact\":\"amount\",\"op\":\"gte\",\"value\":5000000},"
                + "{\"fact\":\"degree\",\"op\":\"in\",\"values\":[\"MASTER\",\"DOCTORATE\"]},"
                + "{\"any\":[{\"fact\":\"foundedOn\",\"op\":\"withinMonths\",\"value\":24},{\"fact\":\"companyInWulian\",\"op\":\"isTrue\"}]},"
                + "{\"fact\":\"foundedOn\",\"op\":\"lt\",\"value\":\"2024-03-01\"},{\"fact\":\"platform\",\"op\":\"eq\",\"value\":\"cas\"}]}",
                RuleJson.text(rule));
        assertEquals(RuleJson.text(rule), RuleJson.text(RuleJson.parse(RuleJson.text(rule), CATALOG)), "reading the stored form gives it back");
    }

    @Test
    void valuesAreTyped() {
        List<Rule.Condition> c = rule("{'all':[{'fact':'amount','op':'gte','value':1.50},{'fact':'foundedOn','op':'eq','value':'2024-03-01'},"
                + "{'fact':'foundedOn','op':'withinMonths','value':6},{'fact':'graduationYear','op':'in','values':[2015,2016]}]}").conditions();
        assertEquals(List.of(new BigDecimal("1.5")), c.get(0).values());
        assertEquals(List.of(LocalDate.of(2024, 3, 1)), c.get(1).values());
        assertEquals(List.of(6), c.get(2).values());
        assertEquals(List.of(new BigDecimal("2015"), new BigDecimal("2016")), c.get(3).values());
    }

    @Test
    void aRuleMayComeAsAJsonValueOrAsText() {
        String text = "{\"fact\":\"companyInWulian\",\"op\":\"isTrue\"}";
        JsonValue value = Json.createReader(new java.io.StringReader(text)).readValue();
        assertEquals(text, RuleJson.text(RuleJson.parse(value, CATALOG)));
        assertEquals(text, RuleJson.text(RuleJson.parse(Json.createValue(text), CATALOG)));
    }

    @Test
    void anUnknownFactIsNamedWithTheOnesThatExist() {
        Refusal r = refusal("{'all':[{'fact':'degree','op':'gte','value':'MASTER'},{'fact':'degre','op':'gte','value':'MASTER'}]}");
        assertEquals("validation.rule.unknownFact", r.key());
        assertEquals("all[1]：没有条件项“degre”；可用：amount, graduationYear, foundedOn, degree, platform, industry, companyInWulian", r.chinese());
        assertEquals("all[1]: no fact \"degre\" for this kind; known: amount, graduationYear, foundedOn, degree, platform, industry, companyInWulian",
                r.english());
    }

    @Test
    void anUnknownOperatorOrOneThatDoesNotFitTheFact() {
        assertEquals("all[0]：条件项“degree”不能用运算“atLeast”；可用：eq, ne, gt, gte, lt, lte, in, notIn, present, absent",
                refusal("{'all':[{'fact':'degree','op':'atLeast','value':'MASTER'}]}").chinese());
        assertEquals("rule: fact \"platform\" does not take operator \"gte\"; it takes: eq, ne, in, notIn, present, absent",
                refusal("{'fact':'platform','op':'gte','value':'cas'}").english());
        assertEquals("validation.rule.operator", refusal("{'fact':'degree','op':'withinMonths','value':3}").key());
        assertEquals("validation.rule.operator", refusal("{'fact':'companyInWulian','op':'eq','value':true}").key());
        assertEquals("validation.rule.operator", refusal("{'fact':'degree'}").key());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'fact':'amount','op':'gte','value':'5000000'}        | validation.rule.number",
            "{'fact':'amount','op':'gte','value':true}             | validation.rule.number",
            "{'fact':'graduationYear','op':'gte','value':2015.5}   | validation.rule.year",
            "{'fact':'foundedOn','op':'gte','value':'2024-02-30'}  | validation.rule.date",
            "{'fact':'foundedOn','op':'gte','value':20240201}      | validation.rule.date",
            "{'fact':'degree','op':'gte','value':'PHD'}            | validation.rule.code",
            "{'fact':'degree','op':'gte','value':4}                | validation.rule.code",
            "{'fact':'platform','op':'in','values':['cas','moon']} | validation.rule.code",
            "{'fact':'industry','op':'eq','value':' '}             | validation.rule.code",
            "{'fact':'platform','op':'in','value':'cas'}           | validation.rule.manyValues",
            "{'fact':'platform','op':'in','values':[]}             | validation.rule.manyValues",
            "{'fact':'platform','op':'in','values':'cas'}          | validation.rule.manyValues",
            "{'fact':'platform','op':'eq','values':['cas']}        | validation.rule.oneValue",
            "{'fact':'platform','op':'eq'}                         | validation.rule.oneValue",
            "{'fact':'companyInWulian','op':'isTrue','value':true} | validation.rule.noValue",
            "{'fact':'foundedOn','op':'present','values':[]}       | validation.rule.noValue",
            "{'fact':'foundedOn','op':'withinMonths','value':0}    | validation.rule.months",
            "{'fact':'foundedOn','op':'withinMonths','value':1.5}  | validation.rule.months",
            "{'fact':'foundedOn','op':'withinMonths','value':'6'}  | validation.rule.months",
            "{'fact':'foundedOn','op':'withinMonths','value':1201} | validation.rule.months"})
    void aValueOfTheWrongTypeOrShape(String condition, String key) {
        assertEquals(key, refusal(condition).key());
    }

    @Test
    void wrongValueMessagesSayWhatIsExpected() {
        assertEquals("all[0].any[1]: the value of amount must be a number",
                refusal("{'all':[{'any':[{'fact':'degree','op':'gte','value':'MASTER'},{'fact':'amount','op':'gte','value':'很多'}]}]}").english());
        assertEquals("rule：platform 的值不是可选项之一：fatong, shibei, cas, kunshan",
                refusal("{'fact':'platform','op':'eq','value':'moon'}").chinese());
        assertEquals("rule: \"withinMonths\" needs a whole number of months from 1 to 1200",
                refusal("{'fact':'foundedOn','op':'withinMonths','value':-1}").english());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "[]                                                       | validation.rule.shape",
            "'all'                                                    | validation.rule.shape",
            "{}                                                       | validation.rule.shape",
            "{'all':{}}                                               | validation.rule.shape",
            "{'every':[]}                                             | validation.rule.shape",
            "{'all':[],'any':[]}                                      | validation.rule.shape",
            "{'all':[3]}                                              | validation.rule.shape",
            "{'any':[]}                                               | validation.rule.emptyAny",
            "{'fact':'amount','op':'gte','value':1,'unit':'yuan'}     | validation.rule.unknownKey",
            "{'fact':'amount','op':'gte','vaule':1}                   | validation.rule.unknownKey",
            "{'all':[{'fact':'amount','op':'gte','value':1}]        | validation.rule.json",
            "not json                                                 | validation.rule.json"})
    void aRuleOfTheWrongShape(String json, String key) {
        assertEquals(key, refusal(json).key());
    }

    @Test
    void aMissingRuleIsRequired() {
        assertEquals(Map.of("rule", "validation.required"),
                assertThrows(DomainViolation.class, () -> RuleJson.parse((JsonValue) null, CATALOG)).fieldKeys());
        assertEquals(Map.of("rule", "validation.required"),
                assertThrows(DomainViolation.class, () -> RuleJson.parse(JsonValue.NULL, CATALOG)).fieldKeys());
        assertEquals(Map.of("rule", "validation.required"),
                assertThrows(DomainViolation.class, () -> RuleJson.parse(" ", CATALOG)).fieldKeys());
    }

    @Test
    void rulesHaveLimits() {
        String deep = "{'fact':'amount','op':'gte','value':1}";
        for (int i = 0; i < RuleJson.MAX_DEPTH; i++) {
            deep = "{'all':[" + deep + "]}";
        }
        rule(deep);
        assertEquals("validation.rule.tooLarge", refusal("{'all':[" + deep + "]}").key());
        String many = "{'fact':'amount','op':'gte','value':1}" + ",{'fact':'amount','op':'gte','value':1}".repeat(RuleJson.MAX_CONDITIONS - 1);
        rule("{'all':[" + many + "]}");
        assertEquals("规则过大：最多 50 个条件、嵌套 5 层", refusal("{'all':[" + many + ",{'fact':'amount','op':'gte','value':1}]}").chinese());
    }

    @Test
    void aStoredRuleStaysReadableWhenACodeLeftItsList() {
        String stored = "{\"fact\":\"platform\",\"op\":\"eq\",\"value\":\"closed-platform\"}";
        assertEquals(stored, RuleJson.text(RuleJson.stored(stored, CATALOG)));
        assertThrows(DomainViolation.class, () -> RuleJson.parse(stored, CATALOG), "but it cannot be saved again as it is");
    }
}
