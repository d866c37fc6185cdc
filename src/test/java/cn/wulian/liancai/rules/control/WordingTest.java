package cn.wulian.liancai.rules.control;

import static cn.wulian.liancai.shared.TestClock.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.Outcome;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reasons in words, in Chinese and in English: the fact's label, the subject's actual value
 * (or "not recorded") and the requirement, for every operator and kind of value.
 */
class WordingTest {

    static final List<Platform> PLATFORMS = List.of(
            new Platform("fatong", "法桐小院", "Fatong Courtyard", null, null, null, null, null, null, null),
            new Platform("cas", "中科院知识产权小镇", "CAS IP Town", null, null, null, null, null, null, null));
    static final List<Township> TOWNSHIPS = List.of(new Township("371121001", "洪凝街道", "Hongning Subdistrict", "街道"),
            new Township("371121102", "街头镇", null, "镇"));

    static FactCatalog catalog(SubjectKind kind) {
        return FactSources.of(kind, PLATFORMS, TOWNSHIPS).catalog();
    }

    /** the sentence for a one-condition rule on one value, in a language */
    static String sentence(SubjectKind kind, String condition, String fact, Object actual, Locale locale) {
        Rule rule = RuleJson.parse(condition.replace('\'', '"'), catalog(kind));
        Map<String, Object> facts = new HashMap<>();
        facts.put(fact, actual);
        return new Wording(kind, locale, TODAY).sentence((Outcome.OfCondition) rule.evaluate(facts, TODAY));
    }

    static String zh(SubjectKind kind, String condition, String fact, Object actual) {
        return sentence(kind, condition, fact, actual, Messages.CHINESE);
    }

    static String en(SubjectKind kind, String condition, String fact, Object actual) {
        return sentence(kind, condition, fact, actual, Locale.ENGLISH);
    }

    @Test
    void theIssuesExample() {
        String masterOrAbove = "{'fact':'degree','op':'gte','value':'MASTER'}";
        assertEquals("最高学历：本科；要求：硕士及以上", zh(SubjectKind.TALENT, masterOrAbove, "degree", "BACHELOR"));
        assertEquals("highest degree: Bachelor; required: Master or above", en(SubjectKind.TALENT, masterOrAbove, "degree", "BACHELOR"));
    }

    @Test
    void missingDataIsSaidToBeNotRecorded() {
        String c = "{'fact':'leaderDegree','op':'gte','value':'MASTER'}";
        assertEquals("带头人最高学历：未登记；要求：硕士及以上", zh(SubjectKind.TEAM, c, "leaderDegree", null));
        assertEquals("leader's highest degree: not recorded; required: Master or above", en(SubjectKind.TEAM, c, "leaderDegree", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "eq     | 5000000    | 计划投资：5,000,000.50 元；要求：5,000,000 元       | planned investment: 5,000,000.50 yuan; required: 5,000,000 yuan",
            "ne     | 5000000    | 计划投资：5,000,000.50 元；要求：不是5,000,000 元    | planned investment: 5,000,000.50 yuan; required: not 5,000,000 yuan",
            "gt     | 5000000    | 计划投资：5,000,000.50 元；要求：多于 5,000,000 元   | planned investment: 5,000,000.50 yuan; required: more than 5,000,000 yuan",
            "gte    | 100000000  | 计划投资：5,000,000.50 元；要求：不少于 100,000,000 元 | planned investment: 5,000,000.50 yuan; required: at least 100,000,000 yuan",
            "lt     | 0.5        | 计划投资：5,000,000.50 元；要求：少于 0.50 元         | planned investment: 5,000,000.50 yuan; required: less than 0.50 yuan",
            "lte    | 5000000    | 计划投资：5,000,000.50 元；要求：不超过 5,000,000 元  | planned investment: 5,000,000.50 yuan; required: at most 5,000,000 yuan"})
    void amountsWithTheirUnit(String op, String value, String chinese, String english) {
        String c = "{'fact':'plannedInvestment','op':'" + op + "','value':" + value + "}";
        BigDecimal actual = new BigDecimal("5000000.50");
        assertEquals(chinese, zh(SubjectKind.PROJECT, c, "plannedInvestment", actual));
        assertEquals(english, en(SubjectKind.PROJECT, c, "plannedInvestment", actual));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "gt  | 成立日期：2020-04-05；要求：2021-01-01 之后    | founded on: 2020-04-05; required: after 2021-01-01",
            "gte | 成立日期：2020-04-05；要求：2021-01-01 或之后  | founded on: 2020-04-05; required: 2021-01-01 or later",
            "lt  | 成立日期：2020-04-05；要求：2021-01-01 之前    | founded on: 2020-04-05; required: before 2021-01-01",
            "lte | 成立日期：2020-04-05；要求：2021-01-01 或之前  | founded on: 2020-04-05; required: 2021-01-01 or earlier",
            "eq  | 成立日期：2020-04-05；要求：2021-01-01         | founded on: 2020-04-05; required: 2021-01-01"})
    void datesAreEarlierOrLater(String op, String chinese, String english) {
        String c = "{'fact':'foundedOn','op':'" + op + "','value':'2021-01-01'}";
        assertEquals(chinese, zh(SubjectKind.TEAM, c, "foundedOn", LocalDate.of(2020, 4, 5)));
        assertEquals(english, en(SubjectKind.TEAM, c, "foundedOn", LocalDate.of(2020, 4, 5)));
    }

