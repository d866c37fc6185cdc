package cn.wulian.liancai.rules.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a condition asks of its fact. Each has its name in the rule JSON and the shape of its value. */
public enum Operator {
    EQ("eq", Arity.ONE),
    NE("ne", Arity.ONE),
    GT("gt", Arity.ONE),
    GTE("gte", Arity.ONE),
    LT("lt", Arity.ONE),
    LTE("lte", Arity.ONE),
    IN("in", Arity.MANY),
    NOT_IN("notIn", Arity.MANY),
    IS_TRUE("isTrue", Arity.NONE),
    IS_FALSE("isFalse", Arity.NONE),
    /** a date fact lies within the given number of months before the day of evaluation (inclusive), and not after it */
    WITHIN_MONTHS("withinMonths", Arity.MONTHS),
    /** the fact is recorded; the only operators that answer a missing value */
    PRESENT("present", Arity.NONE),
    ABSENT("absent", Arity.NONE);

    /** what a condition with this operator carries: nothing, one {@code value}, a non-empty list of {@code values}, or a month count */
    public enum Arity { NONE, ONE, MANY, MONTHS }

    private final String json;
    private final Arity arity;

    Operator(String json, Arity arity) {
        this.json = json;
        this.arity = arity;
    }

    public String json() {
        return json;
    }

    public Arity arity() {
        return arity;
    }

    public static Optional<Operator> byJson(String name) {
        return Arrays.stream(values()).filter(o -> o.json.equals(name)).findFirst();
    }
}
