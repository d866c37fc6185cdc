package cn.wulian.liancai.rules.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of value a fact holds, which decides the operators that fit it and how a rule's values
 * are written: numbers (amounts, counts, ages), years, dates, ranks (an ordered list of codes such as
 * degrees or project stages), choices (codes without order such as a platform or a status) and
 * yes/no flags.
 */
public enum FactType {
    NUMBER(EnumSet.of(Operator.EQ, Operator.NE, Operator.GT, Operator.GTE, Operator.LT, Operator.LTE, Operator.IN, Operator.NOT_IN,
            Operator.PRESENT, Operator.ABSENT)),
    YEAR(NUMBER.operators),
    DATE(EnumSet.of(Operator.EQ, Operator.NE, Operator.GT, Operator.GTE, Operator.LT, Operator.LTE, Operator.WITHIN_MONTHS,
            Operator.PRESENT, Operator.ABSENT)),
    RANK(NUMBER.operators),
    CHOICE(EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN, Operator.PRESENT, Operator.ABSENT)),
    FLAG(EnumSet.of(Operator.IS_TRUE, Operator.IS_FALSE, Operator.PRESENT, Operator.ABSENT));

    private final Set<Operator> operators;

    FactType(Set<Operator> operators) {
        this.operators = operators;
    }

    public Set<Operator> operators() {
        return EnumSet.copyOf(operators);
    }

    public boolean allows(Operator op) {
        return operators.contains(op);
    }

    /** whether two values of this type compare by order (numbers, years, dates, ranks) */
    public boolean ordered() {
        return this == NUMBER || this == YEAR || this == DATE || this == RANK;
    }
}
