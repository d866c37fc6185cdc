package cn.wulian.liancai.shared.audit;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.i18n.RecordKinds;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The trail in the reader's words: a record's kind ("人才 #12"), an action ("修改"), a field by the
 * label its form gives it ({@code talent.phone} → "手机"), a value as the pages show it (an enum
 * by its label, a reference by its record, a moment in the office's zone), and a change as one
 * line. What has no label in the bundle reads as written.
 *
 * @param types     record kind → field → the field's Java type, from the persistence unit's metamodel
 * @param longest   a value longer than this is cut (the pages); 0 for no limit (a file)
 * @param steps     the features' words for the particulars of their steps (an award's scores)
 * @param names     a record ("TALENT:12") → its name now (孙志刚), null for one without a name or gone
 */
public record AuditLabels(Locale locale, ZoneId zone, Map<String, Map<String, Class<?>>> types, int longest, List<StepWords> steps,
                          Function<RecordRef, String> names) {

    /** labels that name records by kind and number alone */
    public AuditLabels(Locale locale, ZoneId zone, Map<String, Map<String, Class<?>>> types, int longest, List<StepWords> steps) {
        this(locale, zone, types, longest, steps, r -> null);
    }

    private static final Logger LOG = Logger.getLogger(AuditLabels.class.getName());
    static final String ERASED = "audit.erased";
    private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Z_]*:\\d+");
    private static final Pattern REFERENCES = Pattern.compile("([A-Z][A-Z_]*:\\d+)( [A-Z][A-Z_]*:\\d+)*");
    /** a list's entry names the records it showed; the page names this many of them */
    private static final int NAMED = 5;

    /** "TALENT:12" → "人才 孙志刚 #12" (by number alone when it has no name); "TALENT" → "人才" */
    public String record(String ref) {
        RecordRef r = RecordRef.parse(ref, "record");
        String kind = kind(r.kind());
        if (r.id() == null) {
            return kind;
        }
        String name = names.apply(r);
        return name == null || name.isBlank() ? kind + " #" + r.id() : kind + " " + name.strip() + " #" + r.id();
    }

    private String kind(String kind) {
        ResourceBundle bundle = Messages.bundle(locale);
        for (String key : List.of("audit.kind." + kind, "reference.kind." + kind)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        return RecordKinds.key(words).equals("record.any") ? kind : RecordKinds.name(locale, words);
    }

    public String action(String action) {
        ResourceBundle bundle = Messages.bundle(locale);
        for (String key : List.of("audit.action." + action, "awards.action." + action)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return action;
    }

    /** "phone" of a talent → the talent form's label for it */
    public String field(String recordRef, String field) {
        String key = RecordKinds.camel(RecordRef.parse(recordRef, "record").kind().toLowerCase(Locale.ROOT).replace('_', ' ')) + "." + field;
        ResourceBundle bundle = Messages.bundle(locale);
        // the trail's own word for a kind's field first: a form's key may be a message ("policy.version" is 第 {0} 版)
        for (String k : List.of("audit.field." + key, key, "audit.field." + field)) {
            if (bundle.containsKey(k)) {
                return bundle.getString(k);
            }
        }
        return field;
    }

    /** every change of an entry on one line: "手机：139… → 138…；单位：华为 → 腾讯" */
    public String changes(AuditRow row) {
        String erased = Messages.text(locale, ERASED);
        String colon = Messages.text(locale, "audit.colon");
        return row.changes().stream().map(c -> field(row.record(), c.field()) + colon + (row.erased() ? erased
                : (c.before() == null ? "" : value(row.record(), c.field(), c.before()) + " → ")
                + (c.after() == null ? "∅" : value(row.record(), c.field(), c.after()))))
                .collect(Collectors.joining(Messages.text(locale, "audit.changeSeparator")));
    }

    /**
     * an entry's particulars: a feature's step in the words of the feature that recorded it (an
     * award's scores), else as {@link #detail(String)}
     */
    public String detail(String action, String detail) {
        if (detail != null && action != null) {
            for (StepWords words : steps) {
                String said = words.words(action, detail, locale);
                if (said != null) {
                    return cut(said);
                }
            }
        }
        return detail(detail);
    }

    /**
     * the records a row names where a page shows it: its record and subject, the first records of a
     * list's entry, and the references among its values — what a page reads the names of at once
     */
    static Stream<String> namedOn(AuditRow row) {
        Stream<String> listed = row.detail() != null && REFERENCES.matcher(row.detail()).matches()
                ? Arrays.stream(row.detail().split(" ")).limit(NAMED) : Stream.empty();
        Stream<String> values = row.changes() == null ? Stream.empty() : row.changes().stream()
                .flatMap(c -> Stream.of(c.before(), c.after())).filter(v -> v != null && REFERENCE.matcher(v).matches());
        return Stream.of(Stream.of(row.record(), row.subject()), listed, values).flatMap(s -> s).filter(ref -> ref != null && !ref.isBlank());
    }

    /** a list's entry "TALENT:1 TALENT:2 …" → "20 条：人才 #1、#2 …", a bulk insert's likewise; other particulars as written */
    public String detail(String detail) {
        Worded worded = Worded.parse(detail);
        String said = worded == null ? null : worded.in(locale);
        if (said != null) {
            return cut(said);
        }
        BulkRecords bulk = BulkRecords.parse(detail);
        if (bulk != null) {
            // a bulk insert's records: "243 条：人才 #1–#243"
            return Messages.text(locale, "audit.shown", bulk.count(), kind(bulk.kind()) + " " + bulk.ranges().stream()
                    .map(r -> r[0] == r[1] ? "#" + r[0] : "#" + r[0] + "–#" + r[1]).collect(Collectors.joining(Messages.text(locale, "audit.separator"))));
        }
        if (detail == null || !REFERENCES.matcher(detail).matches()) {
            return cut(detail);
        }
        List<String> refs = Arrays.asList(detail.split(" "));
        String named = refs.stream().limit(NAMED).map(this::record).collect(Collectors.joining(Messages.text(locale, "audit.separator")));
        return Messages.text(locale, "audit.shown", refs.size(), named + (refs.size() > NAMED ? " …" : ""));
    }

    private String value(String recordRef, String field, String value) {
        RecordRef record = RecordRef.parse(recordRef, "record");
        for (StepWords feature : steps) {
            String worded;
            try {
                worded = feature.value(record, field, value, locale);
            } catch (RuntimeException unworded) {
                // a feature that cannot word a value (a shape it does not expect, its record unreadable) must not
                // take the whole page or file with it: the value reads as the trail shows any value
                LOG.log(Level.FINE, unworded, () -> "no words for " + recordRef + " " + field);
                worded = null;
            }
            if (worded != null) {
                return cut(worded);
            }
        }
        Class<?> type = types.getOrDefault(record.kind(), Map.of()).get(field);
        String shown = value;
        JsonValue json = value.startsWith("{") || value.startsWith("[") ? json(value) : null;
        if (json instanceof JsonObject object) {
            shown = words(recordRef, object); // a review's sheet: 评分：impact 8、return 3；评语：…, not its JSON
        } else if (json instanceof JsonArray list) {
            // a nomination's achievements: "项目签约 2024、一期投产 2026", each entry's values
            shown = list.stream().map(e -> e instanceof JsonObject o ? o.values().stream().filter(v -> !empty(v)).map(AuditLabels::plain)
                    .collect(Collectors.joining(" ")) : plain(e)).collect(Collectors.joining(Messages.text(locale, "audit.separator")));
        } else if (type != null && type.isEnum()) {
            String key = "enum." + type.getSimpleName() + "." + value;
            ResourceBundle bundle = Messages.bundle(locale);
            shown = bundle.containsKey(key) ? bundle.getString(key) : value;
        } else if (type == Instant.class) {
            try {
                shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(Instant.parse(value));
            } catch (DateTimeParseException e) {
                shown = value;
            }
        } else if (type == Boolean.class || type == boolean.class) {
            shown = Messages.text(locale, Boolean.parseBoolean(value) ? "audit.yes" : "audit.no");
        } else if ("role".equals(field) && Messages.bundle(locale).containsKey("role." + value)) {
            shown = Messages.text(locale, "role." + value); // an account's role is kept as its name, not as an enum
        } else if (REFERENCE.matcher(value).matches()) {
            shown = record(value);
        } else if (value.length() >= 16 && value.charAt(10) == 'T' && Character.isDigit(value.charAt(0))) {
            shown = value.replace('T', ' '); // a LocalDateTime
        }
        return cut(shown);
    }

    /** the value as JSON, or null when it is text that only begins like it ("[1] 首次联系" is a note, not the list [1]) */
    private static JsonValue json(String value) {
        try (JsonParser parser = JSON.createParser(new StringReader(value))) {
            parser.next();
            JsonValue read = parser.getValue();
            return parser.hasNext() ? null : read;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException notJson) {
            return null;
        }
    }

    /** a JSON object kept in a field, in words: each name by its label, empty values left out, objects within as "name value" */
    private String words(String recordRef, JsonObject object) {
        String separator = Messages.text(locale, "audit.separator");
        return object.entrySet().stream().filter(e -> !empty(e.getValue()))
                .map(e -> field(recordRef, e.getKey()) + Messages.text(locale, "audit.colon") + switch (e.getValue().getValueType()) {
                    case OBJECT -> e.getValue().asJsonObject().entrySet().stream().filter(inner -> !empty(inner.getValue()))
                            .map(inner -> inner.getKey() + " " + plain(inner.getValue())).collect(Collectors.joining(separator));
                    default -> plain(e.getValue());
                })
                .collect(Collectors.joining(Messages.text(locale, "audit.changeSeparator")));
    }

    private static boolean empty(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> true;
            case OBJECT -> value.asJsonObject().isEmpty();
            case ARRAY -> value.asJsonArray().isEmpty();
            case STRING -> ((JsonString) value).getString().isBlank();
            default -> false;
        };
    }

    private static String plain(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    private String cut(String value) {
        return value == null || longest == 0 || value.length() <= longest ? value : value.substring(0, longest) + "…";
    }
}
