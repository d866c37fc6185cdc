package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.DomainViolation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record the trail speaks of, written {@code TALENT:12}: its kind (the entity's name in upper
 * snake case: {@code TalentRelation} → {@code TALENT_RELATION}) and its id, null for a kind of
 * record as a whole or one whose key is not a number.
 */
public record RecordRef(String kind, Long id) {

    private static final Pattern TEXT = Pattern.compile("([A-Z][A-Z_]{0,39})(?::(\\d{1,18}))?");

    /** the kind of an entity class: {@code IpItem} → {@code IP_ITEM} */
    public static String kindOf(Class<?> entity) {
        return entity.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
    }

    public static RecordRef of(Class<?> entity, Long id) {
        return new RecordRef(kindOf(entity), id);
    }

    /** "TALENT:12" or "TALENT"; anything else is refused, naming {@code field} */
    public static RecordRef parse(String text, String field) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase());
        if (!m.matches()) {
            throw DomainViolation.of(field, "validation.audit.record");
        }
        return new RecordRef(m.group(1), m.group(2) == null ? null : Long.valueOf(m.group(2)));
    }

    @Override
    public String toString() {
        return id == null ? kind : kind + ":" + id;
    }
}
