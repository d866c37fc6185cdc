package cn.wulian.liancai.shared;

import cn.wulian.liancai.shared.i18n.Messages;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Input that breaks a rule of the domain. Carries one message key per offending field, so that
 * the REST layer answers 400 with {@code fields} and a JSF page puts each message beside its
 * input. Keys are looked up in the {@code messages} bundle of the caller's language; a message may
 * take arguments (e.g. which condition of a rule is wrong), given per field.
 */
public class DomainViolation extends RuntimeException {

    private final Map<String, String> fieldKeys;
    private final Map<String, List<Object>> fieldArgs;

    public DomainViolation(Map<String, String> fieldKeys) {
        this(fieldKeys, Map.of());
    }

    protected DomainViolation(Map<String, String> fieldKeys, Map<String, List<Object>> fieldArgs) {
        super("invalid input: " + fieldKeys + (fieldArgs.isEmpty() ? "" : " " + fieldArgs));
        this.fieldKeys = Map.copyOf(new LinkedHashMap<>(fieldKeys));
        this.fieldArgs = Map.copyOf(fieldArgs);
    }

    public static DomainViolation of(String field, String messageKey) {
        return new DomainViolation(Map.of(field, messageKey));
    }

    /** one field's error whose message takes arguments ({0}, {1} … in the bundle) */
    public static DomainViolation of(String field, String messageKey, Object... args) {
        return new DomainViolation(Map.of(field, messageKey), Map.of(field, Arrays.asList(args)));
    }

    /**
     * This violation together with more fields' errors, so that all are reported at once; a field
     * named here keeps its own message and arguments.
     */
    public DomainViolation with(Map<String, String> moreFieldKeys) {
        Map<String, String> keys = new LinkedHashMap<>(moreFieldKeys);
        keys.putAll(fieldKeys);
        return new DomainViolation(keys, fieldArgs);
    }

    /** this violation and another, each field with its message and arguments (this one's first where both name a field) */
    public DomainViolation and(DomainViolation other) {
        Map<String, String> keys = new LinkedHashMap<>(other.fieldKeys);
        keys.putAll(fieldKeys);
        Map<String, List<Object>> args = new LinkedHashMap<>(other.fieldArgs);
        args.putAll(fieldArgs);
        return new DomainViolation(keys, args);
    }

    /** field name (as in the JSON API) → message key */
    public Map<String, String> fieldKeys() {
        return fieldKeys;
    }

    /** the message for one field in the reader's language, its arguments filled in */
    public String text(String field, Locale locale) {
        return Messages.text(locale, fieldKeys.get(field), fieldArgs.getOrDefault(field, List.of()).toArray());
    }

    /** the one line above the fields' messages, in the reader's language */
    public String headline(Locale locale) {
        return Messages.text(locale, "error.invalid");
    }

    /** field name → message in the reader's language */
    public Map<String, String> texts(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        fieldKeys.forEach((field, key) -> texts.put(field, text(field, locale)));
        return texts;
    }
}
