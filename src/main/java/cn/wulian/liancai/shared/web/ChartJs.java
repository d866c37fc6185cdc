package cn.wulian.liancai.shared.web;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}. Since PrimeFaces 14 the chart component
 * takes the whole Chart.js (4.x) configuration as its {@code value} and hands it to
 * {@code new Chart(canvas, config)} as script, so this writes JSON with every label escaped (no
 * {@code </script>} can end the page's script early). The charts fill their container's width and
 * height (the page's CSS sets the height) and do not animate, so they read the same on a phone, on
 * paper and in a test.
 */
public final class ChartJs {

    /** one series of bars: its legend label, one value per category and its colour, or one colour per bar */
    public record Series(String label, List<? extends Number> values, List<String> colours) {

        public Series(String label, List<? extends Number> values, String colour) {
            this(label, values, List.of(colour));
        }
    }

    /** the longest line of a label, in characters: Latin text, and Chinese (twice as wide) */
    private static final int WIDE_LINE = 18;
    private static final int NARROW_LINE = 10;

    private ChartJs() {
    }

    /**
     * Bars, one group per label. {@code horizontal} lays the categories down the side (long Chinese
     * names stay readable at phone width); {@code valueAxis} names the unit of the values.
     */
    public static String bar(List<String> labels, List<Series> series, boolean horizontal, String valueAxis) {
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series s : series) {
            datasets.add(JSON.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", numbers(s.values()))
                    .add("backgroundColor", s.colours().size() == 1 ? JSON.createValue(s.colours().getFirst())
                            : strings(s.colours()).build())
                    .add("borderRadius", 3)
                    .add("maxBarThickness", 36));
        }
        String valueScale = horizontal ? "x" : "y";
        String categoryScale = horizontal ? "y" : "x";
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("indexAxis", categoryScale)
                .add("plugins", JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", series.size() > 1).add("position", "bottom")))
                .add("scales", JSON.createObjectBuilder()
                        .add(valueScale, JSON.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("title", JSON.createObjectBuilder().add("display", true).add("text", valueAxis)))
                        .add(categoryScale, JSON.createObjectBuilder()
                                .add("ticks", JSON.createObjectBuilder().add("autoSkip", false))));
        return script(JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", wrapped(labels)).add("datasets", datasets))
                .add("options", options));
    }

    /**
     * Category labels, a long one broken into lines (Chart.js draws an array as lines) so that a
     * horizontal chart keeps room for its bars on a phone: English at spaces, Chinese every ten
     * characters.
     */
    private static JsonArrayBuilder wrapped(List<String> labels) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (String label : labels) {
            List<String> lines = lines(label == null ? "" : label);
            array.add(lines.size() == 1 ? JSON.createValue(lines.getFirst()) : strings(lines).build());
        }
        return array;
    }

    /** a character that takes two columns: Chinese, Japanese and Korean script and their punctuation */
    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        if (label.contains(" ")) {
            StringBuilder line = new StringBuilder();
            for (String word : label.split(" +")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > WIDE_LINE) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
        } else if (label.codePoints().noneMatch(ChartJs::wide)) {
            lines.add(label); // one Latin word ("Negotiating", "Biomedicine"): broken inside it would read as two
        } else {
            for (int i = 0; i < label.length(); i += NARROW_LINE) {
                lines.add(label.substring(i, Math.min(label.length(), i + NARROW_LINE)));
            }
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Number n : values) {
            switch (n) {
                case BigDecimal d -> array.add(d);
                case Integer i -> array.add(i);
                case Long l -> array.add(l);
                default -> array.add(n.doubleValue());
            }
        }
        return array;
    }

    /** JSON is a JavaScript expression, except that "</" may close the script element around it */
    private static String script(JsonObjectBuilder config) {
        return config.build().toString().replace("</", "<\\/");
    }
}
