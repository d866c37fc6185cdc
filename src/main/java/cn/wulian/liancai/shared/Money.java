package cn.wulian.liancai.shared;

import cn.wulian.liancai.shared.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the county reads a sum of money, one convention on every page, print and chart: an amount
 * below 100 million yuan in 万元 ("87.5 万元"), a larger one in 亿元 with two decimals ("1.25 亿元"),
 * and money actually paid to the yuan with two decimals ("12,000.50 元"). The unit is always part of
 * the figure; the words come from the bundles ({@code money.*}). Amounts are stored in yuan.
 */
public final class Money {

    /** the scale a figure is written in, and its factor from yuan */
    public enum Scale {
        WAN(new BigDecimal(10_000), "#,##0.##"),
        YI(new BigDecimal(100_000_000), "#,##0.00");

        private final BigDecimal yuan;
        private final String pattern;

        Scale(BigDecimal yuan, String pattern) {
            this.yuan = yuan;
            this.pattern = pattern;
        }

        /** the amount in this scale, rounded as it is written */
        public BigDecimal of(BigDecimal amount) {
            return (amount == null ? BigDecimal.ZERO : amount).divide(yuan, 2, RoundingMode.HALF_UP);
        }

        /** the unit alone, for a header or a chart's axis: 万元, 亿元 */
        public String unit(Locale locale) {
            return Messages.text(locale, "money.unit." + name());
        }
    }

    private static final BigDecimal TEN_THOUSAND_WAN = new BigDecimal(10_000);

    private Money() {
    }

    /**
     * The scale of an amount: 亿 once it would read 10,000 万元 or more as written, so that
     * 99,999,999.99 元 reads "1.00 亿元" and not "10,000 万元"; negative amounts alike.
     */
    public static Scale scaleOf(BigDecimal amount) {
        return Scale.WAN.of(amount).abs().compareTo(TEN_THOUSAND_WAN) >= 0 ? Scale.YI : Scale.WAN;
    }

    /** an amount of yuan as people read it, with its unit: "87.5 万元", "1.25 亿元"; a dash for none */
    public static String amount(BigDecimal yuan, Locale locale) {
        return yuan == null ? "—" : Messages.text(locale, "money." + scaleOf(yuan).name(), figure(yuan, locale));
    }

    /** the figure of {@link #amount} without its unit, for a headline set large beside a small unit: "1.25" */
    public static String figure(BigDecimal yuan, Locale locale) {
        if (yuan == null) {
            return "—";
        }
        Scale scale = scaleOf(yuan);
        return format(scale.of(yuan), scale.pattern, locale);
    }

    /** the unit of {@link #amount}: 万元 or 亿元 */
    public static String unit(BigDecimal yuan, Locale locale) {
        return yuan == null ? "" : scaleOf(yuan).unit(locale);
    }

    /** money paid (a disbursement, a grant), exact to the fen: "12,000.50 元"; a dash for none */
    public static String paid(BigDecimal yuan, Locale locale) {
        return yuan == null ? "—" : Messages.text(locale, "money.YUAN", format(yuan, "#,##0.00", locale));
    }

    private static String format(BigDecimal value, String pattern, Locale locale) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Messages.supported(locale)));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
