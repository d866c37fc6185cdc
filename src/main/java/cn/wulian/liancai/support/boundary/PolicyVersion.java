package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.shared.Money;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.support.entity.BenefitKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One version of a policy as its history lists it (the list's dialog, the edit page): who made it
 * and when, when and by whom it was superseded, and what it said — rule, benefit and budget in
 * words. Times are the county's local time.
 */
public record PolicyVersion(int version, boolean current, String createdAt, String createdBy, String supersededAt,
                            String supersededBy, String name, String ruleText, String benefitSummary, String annualBudget) implements Serializable {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** @param versions as the facade answers them, newest first */
    public static List<PolicyVersion> of(List<PolicyJson> versions, ZoneId zone, Locale locale) {
        return versions.stream().map(p -> new PolicyVersion(p.version(), p.current(), at(p.createdAt(), zone), p.createdBy(),
                at(p.supersededAt(), zone), p.supersededBy(), p.name(), p.ruleText(), p.benefitSummary(),
                amount(p.annualBudget(), p.benefitKind(), locale))).toList();
    }

    /**
     * an amount in the benefit's unit, money as the county reads it ("300 万元", {@link Money}),
     * others counted ("200 平方米"); a dash when there is none
     */
    public static String amount(BigDecimal value, String benefitKind, Locale locale) {
        if (BenefitKind.CASH.name().equals(benefitKind)) {
            return Money.amount(value, locale);
        }
        if (value == null) {
            return "—";
        }
        // one of a thing reads "1 unit", not "1 units", in English
        String key = "policy.unit." + benefitKind + (value.compareTo(BigDecimal.ONE) == 0 ? ".one" : "");
        return Messages.text(locale, key, Wording.number(value, locale));
    }

    /** an amount given out: money paid exact to the fen ("12,000.50 元"), others as {@link #amount} */
    public static String paid(BigDecimal value, String benefitKind, Locale locale) {
        return BenefitKind.CASH.name().equals(benefitKind) ? Money.paid(value, locale) : amount(value, benefitKind, locale);
    }

    private static String at(Instant moment, ZoneId zone) {
        return moment == null ? null : MINUTES.format(moment.atZone(zone));
    }
}
