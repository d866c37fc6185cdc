package cn.wulian.liancai.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule of the domain. Carries one message key per offending field, so that
 * the REST layer answers 400 with {@code fields} and a JSF page puts each message beside its
 * input. Keys are looked up in the {@code messages} bundle of the caller's language.
 */
public class DomainViolation extends RuntimeException {

    private final Map<String, String> fieldKeys;

    public DomainViolation(Map<String, String> fieldKeys) {
        super("invalid input: " + fieldKeys);
        this.fieldKeys = Map.copyOf(new LinkedHashMap<>(fieldKeys));
    }

    public static DomainViolation of(String field, String messageKey) {
        return new DomainViolation(Map.of(field, messageKey));
    }

    /** field name (as in the JSON API) → message key */
    public Map<String, String> fieldKeys() {
        return fieldKeys;
    }
}
