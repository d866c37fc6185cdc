package cn.wulian.liancai.search.control;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A list page asked of the index: one type's documents that the caller may read, narrowed by
 * column filters and facet values, in one column's order, a window of it. The index answers with
 * the count and the ids of the window ({@link ListPage}); the rows themselves are read from the
 * database, which stays the source of truth.
 *
 * <p>A column filter is literal text, never query syntax: every word of it must occur in the
 * column, a word of Han characters as written (a part of a name, 大学 of 山东大学), a word of letters
 * or digits as the beginning of a word (wang, 1380). {@link #TITLE} also matches the title's pinyin
 * as it begins ({@code mwq}, {@code ma wei}); {@link #ANY} is the quick filter over title and text.
 *
 * @param type the documents' type
 * @param grants the caller's grant tokens; none lists nothing
 * @param matches column → the text it must hold
 * @param exact facet → the values of which it must hold one ({@link #NONE}: no value at all)
 * @param sort the column to sort by, {@link #TITLE} (pinyin order), {@link #CHANGED}, or null for the most recently changed first
 * @param ascending the direction of {@code sort}
 * @param offset rows to skip: up to {@link #DEEPEST} from either end, a window past the middle read from the end
 * @param limit rows to return, 1 to {@value #MAX_LIMIT}
 */
public record ListRequest(String type, Set<String> grants, Map<String, String> matches, Map<String, Set<String>> exact,
                          String sort, boolean ascending, int offset, int limit) {

    public static final int MAX_LIMIT = 1000;
    /**
     * How far from either end of a list a window may start: a page deeper inside both ends costs
     * every row before it (a sort entry each on the heap), so it is refused, as search engines refuse
     * such windows; a list that long is narrowed by a filter, or read from its other end.
     */
    public static final int DEEPEST = 10_000;

    /** a window deeper than {@link #DEEPEST} from both ends of a list of {@code total} rows */
    public static final class TooDeep extends IllegalArgumentException {

        private final long total;

        public TooDeep(long total) {
            super("a window deeper than " + DEEPEST + " rows from both ends of a list of " + total);
            this.total = total;
        }

        public long total() {
            return total;
        }
    }
    /** the column that is the document's title: matched on its text and its pinyin, sorted in pinyin order */
    public static final String TITLE = "title";
    /** the quick filter: title, text and the title's pinyin */
    public static final String ANY = "any";
    /** the sort by the time of the last change */
    public static final String CHANGED = "changed";
    /** an exact value that asks for documents without any value of the facet */
    public static final String NONE = "-";

    public ListRequest {
        grants = grants == null ? Set.of() : Set.copyOf(grants);
        matches = matches == null ? Map.of() : matches.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().strip()));
        exact = exact == null ? Map.of() : exact.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    /** a list of {@code type}'s documents, built filter by filter from a list page's request */
    public static Builder of(String type) {
        return new Builder(type);
    }

    /** the filters of a list page, each given only when the page holds a value for it */
    public static final class Builder {

        private final String type;
        private final Map<String, String> matches = new java.util.HashMap<>();
        private final Map<String, Set<String>> exact = new java.util.HashMap<>();

        private Builder(String type) {
            this.type = type;
        }

        /** the column (or {@link #TITLE}, {@link #ANY}) must hold the text; a null text asks nothing */
        public Builder match(String column, String text) {
            if (text != null && !text.isBlank()) {
                matches.put(column, text);
            }
            return this;
        }

        /** the facet must have this value ({@link #NONE}: none); a null value asks nothing */
        public Builder exact(String facet, String value) {
            if (value != null && !value.isBlank()) {
                exact.put(facet, Set.of(value.strip()));
            }
            return this;
        }

        /** as {@link #exact}, for a code (an enum's name) typed in any case: a wrong code matches nothing */
        public Builder code(String facet, String value) {
            return exact(facet, value == null ? null : value.toUpperCase(java.util.Locale.ROOT));
        }

        public ListRequest build(String sort, boolean ascending, int offset, int limit) {
            return new ListRequest(type, Set.of(), matches, exact, sort, sort != null && ascending, offset, limit);
        }
    }

    /** the same list for a caller of these grants */
    public ListRequest withGrants(Set<String> callerGrants) {
        return new ListRequest(type, callerGrants, matches, exact, sort, ascending, offset, limit);
    }

    /** the same list, another window */
    public ListRequest window(int offset, int limit) {
        return new ListRequest(type, grants, matches, exact, sort, ascending, offset, limit);
    }
}
