package cn.wulian.liancai.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a record is shown in an auto-complete picker, "孙志刚 (#12)", and its id read back from the
 * text submitted: one format for every page that offers the talent picker, whichever feature the
 * page belongs to.
 */
public final class PickerLabels {

    private static final Pattern REF = Pattern.compile("#(\\d{1,18})\\)?\\s*$");

    private PickerLabels() {
    }

    public static String label(String name, long id) {
        return name + " (#" + id + ")";
    }

    /** the id at the end of a picker label, or null when the text names no record */
    public static Long id(String label) {
        if (label == null) {
            return null;
        }
        Matcher m = REF.matcher(label);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
