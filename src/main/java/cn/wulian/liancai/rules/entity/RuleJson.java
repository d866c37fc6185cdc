package cn.wulian.liancai.rules.entity;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.shared.DomainViolation;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored form of a rule, and the only way to make one. A rule is a JSON object:
 * <pre>
 * {"all": [ {"fact": "degree", "op": "gte", "value": "MASTER"},
 *           {"any": [ {"fact": "hometownInWulian", "op": "isTrue"},
 *                     {"fact": "township", "op": "in", "values": ["371121001", "371121102"]} ]},
 *           {"fact": "registeredOn", "op": "withinMonths", "value": 24} ]}
 * </pre>
 * A group has exactly one member, {@code all} or {@code any}, holding its parts ({@code any} needs
 * at least one); a condition has {@code fact} and {@code op} and, as the operator demands, one
 * {@code value}, a non-empty list of {@code values}, or nothing. Numbers and years are JSON numbers,
 * dates {@code "yyyy-MM-dd"} strings, ranks and choices their codes, a month count a whole number.
 * <p>
 * Every error is reported against the field {@code rule}, with the place in the rule (e.g.
 * {@code all[2].any[0]}) and what is wrong.
 */
public final class RuleJson {

    /** the field every error names */
    public static final String FIELD = "rule";
    /** the stored text's limit (the column's width) */
    public static final int MAX_LENGTH = 8000;
    public static final int MAX_DEPTH = 5;
    public static final int MAX_CONDITIONS = 50;

    private static final Set<String> CONDITION_KEYS = Set.of("fact", "op", "value", "values");

    private final FactCatalog catalog;
    private final boolean strict;
    private int conditions;

    private RuleJson(FactCatalog catalog, boolean strict) {
        this.catalog = catalog;
        this.strict = strict;
    }

