package cn.wulian.liancai.talent.entity;

import cn.wulian.liancai.shared.NameKeys;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What two records of one person have in common; computed from details, also stored on
 * {@link Talent} for indexed lookups. The same person arrives as 張偉 and 张伟, as "张 伟" typed
 * with a full-width space, with a phone written +86 138-0013-8000: each key folds those spellings
 * into one, and nothing more — 张伟 and 张玮 stay two names.
 *
 * <p>Score of a pair (documented for the office): the same phone 60, the same e-mail 50, the same
 * WeChat 50, the same name with the same birth year and township 40; summed, at most 100. A name
 * alone is no reason: many people share one.
 */
public record DuplicateKeys(String nameKey, String phoneKey, String emailKey, String wechatKey, Integer birthYear, Long townshipId) {

    public static final String PHONE = "PHONE";
    public static final String EMAIL = "EMAIL";
    public static final String WECHAT = "WECHAT";
    public static final String NAME_BIRTH_TOWNSHIP = "NAME_BIRTH_TOWNSHIP";

    /** each reason's weight in {@link #score}, in the order reasons are listed */
    public static final Map<String, Integer> WEIGHTS = Map.of(PHONE, 60, EMAIL, 50, WECHAT, 50, NAME_BIRTH_TOWNSHIP, 40);
    static final List<String> ORDER = List.of(PHONE, EMAIL, WECHAT, NAME_BIRTH_TOWNSHIP);

    /** the keys' column widths on {@code talent} (017-talent-merge.xml): longer values cannot be typed into the fields they come from */
    static final int NAME_KEY_LENGTH = 200;


    public static DuplicateKeys of(TalentDetails details) {
        return new DuplicateKeys(nameKey(details.name()), phoneKey(details.phone()), emailKey(details.email()),
                wechatKey(details.wechat()), details.birthYear(), details.township() == null ? null : details.township().getId());
    }

    /** the reasons these keys match other's (codes: "PHONE", "EMAIL", "WECHAT", "NAME_BIRTH_TOWNSHIP"), empty when they don't */
    public List<String> reasonsAgainst(DuplicateKeys other) {
        List<String> reasons = new ArrayList<>(4);
        if (same(phoneKey, other.phoneKey)) {
            reasons.add(PHONE);
        }
        if (same(emailKey, other.emailKey)) {
            reasons.add(EMAIL);
        }
        if (same(wechatKey, other.wechatKey)) {
            reasons.add(WECHAT);
        }
        if (same(nameKey, other.nameKey) && same(birthYear, other.birthYear) && same(townshipId, other.townshipId)) {
            reasons.add(NAME_BIRTH_TOWNSHIP);
        }
        return reasons;
    }

    /** the pair's score from its reasons: the weights summed, capped at 100 */
    public static int score(List<String> reasons) {
        return Math.min(100, reasons.stream().mapToInt(r -> WEIGHTS.getOrDefault(r, 0)).sum());
    }

    /** reasons in their fixed order (strongest first), whatever order they were found in */
    public static List<String> ordered(java.util.Collection<String> reasons) {
        return ORDER.stream().filter(reasons::contains).toList();
    }

    private static boolean same(Object a, Object b) {
        return a != null && Objects.equals(a, b);
    }

    /** the name as {@link NameKeys} folds it, cut to the column's width; null when nothing is left */
    public static String nameKey(String name) {
        return name == null ? null : cut(NameKeys.of(name), NAME_KEY_LENGTH);
    }

    /** the digits of the number as the record keeps it ({@link Talent#phone}): a +86, 0086 or 86- before a mobile dropped */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        // the number as the record keeps it, so that a number typed 86-139… finds the one stored as 139…
        String number = Talent.phone(phone);
        return number == null ? null : cut(number.replaceAll("[^0-9]", ""), 40);
    }

    public static String emailKey(String email) {
        return lower(email, 200);
    }

    public static String wechatKey(String wechat) {
        return lower(wechat, 100);
    }

    private static String lower(String s, int max) {
        return s == null ? null : cut(Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT), max);
    }

    private static String cut(String s, int max) {
        if (s.isEmpty()) {
            return null;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
