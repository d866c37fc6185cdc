package cn.wulian.liancai.rules.control;

import static cn.wulian.liancai.shared.TestClock.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.rules.control.RuleEditor.LineKind;
import cn.wulian.liancai.rules.control.RuleEditor.Node;
import cn.wulian.liancai.rules.control.RuleEditor.Option;
import cn.wulian.liancai.rules.control.RuleEditor.Widget;
import cn.wulian.liancai.rules.entity.Fact;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.FactType;
import cn.wulian.liancai.rules.entity.Operator;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.rules.entity.TestFacts;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule editor without a page: a tree and its JSON make the same rule both ways, the menus
 * offer exactly what the parser accepts, unfinished input is kept and named, and raw JSON can be
 * edited instead of the tree.
 */
class RuleEditorTest {

    static final FactCatalog TEAMS = WordingTest.catalog(SubjectKind.TEAM);

    static RuleEditor editor(String json) {
        return RuleEditor.of(TestFacts.rule(json), TestFacts.CATALOG, TODAY);
    }

    /** the conditions' nodes, in order */
    static List<Node> conditions(RuleEditor editor) {
        return editor.getLines().stream().filter(l -> l.kind() == LineKind.CONDITION).map(RuleEditor.Line::node).toList();
    }

    static Node added(RuleEditor editor, int groupId, String fact) {
        editor.addCondition(groupId);
        Node node = conditions(editor).getLast();
        node.setFact(fact);
        editor.factChanged(node.getId());
        return node;
    }

    @Test
    void aStoredRuleOpensAsATreeAndComesBackTheSame() {
        String json = "{'all': [{'fact': 'amount', 'op': 'gte', 'value': 5000000},"
                + " {'any': [{'fact': 'platform', 'op': 'in', 'values': ['fatong', 'cas']}, {'fact': 'companyInWulian', 'op': 'isTrue'}]},"
                + " {'fact': 'foundedOn', 'op': 'withinMonths', 'value': 24}, {'fact': 'foundedOn', 'op': 'lt', 'value': '2020-01-01'},"
                + " {'fact': 'degree', 'op': 'gte', 'value': 'MASTER'}, {'fact': 'industry', 'op': 'notIn', 'values': ['石材', '纺织']},"
                + " {'fact': 'graduationYear', 'op': 'eq', 'value': 2010}, {'fact': 'amount', 'op': 'in', 'values': [1.5, 2]}]}";
        Rule rule = TestFacts.rule(json);
        RuleEditor editor = RuleEditor.of(rule, TestFacts.CATALOG, TODAY);

        assertEquals(RuleJson.json(rule), editor.toJson());
        assertEquals(List.of(LineKind.GROUP, LineKind.CONDITION, LineKind.GROUP, LineKind.CONDITION, LineKind.CONDITION, LineKind.END,
                LineKind.CONDITION, LineKind.CONDITION, LineKind.CONDITION, LineKind.CONDITION, LineKind.CONDITION, LineKind.CONDITION,
                LineKind.END), editor.getLines().stream().map(RuleEditor.Line::kind).toList());
        assertEquals(List.of(0, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1), editor.getLines().stream().map(RuleEditor.Line::depth).toList());
        Node date = conditions(editor).get(4);
        assertEquals(LocalDate.of(2020, 1, 1), date.getDate(), "a date sits in the date picker's field");
        assertEquals("5000000", conditions(editor).getFirst().getValue(), "amounts as typed, never 5E+6");
        assertEquals(0, editor.problems());
        assertTrue(editor.preview(Messages.CHINESE).complete());
    }

    @Test
    void aSingleConditionIsOpenedInsideAnAllGroup() {
        RuleEditor editor = editor("{'fact': 'companyInWulian', 'op': 'isTrue'}");
        assertTrue(editor.getRoot().isGroup());
        assertEquals(Rule.Join.ALL, editor.getRoot().getJoin());
        assertEquals(TestFacts.rule("{'all': [{'fact': 'companyInWulian', 'op': 'isTrue'}]}"), RuleJson.parse(editor.toJson(), TestFacts.CATALOG));
    }

