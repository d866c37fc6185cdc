package cn.wulian.liancai.search.control;

import java.util.Set;

/**
 * A search as a caller asks it: the user's query text, the caller's grant tokens (matched against
 * {@link IndexedDocument#readers()} and {@link IndexedDocument#personalReaders()}), the document
 * types to search (empty means all) and the page wanted.
 *
 * <p>The query syntax is Lucene's classic one with AND as the default operator: words separated by
 * spaces must all occur, a word must occur as written (a run of Chinese characters, also when
 * written together with digits or Latin letters as in {@code 华为2012实验室}), {@code "…"} asks for a
 * phrase, {@code OR}, {@code NOT}, {@code -}, {@code +}, parentheses and trailing {@code *} work as
 * usual. Field syntax ({@code field:value}) is not offered; a colon is searched as text.
 *
 * @param query what the user typed; blank is rejected at search time
 * @param grants the caller's grant tokens; none means nothing is found
 * @param types document types to search, empty for all
 * @param offset hits to skip, 0 to {@value #MAX_OFFSET}
 * @param limit hits to return, 1 to {@value #MAX_LIMIT}
 */
public record SearchRequest(String query, Set<String> grants, Set<String> types, int offset, int limit) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        grants = grants == null ? Set.of() : Set.copyOf(grants);
        types = types == null ? Set.of() : Set.copyOf(types);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ": " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }
}
