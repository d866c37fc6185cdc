package cn.wulian.liancai.shared;

import cn.wulian.liancai.shared.persistence.StringListConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns raw input into domain values, reporting every problem against the field it came from:
 * Bean Validation for formats, enum names for codes, tags. Look-ups of references belong to the
 * feature that owns the record (a township to {@code place}, a liaison officer to {@code talent}).
 */
@ApplicationScoped
public class InputChecks {

    @Inject
    Validator validator;

    /** throws one {@link DomainViolation} naming every field whose format is wrong */
    public void validate(Object input) {
        Map<String, String> errors = formatErrors(input);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
    }

    /** field → message key for every format error of the input (Bean Validation); a missing body is one */
    public Map<String, String> formatErrors(Object input) {
        if (input == null) {
            throw DomainViolation.of("body", "validation.body.missing");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            String path = v.getPropertyPath().toString();
            int cut = path.indexOf('[');
            String field = cut > 0 ? path.substring(0, cut) : path;
            cut = field.indexOf('.');
            errors.putIfAbsent(cut > 0 ? field.substring(0, cut) : field, v.getMessageTemplate());
        }
        return errors;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw DomainViolation.of(field, "validation.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainViolation.of(field, "validation.choice");
        }
    }

    /** runs one conversion, moving its field error into {@code errors} so that all fields are reported at once */
    public static <T> T collect(Map<String, String> errors, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (DomainViolation e) {
            e.fieldKeys().forEach(errors::putIfAbsent); // a format message already given is the more precise one
            return null;
        }
    }

    /** expertise tags: trimmed, no blanks, no duplicates; a single string with separators is split */
    public static List<String> tags(List<String> raw) {
        return StringListConverter.normalize(raw);
    }
}