    @Test
    void aRuleBuiltConditionByConditionReadsInWords() {
        RuleEditor editor = new RuleEditor(TEAMS, TODAY);
        assertEquals("不限条件", editor.preview(Messages.CHINESE).text(), "a new rule asks nothing");
        int root = editor.getRoot().getId();

        Node headcount = added(editor, root, "headcount");
        assertEquals("gte", headcount.getOp(), "a number is asked for at least");
        headcount.setValue("5");
        Node platform = added(editor, root, "platform");
        assertEquals("in", platform.getOp(), "a choice is asked for among some");
        platform.setValues(List.of("fatong"));

        assertEquals(Json.createReader(new java.io.StringReader(
                "{\"all\":[{\"fact\":\"headcount\",\"op\":\"gte\",\"value\":5},{\"fact\":\"platform\",\"op\":\"in\",\"values\":[\"fatong\"]}]}"))
                .readObject(), editor.toJson());
        assertEquals("团队人数：不少于 5 人；所在平台：法桐小院", editor.preview(Messages.CHINESE).text());
        assertEquals("headcount: at least 5 people; platform: Fatong Courtyard", editor.preview(Locale.ENGLISH).text());

        editor.getRoot().setJoin(Rule.Join.ANY);
        assertTrue(editor.preview(Messages.CHINESE).text().startsWith("（以下任一："), editor.preview(Messages.CHINESE).text());
    }

    @Test
    void groupsNestAnyOfWithAFirstConditionAndAreRemovedWhole() {
        RuleEditor editor = new RuleEditor(TEAMS, TODAY);
        int root = editor.getRoot().getId();
        editor.addGroup(root);
        Node group = editor.getRoot().getParts().getFirst();
        assertEquals(Rule.Join.ANY, group.getJoin());
        assertEquals(1, group.getParts().size(), "ready for its first condition");
        assertEquals("rule.editor.problem.fact", editor.problem(group.getParts().getFirst()));

        editor.remove(group.getParts().getFirst().getId());
        assertEquals("rule.editor.problem.emptyAny", editor.problem(group), "an empty any-group is refused by the parser, so named here");
        editor.remove(group.getId());
        assertTrue(editor.getRoot().getParts().isEmpty());
        editor.remove(root);
        assertEquals(root, editor.getRoot().getId(), "the rule itself stays");
    }

    @Test
    void groupsNestNoDeeperAndHoldNoMoreConditionsThanARuleMay() {
        RuleEditor editor = new RuleEditor(TEAMS, TODAY);
        Node group = editor.getRoot();
        for (int depth = 2; depth <= RuleJson.MAX_DEPTH; depth++) {
            editor.addGroup(group.getId());
            group = group.getParts().getLast();
        }
        int deepest = group.getId();
        int parts = group.getParts().size();
        editor.addGroup(deepest);
        assertEquals(parts, group.getParts().size(), "a sixth level is not added");
        assertFalse(editor.getLines().stream().filter(l -> l.kind() == LineKind.END && l.node().getId() == deepest).findFirst()
                .orElseThrow().nestable(), "nor offered");

        while (editor.canAddCondition()) {
            editor.addCondition(editor.getRoot().getId());
        }
        assertEquals(RuleJson.MAX_CONDITIONS, conditions(editor).size());
        editor.addCondition(editor.getRoot().getId());
        assertEquals(RuleJson.MAX_CONDITIONS, conditions(editor).size());
    }

    /** every operator the menu offers for a fact is accepted by the parser with a value of its shape, and no other is */
    @Test
    void theOperatorsOfferedAreExactlyThoseTheParserAccepts() {
        for (Fact fact : TestFacts.CATALOG.facts()) {
            RuleEditor editor = new RuleEditor(TestFacts.CATALOG, TODAY);
            Node node = added(editor, editor.getRoot().getId(), fact.name());
            List<String> offered = editor.operators(node, Messages.CHINESE).stream().map(Option::value).toList();
            assertEquals(RuleEditor.operators(fact.type()).stream().map(Operator::json).toList(), offered);
            for (Operator op : Operator.values()) {
                assertEquals(offered.contains(op.json()), accepted(fact, op), fact.name() + " " + op.json());
            }
        }
    }

    private static boolean accepted(Fact fact, Operator op) {
        JsonObjectBuilder c = Json.createObjectBuilder().add("fact", fact.name()).add("op", op.json());
        Object value = switch (fact.type()) {
            case NUMBER -> new BigDecimal("5");
            case YEAR -> new BigDecimal("2010");
            case DATE -> "2020-01-01";
            case RANK, CHOICE -> fact.choices() == null ? "x" : fact.choices().getFirst();
            case FLAG -> null;
        };
        switch (op.arity()) {
            case ONE -> add(c, "value", value);
            case MANY -> c.add("values", value == null ? Json.createArrayBuilder() : Json.createArrayBuilder().add(json(value)));
            case MONTHS -> c.add("value", 12);
            case NONE -> {
            }
        }
        try {
            RuleJson.parse(Json.createObjectBuilder().add("all", Json.createArrayBuilder().add(c)).build(), TestFacts.CATALOG);
            return true;
        } catch (DomainViolation e) {
            return false;
        }
    }

