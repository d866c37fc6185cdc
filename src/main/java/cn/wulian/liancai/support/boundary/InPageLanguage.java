package cn.wulian.liancai.support.boundary;

import java.io.Serializable;
import java.util.Locale;
import java.util.function.Function;

/**
 * A value a view reads in the page's language (a policy's benefit in words, platform names) and
 * keeps: read again once the page has switched language, since switching reloads the same view.
 * Read it while rendering: in a view action the page's language is not yet set.
 */
final class InPageLanguage<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T value;
    private Locale locale;

    T get(Function<Locale, T> read) {
        Locale now = ApplicationFormat.locale();
        if (value == null || !now.equals(locale)) {
            value = read.apply(now);
            locale = now;
        }
        return value;
    }

    /** the next read reads afresh, e.g. after the record changed */
    void forget() {
        value = null;
    }
}
