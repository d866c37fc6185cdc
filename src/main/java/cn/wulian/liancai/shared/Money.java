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
 *
 * <p>English has no word for 万 or 亿 ("× 10k yuan" reads as a sum to work out), so its pages count
 * in the scales its readers use: yuan below a million ("875,000 yuan", "450,000.50 yuan" with its fen), millions up to a
 * billion ("12.5 million yuan"), billions above ("1.25 billion yuan").
 */
public final class Money {

    /** the scale a figure is written in, and its factor from yuan */
    public enum Scale {
        WAN(new BigDecimal(10_000), 2, "#,##0.##"),
        YI(new BigDecimal(100_000_000), 2, "#,##0.00"),
        YUAN(BigDecimal.ONE, 2, "#,##0"),
        MILLION(new BigDecimal(1_000_000), 2, "#,##0.##"),
        BILLION(new BigDecimal(1_000_000_000), 2, "#,##0.00");

        private final BigDecimal yuan;
        private final int decimals;
        private final String pattern;

        Scale(BigDecimal yuan, int decimals, String pattern) {
            this.yuan = yuan;
            this.decimals = decimals;
            this.pattern = pattern;
        }

        /** the amount in this scale, rounded as it is written */
        public BigDecimal of(BigDecimal amount) {
            return (amount == null ? BigDecimal.ZERO : amount).divide(yuan, decimals, RoundingMode.HALF_UP);
        }

        /** the unit alone, for a header or a chart's axis: 万元, 亿元; million yuan */
        public String unit(Locale locale) {
            return Messages.text(locale, "money.unit." + name());
        }

        /** the amount as written in this scale, without its unit */
        String figure(BigDecimal amount, Locale locale) {
            BigDecimal figure = of(amount);
            // yuan and fen: 450,000.50 read as "450,001 yuan", more than was approved
            boolean fen = this == YUAN && figure.stripTrailingZeros().scale() > 0;
            return format(figure, fen ? "#,##0.00" : pattern, locale);
        }

        /** whether {@code amount}, written in this scale, reads {@code limit} or more (so the next scale should write it) */
        private boolean reaches(BigDecimal amount, long limit) {
            return of(amount).abs().compareTo(BigDecimal.valueOf(limit)) >= 0;
        }
    }

    private Money() {
    }

    /** the scale of an amount as Chinese reads it: 万元, or 亿元 from 1 亿 on */
    public static Scale scaleOf(BigDecimal amount) {
        return scaleOf(amount, Messages.CHINESE);
    }

    /**
     * The scale of an amount in the language of {@code locale}: the larger unit once the smaller
     * would read 10,000 万 (or 1,000,000 yuan, 1,000 million) as written, so that 99,999,999.99 元
     * reads "1.00 亿元" and not "10,000 万元"; negative amounts alike.
     */
    public static Scale scaleOf(BigDecimal amount, Locale locale) {
        if (chinese(locale)) {
            return Scale.WAN.reaches(amount, 10_000) ? Scale.YI : Scale.WAN;
        }
        if (Scale.MILLION.reaches(amount, 1_000)) {
            return Scale.BILLION;
        }
        return Scale.YUAN.reaches(amount, 1_000_000) ? Scale.MILLION : Scale.YUAN;
    }

    /** an amount of yuan as people read it, with its unit: "87.5 万元", "1.25 亿元"; a dash for none */
    public static String amount(BigDecimal yuan, Locale locale) {
        return yuan == null ? "—" : Messages.text(locale, "money." + scaleOf(yuan, locale).name(), figure(yuan, locale));
    }

    /** the figure of {@link #amount} without its unit, for a headline set large beside a small unit: "1.25" */
    public static String figure(BigDecimal yuan, Locale locale) {
        return yuan == null ? "—" : scaleOf(yuan, locale).figure(yuan, locale);
    }

    /** the unit of {@link #amount}: 万元 or 亿元 */
    public static String unit(BigDecimal yuan, Locale locale) {
        return yuan == null ? "" : scaleOf(yuan, locale).unit(locale);
    }

    /** money paid (a disbursement, a grant), exact to the fen: "12,000.50 元"; a dash for none */
    public static String paid(BigDecimal yuan, Locale locale) {
        return yuan == null ? "—" : Messages.text(locale, "money.PAID", format(yuan, "#,##0.00", locale));
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(Messages.supported(locale).getLanguage());
    }

    private static String format(BigDecimal value, String pattern, Locale locale) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Messages.supported(locale)));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
