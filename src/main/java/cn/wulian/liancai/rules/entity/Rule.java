package cn.wulian.liancai.rules.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An eligibility rule: a group of conditions that must all (or of which any must) hold, groups
 * nesting in groups. Built only by {@link RuleJson}, which checks every condition against the facts
 * of its subject kind, so a rule in hand is well-formed.
 */
public sealed interface Rule permits Rule.Group, Rule.Condition {

    /** how a group combines its parts */
    enum Join {
        ALL, ANY;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Evaluates the rule against a subject's facts on a day. Every condition is evaluated (no
     * short cut), so that the answer gives every reason.
     *
     * @param facts fact name → value; a missing name or a {@code null} value is missing data
     * @param today the day of evaluation, for conditions relative to it ({@code withinMonths})
     */
    Outcome evaluate(Map<String, ?> facts, LocalDate today);

    /** the conditions of the rule, in order, depth first */
    List<Condition> conditions();

    record Group(Join join, List<Rule> parts) implements Rule {

        public Group {
            Objects.requireNonNull(join);
            parts = List.copyOf(parts);
        }

        @Override
        public Outcome.OfGroup evaluate(Map<String, ?> facts, LocalDate today) {
            List<Outcome> outcomes = parts.stream().map(p -> p.evaluate(facts, today)).toList();
            boolean passed = join == Join.ALL
                    ? outcomes.stream().allMatch(Outcome::passed)
                    : outcomes.stream().anyMatch(Outcome::passed);
            return new Outcome.OfGroup(this, passed, outcomes);
        }

        @Override
        public List<Condition> conditions() {
            return parts.stream().flatMap(p -> p.conditions().stream()).toList();
        }
    }

    /**
     * One condition. Its values are typed by the fact: {@link BigDecimal} for numbers and years,
     * {@link LocalDate} for dates, {@link String} codes for ranks and choices, an {@link Integer}
     * month count for {@link Operator#WITHIN_MONTHS}; none for operators without a value.
     */
    record Condition(Fact fact, Operator op, List<Object> values) implements Rule {

        public Condition {
            Objects.requireNonNull(fact);
            Objects.requireNonNull(op);
            values = List.copyOf(values);
            if (!fact.type().allows(op)) {
                throw new IllegalArgumentException(op + " does not fit " + fact.type() + " fact " + fact.name());
            }
        }

        public Object value() {
            return values.isEmpty() ? null : values.getFirst();
        }

        @Override
        public Outcome.OfCondition evaluate(Map<String, ?> facts, LocalDate today) {
            Object actual = normalized(facts.get(fact.name()));
            return new Outcome.OfCondition(this, status(actual, today), actual);
        }

        @Override
        public List<Condition> conditions() {
            return List.of(this);
        }

        private Outcome.Status status(Object actual, LocalDate today) {
            if (op == Operator.PRESENT) {
                return pass(actual != null);
            }
            if (op == Operator.ABSENT) {
                return pass(actual == null);
            }
            if (actual == null) {
                return Outcome.Status.MISSING;
            }
            return pass(switch (op) {
                case EQ -> compare(actual, value()) == 0;
                case NE -> compare(actual, value()) != 0;
                case GT -> compare(actual, value()) > 0;
                case GTE -> compare(actual, value()) >= 0;
                case LT -> compare(actual, value()) < 0;
                case LTE -> compare(actual, value()) <= 0;
                case IN -> values.stream().anyMatch(v -> compare(actual, v) == 0);
                case NOT_IN -> values.stream().noneMatch(v -> compare(actual, v) == 0);
                case IS_TRUE -> Boolean.TRUE.equals(actual);
                case IS_FALSE -> Boolean.FALSE.equals(actual);
                case WITHIN_MONTHS -> {
                    LocalDate day = (LocalDate) actual;
                    yield !day.isBefore(today.minusMonths((Integer) value())) && !day.isAfter(today);
                }
                case PRESENT, ABSENT -> throw new AssertionError(op);
            });
        }

        /** the order of two values of this fact; for choices only equality (0) means anything */
        private int compare(Object actual, Object required) {
            return switch (fact.type()) {
                case NUMBER, YEAR -> ((BigDecimal) actual).compareTo((BigDecimal) required);
                case DATE -> ((LocalDate) actual).compareTo((LocalDate) required);
                case RANK -> Integer.compare(fact.rankOf((String) actual), fact.rankOf((String) required));
                case CHOICE, FLAG -> actual.equals(required) ? 0 : 1;
            };
        }

        /** numbers of any Java type compare as decimals; other values as they are */
        private Object normalized(Object value) {
            if (value instanceof BigDecimal || !(value instanceof Number n)) {
                return value;
            }
            return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()) : BigDecimal.valueOf(n.longValue());
        }

        private static Outcome.Status pass(boolean passed) {
            return passed ? Outcome.Status.PASSED : Outcome.Status.FAILED;
        }
    }
}
