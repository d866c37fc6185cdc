package cn.wulian.liancai.shared.audit;

import java.util.Locale;

/**
 * A feature's words for what the trail keeps of it as data: the particulars of its steps, and the
 * values of its records that are data rather than text (JSON, codes). A feature that records such
 * data (not a sentence in one language) offers this, and every page and file that shows the trail
 * reads it in the reader's language; the trail knows no feature.
 */
public interface StepWords {

    /**
     * the particulars of an entry in the reader's language; null when the action is not this
     * feature's or the detail is not its data (an entry written before it was), which then reads as
     * written
     */
    String words(String action, String detail, Locale locale);

    /**
     * a value of one of this feature's records in the reader's language (a review sheet's scores by
     * the criteria's names, a category by its name); null when the field is not this feature's data,
     * which then reads as the trail shows any value
     */
    default String value(RecordRef record, String field, String value, Locale locale) {
        return null;
    }

    /**
     * these words for one page or file, which may keep what they looked up (names, a record's
     * settings) while it is read rather than look it up for every value of every row; by default
     * the feature's words themselves
     */
    default StepWords reading() {
        return this;
    }
}
