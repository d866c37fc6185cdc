package cn.wulian.liancai.rules.entity;

import java.util.List;
import java.util.Locale;

/**
 * One thing a rule may ask about a subject, e.g. a talent's highest degree.
 *
 * @param name    the name rules use ({@code degree})
 * @param type    what kind of value it holds
 * @param choices for {@link FactType#RANK} the codes in ascending order; for {@link FactType#CHOICE}
 *                the known codes, or {@code null} when any text is allowed (e.g. an industry)
 * @param unitKey message key that puts a number into its unit ({@code 元}), or {@code null}
 * @param labels  the words for a code in the reader's language
 */
public record Fact(String name, FactType type, List<String> choices, String unitKey, Labels labels) {

    /** the words for a code (a degree, a platform) in a language */
    @FunctionalInterface
    public interface Labels {
        String label(String code, Locale locale);

        /** codes that are their own words */
        Labels AS_IS = (code, locale) -> code;
    }

    public Fact {
        if (type == FactType.RANK && (choices == null || choices.isEmpty())) {
            throw new IllegalArgumentException("a rank fact needs its ordered codes: " + name);
        }
        choices = choices == null ? null : List.copyOf(choices);
        labels = labels == null ? Labels.AS_IS : labels;
    }

    public static Fact number(String name, String unitKey) {
        return new Fact(name, FactType.NUMBER, null, unitKey, null);
    }

    public static Fact year(String name) {
        return new Fact(name, FactType.YEAR, null, null, null);
    }

    public static Fact date(String name) {
        return new Fact(name, FactType.DATE, null, null, null);
    }

    public static Fact flag(String name) {
        return new Fact(name, FactType.FLAG, null, null, null);
    }

    public static Fact rank(String name, List<String> ascending, Labels labels) {
        return new Fact(name, FactType.RANK, ascending, null, labels);
    }

    public static Fact choice(String name, List<String> known, Labels labels) {
        return new Fact(name, FactType.CHOICE, known, null, labels);
    }

    /** the position of a code among a rank's codes, or -1 */
    public int rankOf(String code) {
        return choices == null ? -1 : choices.indexOf(code);
    }

    public String label(String code, Locale locale) {
        String label = labels.label(code, locale);
        return label == null || label.isBlank() ? code : label;
    }
}
