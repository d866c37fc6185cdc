package cn.wulian.liancai.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.rest.PageRequests.FilterRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a list's coded filters take; the rest is refused naming the filter (EdgeCasesIT, over HTTP). */
class FilterRuleTest {

    enum Kind { TALENT, TEAM }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "codes  | TEAM           | true",
            "codes  | team           | true",    // the lists read codes in any case
            "codes  | TALENT,TEAM    | false",   // a list that reads one code found nothing for two
            "several | TALENT,TEAM   | true",    // several, as the application list's quick filters send them
            "several | TEAM,ROBOT    | false",
            "codes  | ROBOT          | false",
            "year   | 2026           | true",
            "year   | 26             | false",
            "year   | abc            | false",
            "ids    | 12,15          | true",
            "ids    | 12,abc         | false",
            "record | TEAM:12        | true",
            "record | team:12        | true",
            "record | TEAM:abc       | false",
            "record | ROBOT:12       | false",
            "record | TEAM           | false",
            "record | TEAM:1,TEAM:2  | false",
            "year   | 2023,2024      | false",
            "words  | open           | true",    // a list's own word beside the codes
            "words  | OPEN           | true",
            "words  | TEAM           | true",
            "words  | opened         | false"})
    void aRuleTakesItsValuesAndNoOthers(String rule, String value, boolean taken) {
        FilterRule r = switch (rule) {
            case "codes" -> FilterRule.codes(Kind.class);
            case "several" -> FilterRule.codes(Kind.class).several();
            case "words" -> FilterRule.codes(Kind.class, "open");
            case "year" -> FilterRule.year();
            case "ids" -> FilterRule.ids();
            default -> FilterRule.record(Kind.class);
        };
        assertEquals(taken, r.takes(value), rule + " " + value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"codes | TALENT, TEAM", "record | TALENT:12, TEAM:12"})
    void aRefusalSaysWhatTheFilterTakes(String rule, String examples) {
        FilterRule r = "codes".equals(rule) ? FilterRule.codes(Kind.class) : FilterRule.record(Kind.class);
        assertEquals(examples, r.examples());
        assertTrue(r.takes(""), "an empty value is no filter");
        assertFalse(r.takes("x"));
    }
}
