package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.i18n.RecordKinds;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The trail in the reader's words: a record's kind ("人才 #12"), an action ("修改"), a field by the
 * label its form gives it ({@code talent.phone} → "手机"), and a change as one line. A field
 * without a label in the bundle reads as its name.
 */
public final class AuditLabels {

    static final String ERASED = "audit.erased";

    private AuditLabels() {
    }

    /** "TALENT:12" → "人才 #12"; "TALENT" → "人才" */
    public static String record(Locale locale, String ref) {
        RecordRef r = RecordRef.parse(ref, "record");
        String name = RecordKinds.name(locale, r.kind().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (RecordKinds.key(r.kind().toLowerCase(Locale.ROOT).replace('_', ' ')).equals("record.any")) {
            name = r.kind();
        }
        return r.id() == null ? name : name + " #" + r.id();
    }

    public static String action(Locale locale, String action) {
        ResourceBundle bundle = Messages.bundle(locale);
        for (String key : new String[] {"audit.action." + action, "awards.action." + action}) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return action;
    }

    /** "phone" of a talent → the talent form's label for it */
    public static String field(Locale locale, String recordRef, String field) {
        String kind = RecordRef.parse(recordRef, "record").kind().toLowerCase(Locale.ROOT);
        StringBuilder prefix = new StringBuilder();
        boolean upper = false;
        for (char c : kind.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                prefix.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        String key = prefix + "." + field;
        ResourceBundle bundle = Messages.bundle(locale);
        return bundle.containsKey(key) ? bundle.getString(key) : field;
    }

    /** every change of an entry on one line: "手机：139… → 138…；单位：华为 → 腾讯" */
    public static String changes(Locale locale, AuditRow row) {
        String erased = Messages.text(locale, ERASED);
        return row.changes().stream().map(c -> field(locale, row.record(), c.field()) + "：" + (row.erased() ? erased
                : (c.before() == null ? "" : c.before() + " → ") + (c.after() == null ? "∅" : c.after())))
                .collect(Collectors.joining("；"));
    }
}
