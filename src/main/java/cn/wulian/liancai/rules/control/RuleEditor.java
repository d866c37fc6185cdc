package cn.wulian.liancai.rules.control;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.rules.entity.Fact;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.FactType;
import cn.wulian.liancai.rules.entity.Operator;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A rule while someone edits it on a page: a tree of all/any groups and conditions that may be
 * unfinished (no fact chosen yet, a value still empty or mistyped), kept exactly as entered so that
 * nothing is lost on a bad save. {@link #ruleJson()} is what gets saved; {@link RuleJson#parse}
 * stays the only judge of a rule, and {@link #problem} only says the same in the editor's words,
 * beside the condition.
 * <p>
 * The menus follow the catalog: a condition offers the facts of the subject kind, then only the
 * operators its fact's type allows ({@link FactType#operators()}, what the parser accepts), then the
 * value input that operator takes. Raw JSON can be edited instead ({@link #toggleJson()}).
 * <p>
 * Knows no JSF: labels are message keys or come from the catalog and {@link Wording}.
 */
public final class RuleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** what a line of the editor shows: a group's head (its join), a condition, or a group's end (its add buttons) */
    public enum LineKind { GROUP, CONDITION, END }

    /** the input a condition's value needs */
    public enum Widget { NONE, NUMBER, MONTHS, DATE, SELECT, MULTI_SELECT, TEXT, CHIPS }

    /** one line of the editor, the tree flattened for a page; {@code depth} 0 is the whole rule's head */
    public record Line(Node node, int depth, LineKind kind) {
        /** whether a group may be added here without going deeper than a rule may */
        public boolean nestable() {
            return kind == LineKind.END && depth < RuleJson.MAX_DEPTH;
        }
    }

    /** one entry of a menu */
    public record Option(String value, String label) {
    }

    /** the rule in words, or why it cannot be saved yet */
    public record Preview(String text, boolean complete) {
    }

    /** a group or a condition, as entered; a condition's value sits in the field its {@link Widget} uses */
    public static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;

        private final int id;
        private Rule.Join join;
        private final List<Node> parts = new ArrayList<>();
        private String fact;
        private String op;
        private String value;
        private LocalDate date;
        private List<String> values = new ArrayList<>();

        private Node(int id, Rule.Join join) {
            this.id = id;
            this.join = join;
        }

        public boolean isGroup() {
            return join != null;
        }

        public int getId() { return id; }
        public Rule.Join getJoin() { return join; }
        public void setJoin(Rule.Join join) { this.join = join == null ? this.join : join; }
        public List<Node> getParts() { return parts; }
        public String getFact() { return fact; }
        public void setFact(String fact) { this.fact = fact; }
        public String getOp() { return op; }
        public void setOp(String op) { this.op = op; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public List<String> getValues() { return values; }
        public void setValues(List<String> values) { this.values = values == null ? new ArrayList<>() : new ArrayList<>(values); }
    }

    /** facts come from the database; a view keeps the editor, not them, across a serialised session */
    private transient FactCatalog catalog;
    private final LocalDate today;
    private Node root;
    private int lastId;
    private boolean json;
    private String jsonText;
    private DomainViolation jsonProblem;

    /** an empty rule (all of nothing: everyone qualifies) */
    public RuleEditor(FactCatalog catalog, LocalDate today) {
        this.catalog = catalog;
        this.today = today;
        this.root = new Node(++lastId, Rule.Join.ALL);
    }

    /** a stored rule, opened for editing */
    public static RuleEditor of(Rule rule, FactCatalog catalog, LocalDate today) {
        RuleEditor editor = new RuleEditor(catalog, today);
        Node root = editor.node(rule);
        editor.root = root.isGroup() ? root : editor.wrap(root);
        return editor;
    }

    public FactCatalog catalog() {
        return catalog;
    }

    /** gives the catalog back after the editor was restored from a serialised session */
    public void attach(FactCatalog catalog) {
        this.catalog = catalog;
    }

    // ---- the tree as lines

    public List<Line> getLines() {
        List<Line> lines = new ArrayList<>();
        lines(root, 0, lines);
        return lines;
    }

    private static void lines(Node group, int depth, List<Line> out) {
        out.add(new Line(group, depth, LineKind.GROUP));
        for (Node part : group.parts) {
            if (part.isGroup()) {
                lines(part, depth + 1, out);
            } else {
                out.add(new Line(part, depth + 1, LineKind.CONDITION));
            }
        }
        out.add(new Line(group, depth + 1, LineKind.END));
    }

    public Node getRoot() {
        return root;
    }

    public List<Rule.Join> getJoins() {
        return List.of(Rule.Join.values());
    }

    public boolean isRoot(Node node) {
        return node == root;
    }

    // ---- editing

    /** a new, empty condition at the end of the group */
    public void addCondition(int groupId) {
        find(groupId).filter(Node::isGroup).filter(g -> canAddCondition()).ifPresent(g -> g.parts.add(new Node(++lastId, null)));
    }

    /** a new "any of" group with one empty condition, the usual way to say "this or that" */
    public void addGroup(int groupId) {
        find(groupId).filter(Node::isGroup).filter(g -> canAddCondition() && depthOf(g) < RuleJson.MAX_DEPTH).ifPresent(g -> {
            Node group = new Node(++lastId, Rule.Join.ANY);
            group.parts.add(new Node(++lastId, null));
            g.parts.add(group);
        });
    }

    /** removes a condition or a whole group; the rule itself stays */
    public void remove(int id) {
        parentOf(root, id).ifPresent(parent -> parent.parts.removeIf(p -> p.id == id));
    }

    public boolean canAddCondition() {
        return conditions(root) < RuleJson.MAX_CONDITIONS;
    }

    /** a new fact asks for a fresh condition: the type's usual operator, no value */
    public void factChanged(int id) {
        find(id).ifPresent(n -> {
            n.op = fact(n).map(f -> usualOperator(f.type()).json()).orElse(null);
            n.value = null;
            n.date = null;
            n.values = new ArrayList<>();
        });
    }

    /** a value entered for one operator is kept for the next where it fits (one value ⇄ a list of them) */
    public void opChanged(int id) {
        find(id).ifPresent(n -> operator(n).ifPresent(op -> {
            if (op.arity() == Operator.Arity.MANY && n.values.isEmpty() && !blank(n.value)) {
                n.values = new ArrayList<>(List.of(n.value.strip()));
            } else if (op.arity() == Operator.Arity.ONE && blank(n.value) && !n.values.isEmpty()) {
                n.value = n.values.getFirst();
            }
        }));
    }

    static Operator usualOperator(FactType type) {
        return switch (type) {
            case NUMBER, YEAR, DATE, RANK -> Operator.GTE;
            case CHOICE -> Operator.IN;
            case FLAG -> Operator.IS_TRUE;
        };
    }

    // ---- menus

    /** the facts of the subject kind, by their names in the reader's language */
    public List<Option> facts(Locale locale) {
        Wording wording = wording(locale);
        return catalog.facts().stream().map(f -> new Option(f.name(), wording.label(f))).toList();
    }

    /** the operators the condition's fact allows, no other */
    public List<Option> operators(Node node, Locale locale) {
        return fact(node).map(f -> operators(f.type()).stream()
                .map(op -> new Option(op.json(), Messages.text(locale, operatorKey(f.type(), op)))).toList()).orElse(List.of());
    }

    /** the operators a type of fact allows, in a stable order */
    public static List<Operator> operators(FactType type) {
        return List.of(Operator.values()).stream().filter(type::allows).toList();
    }

    static String operatorKey(FactType type, Operator op) {
        return switch (op) {
            case EQ, NE -> "rule.editor.op." + family(type) + "." + op.json();
            case GT, GTE, LT, LTE -> "rule.editor.op." + (type == FactType.DATE || type == FactType.YEAR ? "time" : family(type)) + "." + op.json();
            default -> "rule.editor.op." + op.json();
        };
    }

    private static String family(FactType type) {
        return switch (type) {
            case NUMBER -> "number";
            case RANK -> "rank";
            default -> "choice";
        };
    }

    /**
     * the codes a rank or closed choice offers, with their labels; a code the condition already
     * holds that has since left the list (a merged township) is offered too, so it shows as it is
     */
    public List<Option> choices(Node node, Locale locale) {
        return fact(node).filter(f -> f.choices() != null).map(f -> {
            List<String> codes = new ArrayList<>(f.choices());
            List<String> held = new ArrayList<>(node.values);
            if (!blank(node.value)) {
                held.add(node.value);
            }
            held.stream().filter(c -> !codes.contains(c)).distinct().forEach(codes::add);
            return codes.stream().map(c -> new Option(c, f.label(c, locale))).toList();
        }).orElse(List.of());
    }

    public Widget widget(Node node) {
        Optional<Fact> fact = fact(node);
        Optional<Operator> op = operator(node);
        if (fact.isEmpty() || op.isEmpty()) {
            return Widget.NONE;
        }
        FactType type = fact.get().type();
        boolean closed = fact.get().choices() != null;
        return switch (op.get().arity()) {
            case NONE -> Widget.NONE;
            case MONTHS -> Widget.MONTHS;
            case ONE -> switch (type) {
                case NUMBER, YEAR -> Widget.NUMBER;
                case DATE -> Widget.DATE;
                case RANK, CHOICE -> closed ? Widget.SELECT : Widget.TEXT;
                case FLAG -> Widget.NONE;
            };
            case MANY -> closed ? Widget.MULTI_SELECT : Widget.CHIPS;
        };
    }

    // ---- what the editor holds, as a rule

    /** what a save sends: the tree's JSON, or in JSON mode the text as typed */
    public JsonValue ruleJson() {
        return json ? JSON.createValue(jsonText == null ? "" : jsonText) : toJson();
    }

    /** the tree in the stored form, unfinished parts as they are (the parser names what is wrong) */
    public JsonObject toJson() {
        return json(root);
    }

    private JsonObject json(Node node) {
        if (node.isGroup()) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            node.parts.forEach(p -> parts.add(json(p)));
            return JSON.createObjectBuilder().add(node.join.json(), parts).build();
        }
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (node.fact != null) {
            b.add("fact", node.fact);
        }
        if (node.op != null) {
            b.add("op", node.op);
        }
        Optional<Fact> fact = fact(node);
        Optional<Operator> op = operator(node);
        if (fact.isPresent() && op.isPresent()) {
            switch (op.get().arity()) {
                case ONE -> one(node, fact.get().type()).ifPresent(v -> b.add("value", v));
                case MONTHS -> typed(node.value, FactType.NUMBER).ifPresent(v -> b.add("value", v));
                case MANY -> {
                    JsonArrayBuilder values = JSON.createArrayBuilder();
                    node.values.forEach(v -> typed(v, fact.get().type()).ifPresent(values::add));
                    b.add("values", values);
                }
                case NONE -> {
                }
            }
        }
        return b.build();
    }

    private static Optional<JsonValue> one(Node node, FactType type) {
        return type == FactType.DATE ? Optional.ofNullable(node.date).map(d -> JSON.createValue(d.toString())) : typed(node.value, type);
    }

    /** a number as a JSON number where it reads as one (thousands separators allowed), else the text for the parser to refuse */
    private static Optional<JsonValue> typed(String text, FactType type) {
        if (blank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        if (type == FactType.NUMBER || type == FactType.YEAR) {
            BigDecimal number = number(t);
            return Optional.of(number == null ? JSON.createValue(t) : JSON.createValue(number));
        }
        return Optional.of(JSON.createValue(t));
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip().replaceAll("[,，\\s]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- what is not finished

    /** what is missing or wrong in one condition or group, as a message key, or {@code null} */
    public String problem(Node node) {
        if (node.isGroup()) {
            return node.join == Rule.Join.ANY && node.parts.isEmpty() ? "rule.editor.problem.emptyAny" : null;
        }
        Optional<Fact> fact = fact(node);
        Optional<Operator> op = operator(node);
        if (fact.isEmpty()) {
            return "rule.editor.problem.fact";
        }
        if (op.isEmpty()) {
            return "rule.editor.problem.op";
        }
        FactType type = fact.get().type();
        return switch (op.get().arity()) {
            case NONE -> null;
            case MONTHS -> months(node.value);
            case ONE -> type == FactType.DATE ? node.date == null ? "rule.editor.problem.value" : null : value(node.value, type);
            case MANY -> node.values.isEmpty() ? "rule.editor.problem.values"
                    : node.values.stream().map(v -> value(v, type)).filter(p -> p != null).findFirst().orElse(null);
        };
    }

    private static String value(String text, FactType type) {
        if (blank(text)) {
            return "rule.editor.problem.value";
        }
        BigDecimal number = type == FactType.NUMBER || type == FactType.YEAR ? number(text) : BigDecimal.ZERO;
        if (number == null) {
            return "rule.editor.problem.number";
        }
        return type == FactType.YEAR && number.stripTrailingZeros().scale() > 0 ? "rule.editor.problem.year" : null;
    }

    private static String months(String text) {
        BigDecimal n = blank(text) ? null : number(text);
        boolean whole = n != null && n.stripTrailingZeros().scale() <= 0;
        return whole && n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(BigDecimal.valueOf(1200)) <= 0 ? null : "rule.editor.problem.months";
    }

    /** how many conditions and groups are unfinished */
    public int problems() {
        return problems(root);
    }

    private int problems(Node node) {
        int own = problem(node) == null ? 0 : 1;
        return own + node.parts.stream().mapToInt(this::problems).sum();
    }

    /** the rule in words as it would be saved, or what stands in the way */
    public Preview preview(Locale locale) {
        if (!json && problems() > 0) {
            return new Preview(Messages.text(locale, "rule.editor.incomplete", problems()), false);
        }
        try {
            Rule rule = json ? RuleJson.parse(jsonText, catalog) : RuleJson.parse(toJson(), catalog);
            return new Preview(wording(locale).describe(rule), true);
        } catch (DomainViolation e) {
            return new Preview(e.text(RuleJson.FIELD, locale), false);
        }
    }

    /**
     * A save's refusal in the editor's words: when the tree is unfinished, the parser's message
     * about the rule ("all[1]: gte needs one value") becomes "2 conditions are not finished", the
     * conditions themselves being marked; other fields keep their messages.
     */
    public DomainViolation explain(DomainViolation refused) {
        int problems = json ? 0 : problems();
        if (problems == 0 || !refused.fieldKeys().containsKey(RuleJson.FIELD)) {
            return refused;
        }
        return DomainViolation.of(RuleJson.FIELD, "rule.editor.incomplete", problems).with(refused.fieldKeys());
    }

    // ---- raw JSON

    /**
     * Switches between the tree and its JSON. Into JSON the text starts as the tree's; back to the
     * tree only when the text is a valid rule, otherwise the text and its error stay.
     */
    public void toggleJson() {
        if (json) {
            applyJson();
            json = jsonProblem != null;
        } else {
            jsonText = pretty(toJson());
            jsonProblem = null;
            json = true;
        }
    }

    /** reads the typed JSON into the tree when it is a valid rule; else keeps the text and says what is wrong */
    public void applyJson() {
        try {
            Node node = node(RuleJson.parse(jsonText, catalog));
            root = node.isGroup() ? node : wrap(node);
            jsonProblem = null;
        } catch (DomainViolation e) {
            jsonProblem = e;
        }
    }

    public boolean isJson() {
        return json;
    }

    public String getJsonText() { return jsonText; }
    public void setJsonText(String jsonText) { this.jsonText = jsonText; }

    /** why the typed JSON is not a rule, in the reader's language, or {@code null} */
    public String jsonProblem(Locale locale) {
        return jsonProblem == null ? null : jsonProblem.text(RuleJson.FIELD, locale);
    }

    static String pretty(JsonObject json) {
        StringWriter out = new StringWriter();
        try (var writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(json);
        }
        return out.toString().strip();
    }

    // ---- helpers

    private Node node(Rule rule) {
        return switch (rule) {
            case Rule.Group g -> {
                Node group = new Node(++lastId, g.join());
                g.parts().forEach(p -> group.parts.add(node(p)));
                yield group;
            }
            case Rule.Condition c -> {
                Node condition = new Node(++lastId, null);
                condition.fact = c.fact().name();
                condition.op = c.op().json();
                switch (c.op().arity()) {
                    case ONE -> {
                        if (c.value() instanceof LocalDate d) {
                            condition.date = d;
                        } else {
                            condition.value = text(c.value());
                        }
                    }
                    case MONTHS -> condition.value = text(c.value());
                    case MANY -> condition.values = new ArrayList<>(c.values().stream().map(RuleEditor::text).toList());
                    case NONE -> {
                    }
                }
                yield condition;
            }
        };
    }

    private Node wrap(Node condition) {
        Node group = new Node(++lastId, Rule.Join.ALL);
        group.parts.add(condition);
        return group;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private Optional<Fact> fact(Node node) {
        return node.fact == null ? Optional.empty() : catalog.fact(node.fact);
    }

    /** the condition's operator, if its fact allows it */
    private Optional<Operator> operator(Node node) {
        return fact(node).flatMap(f -> Operator.byJson(node.op == null ? "" : node.op).filter(f.type()::allows));
    }

    private Optional<Node> find(int id) {
        return find(root, id);
    }

    private static Optional<Node> find(Node node, int id) {
        if (node.id == id) {
            return Optional.of(node);
        }
        return node.parts.stream().map(p -> find(p, id)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Node> parentOf(Node group, int id) {
        for (Node part : group.parts) {
            if (part.id == id) {
                return Optional.of(group);
            }
            Optional<Node> deeper = parentOf(part, id);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /** the depth of a group as the parser counts it: the rule itself is 1 */
    private int depthOf(Node group) {
        int depth = 1;
        for (Node n = group; n != root; n = parentOf(root, n.id).orElseThrow()) {
            depth++;
        }
        return depth;
    }

    private static int conditions(Node node) {
        return node.isGroup() ? node.parts.stream().mapToInt(RuleEditor::conditions).sum() : 1;
    }

    private Wording wording(Locale locale) {
        return new Wording(catalog.kind(), locale, today);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