    /**
     * Reads and checks a rule as given by a user: every code of a closed choice must be known.
     *
     * @throws DomainViolation naming {@link #FIELD}, with the place and the kind of error
     */
    public static Rule parse(JsonValue json, FactCatalog catalog) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            throw DomainViolation.of(FIELD, "validation.required");
        }
        // a rule may be sent as its text, e.g. from a form
        return checked(json instanceof JsonString text ? read(text.getString()) : json, catalog);
    }

    public static Rule parse(String json, FactCatalog catalog) {
        return checked(read(json), catalog);
    }

    private static Rule checked(JsonValue tree, FactCatalog catalog) {
        Rule rule = new RuleJson(catalog, true).node(tree, "", 1);
        if (text(rule).length() > MAX_LENGTH) {
            throw DomainViolation.of(FIELD, "validation.rule.tooLarge", MAX_CONDITIONS, MAX_DEPTH);
        }
        return rule;
    }

    /**
     * Reads a stored rule. A code that has left its list since the rule was saved (a township merged
     * away) is kept rather than refused: the decision already taken on it stays readable.
     */
    public static Rule stored(String json, FactCatalog catalog) {
        return new RuleJson(catalog, false).node(read(json), "", 1);
    }

    /** the canonical JSON of a rule: what is stored and what the API shows */
    public static JsonObject json(Rule rule) {
        return switch (rule) {
            case Rule.Group g -> {
                JsonArrayBuilder parts = JSON.createArrayBuilder();
                g.parts().forEach(p -> parts.add(json(p)));
                yield JSON.createObjectBuilder().add(g.join().json(), parts).build();
            }
            case Rule.Condition c -> {
                JsonObjectBuilder b = JSON.createObjectBuilder().add("fact", c.fact().name()).add("op", c.op().json());
                switch (c.op().arity()) {
                    case ONE, MONTHS -> b.add("value", value(c.value()));
                    case MANY -> {
                        JsonArrayBuilder values = JSON.createArrayBuilder();
                        c.values().forEach(v -> values.add(value(v)));
                        b.add("values", values);
                    }
                    case NONE -> {
                    }
                }
                yield b.build();
            }
        };
    }

    public static String text(Rule rule) {
        return json(rule).toString();
    }

    private static JsonValue value(Object v) {
        return switch (v) {
            case BigDecimal d -> JSON.createValue(d);
            case Integer i -> JSON.createValue(i);
            default -> JSON.createValue(v.toString()); // codes, and dates in ISO form
        };
    }

    private static JsonValue read(String json) {
        if (json == null || json.isBlank()) {
            throw DomainViolation.of(FIELD, "validation.required");
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw DomainViolation.of(FIELD, "validation.rule.json");
        }
    }

    // ---- the tree

    private Rule node(JsonValue json, String path, int depth) {
        if (!(json instanceof JsonObject o)) {
            throw error(path, "validation.rule.shape");
        }
        if (o.containsKey("fact") || o.containsKey("op")) {
            return condition(o, path);
        }
        if (o.size() != 1 || !(o.containsKey("all") || o.containsKey("any"))) {
            throw error(path, "validation.rule.shape");
        }
        if (depth > MAX_DEPTH) {
            throw DomainViolation.of(FIELD, "validation.rule.tooLarge", MAX_CONDITIONS, MAX_DEPTH);
        }
        Rule.Join join = o.containsKey("all") ? Rule.Join.ALL : Rule.Join.ANY;
        String name = join.json();
        if (!(o.get(name) instanceof JsonArray array)) {
            throw error(path, "validation.rule.shape");
        }
        if (join == Rule.Join.ANY && array.isEmpty()) {
            throw error(path, "validation.rule.emptyAny");
        }
        List<Rule> parts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            parts.add(node(array.get(i), (path.isEmpty() ? "" : path + ".") + name + "[" + i + "]", depth + 1));
        }
        return new Rule.Group(join, parts);
    }

    private Rule.Condition condition(JsonObject o, String path) {
        if (++conditions > MAX_CONDITIONS) {
            throw DomainViolation.of(FIELD, "validation.rule.tooLarge", MAX_CONDITIONS, MAX_DEPTH);
        }
        for (String key : o.keySet()) {
            if (!CONDITION_KEYS.contains(key)) {
                throw error(path, "validation.rule.unknownKey", key);
            }
        }
        String factName = o.get("fact") instanceof JsonString s ? s.getString() : null;
        Fact fact = factName == null ? null : catalog.fact(factName).orElse(null);
        if (fact == null) {
            throw error(path, "validation.rule.unknownFact", factName == null ? "" : factName, String.join(", ", catalog.names()));
        }
        String opName = o.get("op") instanceof JsonString s ? s.getString() : null;
        Operator op = opName == null ? null : Operator.byJson(opName).filter(fact.type()::allows).orElse(null);
        if (op == null) {
            throw error(path, "validation.rule.operator", opName == null ? "" : opName, fact.name(),
                    fact.type().operators().stream().map(Operator::json).collect(Collectors.joining(", ")));
        }
        return new Rule.Condition(fact, op, values(o, fact, op, path));
    }

    private List<Object> values(JsonObject o, Fact fact, Operator op, String path) {
        boolean hasValue = o.containsKey("value");
        boolean hasValues = o.containsKey("values");
        switch (op.arity()) {
            case NONE -> {
                if (hasValue || hasValues) {
                    throw error(path, "validation.rule.noValue", op.json());
                }
                return List.of();
            }
            case MONTHS -> {
                if (hasValues || !(o.get("value") instanceof JsonNumber n) || !n.isIntegral()
                        || n.bigDecimalValue().compareTo(BigDecimal.ONE) < 0 || n.bigDecimalValue().compareTo(BigDecimal.valueOf(1200)) > 0) {
                    throw error(path, "validation.rule.months", op.json());
                }
                return List.of(n.intValue());
            }
            case ONE -> {
                if (hasValues || !hasValue) {
                    throw error(path, "validation.rule.oneValue", op.json());
                }
                return List.of(typed(o.get("value"), fact, path));
            }
            case MANY -> {
                if (hasValue || !(o.get("values") instanceof JsonArray array) || array.isEmpty()) {
                    throw error(path, "validation.rule.manyValues", op.json());
                }
                List<Object> values = new ArrayList<>();
                for (JsonValue v : array) {
                    Object typed = typed(v, fact, path);
                    if (!values.contains(typed)) {
                        values.add(typed);
                    }
                }
                return values;
            }
        }
        throw new AssertionError(op);
    }

    /** one value as the fact's type demands */
    private Object typed(JsonValue v, Fact fact, String path) {
        switch (fact.type()) {
            case NUMBER, YEAR -> {
                if (v instanceof JsonNumber n && (fact.type() == FactType.NUMBER || n.isIntegral())) {
                    return new BigDecimal(n.bigDecimalValue().stripTrailingZeros().toPlainString()); // 5000000, never 5E+6
                }
                throw error(path, fact.type() == FactType.YEAR ? "validation.rule.year" : "validation.rule.number", fact.name());
            }
            case DATE -> {
                if (v instanceof JsonString s) {
                    try {
                        return LocalDate.parse(s.getString());
                    } catch (DateTimeParseException e) {
                        // reported below
                    }
                }
                throw error(path, "validation.rule.date", fact.name());
            }
            case RANK, CHOICE -> {
                if (v instanceof JsonString s && !s.getString().isBlank()) {
                    String code = s.getString().strip();
                    boolean closed = fact.choices() != null && (strict || fact.type() == FactType.RANK);
                    if (!closed || fact.choices().contains(code)) {
                        return code;
                    }
                }
                throw error(path, "validation.rule.code", fact.name(),
                        fact.choices() == null ? "" : String.join(", ", fact.choices()));
            }
            case FLAG -> throw new AssertionError("flags take no value");
        }
        throw new AssertionError(fact.type());
    }

    private static DomainViolation error(String path, String key, Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = path.isEmpty() ? FIELD : path;
        System.arraycopy(details, 0, args, 1, details.length);
        return DomainViolation.of(FIELD, key, args);
    }
}
