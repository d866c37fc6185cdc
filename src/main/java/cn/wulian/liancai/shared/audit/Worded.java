package cn.wulian.liancai.shared.audit;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The particulars of an entry written as a message and its arguments, not as a sentence in one language:
 * {@code {"words":"audit.words.exported","args":["1234"]}}. Every page and file that shows the trail reads
 * them in the reader's language ({@link AuditLabels}); the API gives them as this data. An entry written
 * before, as a sentence, reads as written.
 *
 * @param key  the message, in both bundles
 * @param args its arguments, as text
 */
public record Worded(String key, List<String> args) {

    private static final String WORDS = "words";
    private static final String ARGS = "args";

    /** the particulars to record: {@code key}'s message with {@code args} (null ones as empty) */
    public static String of(String key, Object... args) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (Object arg : args) {
            values.add(arg == null ? "" : arg.toString());
        }
        return JSON.createObjectBuilder().add(WORDS, key).add(ARGS, values).build().toString();
    }

    /** the particulars as worded data; null for any other detail (a sentence, a list of records) */
    static Worded parse(String detail) {
        if (detail == null || !detail.startsWith("{\"" + WORDS + "\"")) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(detail))) {
            JsonObject o = reader.readObject();
            List<String> args = o.getJsonArray(ARGS).stream()
                    .map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString()).toList();
            return new Worded(o.getString(WORDS), args);
        } catch (JsonException | ClassCastException | NullPointerException notWorded) {
            return null;
        }
    }

    /**
     * the message in {@code locale}, an argument that is itself a message of the bundle (an import's mode, its
     * outcome) in that language too; null when the bundle has no such message (the detail then reads as written)
     */
    String in(Locale locale) {
        ResourceBundle bundle = Messages.bundle(locale);
        if (!bundle.containsKey(key)) {
            return null;
        }
        return Messages.text(locale, key, args.stream().map(a -> !a.isEmpty() && bundle.containsKey(a) ? bundle.getString(a) : a).toArray());
    }
}