    @Test
    void withinMonthsNamesTheDayItCountsFrom() {
        String c = "{'fact':'foundedOn','op':'withinMonths','value':72}";
        assertEquals("成立日期：2020-04-05；要求：近 72 个月内（2020-11-27 或之后）", zh(SubjectKind.TEAM, c, "foundedOn", LocalDate.of(2020, 4, 5)));
        assertEquals("founded on: 2020-04-05; required: within the last 72 months (2020-11-27 or later)",
                en(SubjectKind.TEAM, c, "foundedOn", LocalDate.of(2020, 4, 5)));
    }

    @Test
    void yearsAreNotGroupedLikeAmounts() {
        String c = "{'fact':'graduationYear','op':'gte','value':2021}";
        assertEquals("毕业年份：2015；要求：2021 或之后", zh(SubjectKind.TALENT, c, "graduationYear", 2015));
        assertEquals("graduation year: 2015; required: 2021 or later", en(SubjectKind.TALENT, c, "graduationYear", 2015));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "gt  | 最高学历：本科；要求：高于硕士    | highest degree: Bachelor; required: above Master",
            "lt  | 最高学历：本科；要求：低于硕士    | highest degree: Bachelor; required: below Master",
            "lte | 最高学历：本科；要求：硕士及以下  | highest degree: Bachelor; required: Master or below",
            "ne  | 最高学历：本科；要求：不是硕士    | highest degree: Bachelor; required: not Master"})
    void ranksAreAboveOrBelow(String op, String chinese, String english) {
        String c = "{'fact':'degree','op':'" + op + "','value':'MASTER'}";
        assertEquals(chinese, zh(SubjectKind.TALENT, c, "degree", "BACHELOR"));
        assertEquals(english, en(SubjectKind.TALENT, c, "degree", "BACHELOR"));
    }

    @Test
    void setsListTheirMembersByName() {
        String in = "{'fact':'platform','op':'in','values':['fatong','cas']}";
        assertEquals("所在平台：法桐小院；要求：法桐小院、中科院知识产权小镇之一", zh(SubjectKind.TEAM, in, "platform", "fatong"));
        assertEquals("platform: Fatong Courtyard; required: one of Fatong Courtyard, CAS IP Town", en(SubjectKind.TEAM, in, "platform", "fatong"));
        String notIn = "{'fact':'status','op':'notIn','values':['DRAFT','EXITED']}";
        assertEquals("团队状态：孵化中；要求：不属于草稿、已退出", zh(SubjectKind.TEAM, notIn, "status", "INCUBATING"));
        assertEquals("team status: Incubating; required: none of Draft, Exited", en(SubjectKind.TEAM, notIn, "status", "INCUBATING"));
        String single = "{'fact':'township','op':'in','values':['371121102']}";
        assertEquals("家乡乡镇：洪凝街道；要求：街头镇", zh(SubjectKind.TALENT, single, "township", "371121001"));
        assertEquals("home township: Hongning Subdistrict; required: 街头镇", en(SubjectKind.TALENT, single, "township", "371121001"),
                "a township without an English name is named in Chinese");
        assertEquals("所在平台：法桐小院；要求：不是中科院知识产权小镇",
                zh(SubjectKind.TEAM, "{'fact':'platform','op':'notIn','values':['cas']}", "platform", "fatong"));
    }

    @Test
    void flagsPresenceAndCounts() {
        assertEquals("家乡在五莲：否；要求：是", zh(SubjectKind.TALENT, "{'fact':'hometownInWulian','op':'isTrue'}", "hometownInWulian", false));
        assertEquals("hometown in Wulian: no; required: yes", en(SubjectKind.TALENT, "{'fact':'hometownInWulian','op':'isTrue'}", "hometownInWulian", false));
        assertEquals("企业注册在五莲：是；要求：否", zh(SubjectKind.TEAM, "{'fact':'companyInWulian','op':'isFalse'}", "companyInWulian", true));
        assertEquals("入孵日期：未登记；要求：已登记", zh(SubjectKind.TEAM, "{'fact':'incubationStart','op':'present'}", "incubationStart", null));
        assertEquals("incubation start: 2024-03-01; required: not recorded",
                en(SubjectKind.TEAM, "{'fact':'incubationStart','op':'absent'}", "incubationStart", LocalDate.of(2024, 3, 1)));
        assertEquals("知识产权数：3 项；要求：不少于 5 项", zh(SubjectKind.TEAM, "{'fact':'ipCount','op':'gte','value':5}", "ipCount", 3));
        assertEquals("age: 46 years; required: at most 45 years", en(SubjectKind.TALENT, "{'fact':'age','op':'lte','value':45}", "age", 46));
        assertEquals("团队人数：2 人；要求：不少于 3 人", zh(SubjectKind.TEAM, "{'fact':'headcount','op':'gte','value':3}", "headcount", 2));
    }

    @Test
    void aWholeRuleInOneLine() {
        Rule rule = RuleJson.parse(("{'all':[{'fact':'status','op':'eq','value':'INCUBATING'},"
                + "{'any':[{'fact':'leaderDegree','op':'gte','value':'MASTER'},{'fact':'ipCount','op':'gte','value':5}]}]}")
                .replace('\'', '"'), catalog(SubjectKind.TEAM));
        assertEquals("团队状态：孵化中；（以下任一：带头人最高学历：硕士及以上；知识产权数：不少于 5 项）",
                new Wording(SubjectKind.TEAM, Messages.CHINESE, TODAY).describe(rule));
        assertEquals("team status: Incubating; (any of: leader's highest degree: Master or above; IP items: at least 5 items)",
                new Wording(SubjectKind.TEAM, Locale.ENGLISH, TODAY).describe(rule));
        assertEquals("不限条件", new Wording(SubjectKind.TEAM, Locale.CHINA, TODAY).describe(RuleJson.parse("{\"all\":[]}", catalog(SubjectKind.TEAM))));
    }

    @Test
    void everyFactOfEveryKindHasALabelInBothLanguages() {
        for (SubjectKind kind : SubjectKind.values()) {
            for (var fact : catalog(kind).facts()) {
                for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                    String label = new Wording(kind, locale, TODAY).label(fact);
                    assertEquals(false, label.startsWith("rule.fact."), () -> "no label for " + kind + "." + fact.name() + " in " + locale);
                }
            }
        }
    }
}
