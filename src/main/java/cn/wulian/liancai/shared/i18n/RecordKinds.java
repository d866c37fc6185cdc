package cn.wulian.liancai.shared.i18n;

import java.util.Locale;

/**
 * The name of a kind of record in the reader's language, for messages that say which record was
 * missing or changed ("该团队已被他人修改", "No such project"). Code names a kind in words ("team",
 * "award cycle"); the bundle holds it as {@code record.team}, {@code record.awardCycle}. A kind
 * without a name in the bundle reads as "record" (记录).
 */
public final class RecordKinds {

    static final String ANY = "record.any";

    private RecordKinds() {
    }

    /** "award cycle" → "record.awardCycle"; a kind the bundle does not name → "record.any" */
    public static String key(String what) {
        String key = spelled(what);
        return Messages.bundle(Messages.CHINESE).containsKey(key) ? key : ANY;
    }

    static String spelled(String what) {
        return "record." + camel(what);
    }

    /** "award cycle" → "awardCycle": words as a message key's part */
    public static String camel(String words) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : (words == null ? "" : words.strip()).toCharArray()) {
            if (c == ' ') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    public static String name(Locale locale, String what) {
        return Messages.text(locale, key(what));
    }
}
