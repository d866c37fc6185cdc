package cn.wulian.liancai.shared.audit;

import java.util.Locale;

/**
 * A feature's words for the particulars of its own steps in the trail. A feature that records its
 * steps as data (JSON, not a sentence in one language) offers this, and every page and file that
 * shows the trail reads those particulars in the reader's language; the trail knows no feature.
 */
public interface StepWords {

    /**
     * the particulars of an entry in the reader's language; null when the action is not this
     * feature's or the detail is not its data (an entry written before it was), which then reads as
     * written
     */
    String words(String action, String detail, Locale locale);
}
