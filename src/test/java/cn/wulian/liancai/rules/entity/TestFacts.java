package cn.wulian.liancai.rules.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small catalog with one fact of every type, and a builder of facts for it, for the interpreter's tests. */
public final class TestFacts {

    public static final FactCatalog CATALOG = new FactCatalog(SubjectKind.TEAM, List.of(
            Fact.number("amount", "rule.unit.yuan"),
            Fact.year("graduationYear"),
            Fact.date("foundedOn"),
            Fact.rank("degree", List.of("HIGH_SCHOOL", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"),
                    (code, locale) -> code.toLowerCase()),
            Fact.choice("platform", List.of("fatong", "shibei", "cas", "kunshan"), null),
            Fact.choice("industry", null, null),
            Fact.flag("companyInWulian")));

    private TestFacts() {
    }

    public static Rule rule(String json) {
        return RuleJson.parse(json.replace('\'', '"'), CATALOG);
    }

    /** fact values by name; {@code null} values are kept (missing data) */
    public static Map<String, Object> facts(Object... nameValue) {
        Map<String, Object> facts = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            facts.put((String) nameValue[i], nameValue[i + 1]);
        }
        return facts;
    }
}
