package cn.wulian.liancai.search.control;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a value of a facet (a school, an employer) fits what is being typed: it holds the text,
 * Traditional and Simplified, width and case alike ({@code 山東} in 山东大学), or its pinyin, whole or
 * by initials, begins with the letters ({@code shand}, {@code sddx}). Each value's forms are
 * computed once and kept: the distinct values are few beside the documents.
 */
final class ValueMatch {

    /** more distinct values than this and the kept forms start afresh, so that memory stays bounded */
    private static final int MOST_KEPT = 200_000;
    private static final Map<String, Forms> FORMS = new ConcurrentHashMap<>();

    private record Forms(String folded, Set<String> spellings) {
    }

    private final String folded;
    private final String spelling;

    ValueMatch(String typed) {
        this.folded = Pinyin.folded(typed);
        this.spelling = Pinyin.key(typed);
    }

    boolean matches(String value) {
        Forms forms = FORMS.get(value);
        if (forms == null) {
            if (FORMS.size() > MOST_KEPT) {
                FORMS.clear();
            }
            forms = new Forms(Pinyin.folded(value), Pinyin.keys(value, false));
            FORMS.put(value, forms);
        }
        if (!folded.isEmpty() && forms.folded().contains(folded)) {
            return true;
        }
        return spelling != null && forms.spellings().stream().anyMatch(s -> s.startsWith(spelling));
    }
}