    private static void add(JsonObjectBuilder b, String key, Object value) {
        if (value != null) {
            b.add(key, json(value));
        }
    }

    private static jakarta.json.JsonValue json(Object value) {
        return value instanceof BigDecimal d ? Json.createValue(d) : Json.createValue(value.toString());
    }

    @Test
    void everyOperatorHasItsWordsInBothLanguages() {
        for (FactType type : FactType.values()) {
            for (Operator op : RuleEditor.operators(type)) {
                String key = RuleEditor.operatorKey(type, op);
                for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                    assertNotEquals(key, Messages.text(locale, key), key + " in " + locale);
                }
            }
        }
        RuleEditor editor = new RuleEditor(TEAMS, TODAY);
        Node degree = added(editor, editor.getRoot().getId(), "leaderDegree");
        assertEquals(List.of("是", "不是", "高于", "不低于", "低于", "不高于", "是以下之一", "不是以下任何一项", "已登记", "未登记"),
                editor.operators(degree, Messages.CHINESE).stream().map(Option::label).toList());
    }

    @Test
    void eachOperatorTakesItsOwnKindOfValue() {
        RuleEditor editor = new RuleEditor(TestFacts.CATALOG, TODAY);
        int root = editor.getRoot().getId();
        Node node = new RuleEditor(TestFacts.CATALOG, TODAY).getRoot();
        assertEquals(Widget.NONE, editor.widget(node), "a group has no value");
        Map<String, Widget> expected = Map.of("amount gte", Widget.NUMBER, "graduationYear in", Widget.CHIPS, "foundedOn withinMonths",
                Widget.MONTHS, "foundedOn gte", Widget.DATE, "degree eq", Widget.SELECT, "degree notIn", Widget.MULTI_SELECT,
                "industry eq", Widget.TEXT, "industry in", Widget.CHIPS, "companyInWulian isFalse", Widget.NONE, "amount present", Widget.NONE);
        expected.forEach((factOp, widget) -> {
            String[] parts = factOp.split(" ");
            Node c = added(editor, root, parts[0]);
            c.setOp(parts[1]);
            assertEquals(widget, editor.widget(c), factOp);
        });
        Node unchosen = added(editor, root, null);
        assertEquals(Widget.NONE, editor.widget(unchosen));
        assertEquals(List.of(), editor.operators(unchosen, Messages.CHINESE), "no operator before a fact");
    }

    @Test
    void aNewFactStartsAFreshConditionAndAValueFollowsItsOperatorBetweenOneAndMany() {
        RuleEditor editor = new RuleEditor(TEAMS, TODAY);
        Node node = added(editor, editor.getRoot().getId(), "leaderDegree");
        node.setOp("eq");
        node.setValue("MASTER");
        node.setOp("in");
        editor.opChanged(node.getId());
        assertEquals(List.of("MASTER"), node.getValues(), "the one value becomes the first of the list");
        node.setValue(null);
        node.setOp("gte");
        editor.opChanged(node.getId());
        assertEquals("MASTER", node.getValue(), "and back");

        node.setFact("companyInWulian");
        editor.factChanged(node.getId());
        assertEquals("isTrue", node.getOp());
        assertNull(node.getValue());
        assertEquals(List.of(), node.getValues());
        assertNull(editor.problem(node), "a flag needs no value");
    }

    @Test
    void unfinishedConditionsAreNamedKeptAndCounted() {
        RuleEditor editor = new RuleEditor(TEAMS, TODAY);
        int root = editor.getRoot().getId();
        Node noFact = added(editor, root, null);
        Node noValue = added(editor, root, "headcount");
        Node badNumber = added(editor, root, "financingTotal");
        badNumber.setValue("三百万");
        Node months = added(editor, root, "foundedOn");
        months.setOp("withinMonths");
        months.setValue("0");
        Node grouped = added(editor, root, "financingTotal");
        grouped.setValue("3,000,000");

        assertEquals("rule.editor.problem.fact", editor.problem(noFact));
        assertEquals("rule.editor.problem.value", editor.problem(noValue));
        assertEquals("rule.editor.problem.number", editor.problem(badNumber));
        assertEquals("三百万", badNumber.getValue(), "kept as typed");
        assertEquals("rule.editor.problem.months", editor.problem(months));
        assertNull(editor.problem(grouped), "thousands separators are fine");
        assertEquals(new BigDecimal("3000000"), editor.toJson().getJsonArray("all").getJsonObject(4).getJsonNumber("value").bigDecimalValue());
        assertEquals(4, editor.problems());
        RuleEditor.Preview preview = editor.preview(Messages.CHINESE);
        assertFalse(preview.complete());
        assertEquals("还有 4 处条件未填完整（已在条件旁标出）", preview.text());
        assertTrue(editor.getLines().size() > 5, "nothing was dropped");
    }

    @Test
    void aRefusedSaveSpeaksOfUnfinishedConditionsNotOfJsonPaths() {
        RuleEditor editor = new RuleEditor(TEAMS, TODAY);
        added(editor, editor.getRoot().getId(), "headcount");
        DomainViolation refused;
        try {
            RuleJson.parse(editor.toJson(), TEAMS);
            throw new AssertionError("an unfinished rule is refused");
        } catch (DomainViolation e) {
            refused = e.with(Map.of("name", "validation.required"));
        }
        DomainViolation explained = editor.explain(refused);
        assertEquals("还有 1 处条件未填完整（已在条件旁标出）", explained.text(RuleJson.FIELD, Messages.CHINESE));
        assertEquals("validation.required", explained.fieldKeys().get("name"), "the other fields keep their messages");

        DomainViolation other = DomainViolation.of("name", "validation.required");
        assertEquals(other, editor.explain(other), "nothing to explain without a rule error");
    }

    @Test
    void rawJsonIsEditedInsteadOfTheTreeAndABadTextIsKeptWithItsError() {
        RuleEditor editor = new RuleEditor(TEAMS, TODAY);
        Node headcount = added(editor, editor.getRoot().getId(), "headcount");
        headcount.setValue("5");
        editor.toggleJson();
        assertTrue(editor.isJson());
        assertEquals(RuleJson.text(RuleJson.parse(editor.toJson(), TEAMS)),
                Json.createReader(new java.io.StringReader(editor.getJsonText())).readObject().toString());
        assertTrue(editor.getJsonText().contains("\n"), "pretty, for editing");

        String bad = "{\"all\": [{\"fact\": \"headcount\", \"op\": \"isTrue\"}]}";
        editor.setJsonText(bad);
        editor.applyJson();
        assertTrue(editor.jsonProblem(Messages.CHINESE).contains("isTrue"), editor.jsonProblem(Messages.CHINESE));
        assertEquals(bad, ((JsonString) editor.ruleJson()).getString(), "a save sends the text as typed");
        assertFalse(editor.preview(Messages.CHINESE).complete());
        editor.toggleJson();
        assertTrue(editor.isJson(), "stays on the text while it is not a rule");
        assertEquals(bad, editor.getJsonText());

        editor.setJsonText("{\"any\": [{\"fact\": \"companyInWulian\", \"op\": \"isTrue\"}, {\"fact\": \"ipCount\", \"op\": \"gte\", \"value\": 3}]}");
        editor.applyJson();
        assertNull(editor.jsonProblem(Messages.CHINESE));
        editor.toggleJson();
        assertFalse(editor.isJson());
        assertEquals(Rule.Join.ANY, editor.getRoot().getJoin());
        assertEquals(List.of("companyInWulian", "ipCount"), conditions(editor).stream().map(Node::getFact).toList());
        assertEquals("（以下任一：企业注册在五莲：是；知识产权数：不少于 3 项）", editor.preview(Messages.CHINESE).text());
    }

    @Test
    void aCodeThatLeftItsListIsStillShownAsItIs() {
        Rule stored = RuleJson.stored("{\"all\":[{\"fact\":\"platform\",\"op\":\"in\",\"values\":[\"fatong\",\"closed-down\"]}]}", TEAMS);
        RuleEditor editor = RuleEditor.of(stored, TEAMS, TODAY);
        Node platform = conditions(editor).getFirst();
        assertEquals(List.of("fatong", "cas", "closed-down"), editor.choices(platform, Messages.CHINESE).stream().map(Option::value).toList());
        assertEquals(List.of("法桐小院", "中科院知识产权小镇", "closed-down"),
                editor.choices(platform, Messages.CHINESE).stream().map(Option::label).toList());
        assertEquals(List.of("团队状态", "所在平台", "领域"), editor.facts(Messages.CHINESE).stream().limit(3).map(Option::label).toList());
        assertEquals(List.of("team status", "platform", "field"), editor.facts(Locale.ENGLISH).stream().limit(3).map(Option::label).toList());
    }
}
