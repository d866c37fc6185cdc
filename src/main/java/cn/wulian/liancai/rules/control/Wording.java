package cn.wulian.liancai.rules.control;

import cn.wulian.liancai.rules.entity.Fact;
import cn.wulian.liancai.rules.entity.FactType;
import cn.wulian.liancai.rules.entity.Outcome;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rule and its verdict in the reader's words: "最高学历：本科；要求：硕士及以上" or
 * "highest degree: Bachelor; required: Master or above". All words come from the message bundles
 * ({@code rule.*}, the facts' labels {@code rule.fact.<kind>.<name>}, enum labels).
 */
public final class Wording {

    private final SubjectKind kind;
    private final Locale locale;
    private final LocalDate today;

    /** @param today the day "within the last N months" counts back from */
    public Wording(SubjectKind kind, Locale locale, LocalDate today) {
        this.kind = kind;
        this.locale = Messages.supported(locale);
        this.today = today;
    }

    /** the fact's name for people: "最高学历" */
    public String label(Fact fact) {
        return text("rule.fact." + kind.name().toLowerCase(Locale.ROOT) + "." + fact.name());
    }

    /** "最高学历：本科；要求：硕士及以上" */
    public String sentence(Outcome.OfCondition outcome) {
        return text("rule.sentence", label(outcome.condition().fact()), actual(outcome), requirement(outcome.condition()));
    }

    /** the subject's value in words, or "未登记" */
    public String actual(Outcome.OfCondition outcome) {
        return outcome.actual() == null ? text("rule.notRecorded") : value(outcome.condition().fact(), outcome.actual());
    }

    /** what the condition asks, in words: "硕士及以上" */
    public String requirement(Rule.Condition c) {
        Fact fact = c.fact();
        List<Object> values = c.values();
        return switch (c.op()) {
            case EQ -> value(fact, c.value());
            case NE -> text("rule.req.ne", value(fact, c.value()));
            case GT, GTE, LT, LTE -> text("rule.req." + family(fact.type()) + "." + c.op().json(), value(fact, c.value()));
            case IN -> values.size() == 1 ? value(fact, c.value()) : text("rule.req.in", list(fact, values));
            case NOT_IN -> text(values.size() == 1 ? "rule.req.ne" : "rule.req.notIn", list(fact, values));
            case IS_TRUE -> text("rule.yes");
            case IS_FALSE -> text("rule.no");
            case WITHIN_MONTHS -> text("rule.req.withinMonths", c.value().toString(), today.minusMonths((Integer) c.value()).toString());
            case PRESENT -> text("rule.req.present");
            case ABSENT -> text("rule.req.absent");
        };
    }

    /** the whole rule as one line: "最高学历：硕士及以上；（以下任一：…；…）" */
    public String describe(Rule rule) {
        if (rule instanceof Rule.Group g && g.join() == Rule.Join.ALL) {
            return g.parts().isEmpty() ? text("rule.noConditions") : parts(g);
        }
        return part(rule);
    }

    /**
     * The rule as a numbered list reads it: one clause for each part of the outer "all" (a nested
     * group as one clause), the whole rule as one clause otherwise; none when it asks nothing.
     */
    public List<String> clauses(Rule rule) {
        if (rule instanceof Rule.Group g && g.join() == Rule.Join.ALL) {
            return g.parts().stream().map(this::part).toList();
        }
        return List.of(part(rule));
    }

    private String part(Rule rule) {
        return switch (rule) {
            case Rule.Condition c -> text("rule.requirement", label(c.fact()), requirement(c));
            case Rule.Group g -> text(g.join() == Rule.Join.ALL ? "rule.allOf" : "rule.anyOf", parts(g));
        };
    }

    private String parts(Rule.Group g) {
        return g.parts().stream().map(this::part).collect(Collectors.joining(english() ? "; " : "；"));
    }

    /** one value of a fact in words: amounts grouped with their unit, codes by their labels */
    public String value(Fact fact, Object value) {
        return switch (fact.type()) {
            case NUMBER -> {
                String number = number(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()), locale,
                        YUAN.equals(fact.unitKey()));
                yield fact.unitKey() == null ? number : text(fact.unitKey(), number);
            }
            case YEAR -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            case DATE -> value.toString();
            case RANK, CHOICE -> fact.label(value.toString(), locale);
            case FLAG -> text(Boolean.TRUE.equals(value) ? "rule.yes" : "rule.no");
        };
    }

    private static final String YUAN = "rule.unit.yuan";

    /** an amount as people read it: 5,000,000 or 3,600.5 */
    public static String number(BigDecimal value, Locale locale) {
        return number(value, locale, false);
    }

    /** @param money a fraction is written to the fen: 5,000,000.50 元, not 5,000,000.5 */
    static String number(BigDecimal value, Locale locale, boolean money) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setMaximumFractionDigits(2);
        if (money && value.stripTrailingZeros().scale() > 0) {
            format.setMinimumFractionDigits(2);
        }
        return format.format(value);
    }

    private String list(Fact fact, List<Object> values) {
        return values.stream().map(v -> value(fact, v)).collect(Collectors.joining(english() ? ", " : "、"));
    }

    private static String family(FactType type) {
        return switch (type) {
            case DATE, YEAR -> "time";
            case RANK -> "rank";
            default -> "number";
        };
    }

    private boolean english() {
        return Locale.ENGLISH.equals(locale);
    }

    private String text(String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
