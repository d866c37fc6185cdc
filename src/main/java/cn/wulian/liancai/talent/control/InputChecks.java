package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.persistence.StringListConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns raw input into domain values, reporting every problem against the field it came from:
 * Bean Validation for formats, look-ups for references, enum names for codes.
 */
@ApplicationScoped
public class InputChecks {

    @PersistenceContext
    EntityManager em;

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

    /** a township by its statistics code or its name; blank means "outside the county / not known" */
    public Township township(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        String v = codeOrName.strip();
        return em.createQuery("select t from Township t where t.code = :v or t.name = :v", Township.class)
                .setParameter("v", v).getResultStream().findFirst()
                .orElseThrow(() -> DomainViolation.of("township", "validation.township.unknown"));
    }

    /** a liaison officer by user name: must be office staff */
    public Account liaison(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        Account a = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainViolation.of("liaison", "validation.liaison.unknown"));
        if (!a.isStaff()) {
            throw DomainViolation.of("liaison", "validation.liaison.notStaff");
        }
        return a;
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
