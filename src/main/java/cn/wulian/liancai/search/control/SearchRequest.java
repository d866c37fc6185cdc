package cn.wulian.liancai.search.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * @param offset hits to skip, 0 to {@value #MAX_OFFSET} (with {@code after}: 0)
 * @param limit hits to return, 1 to {@value #MAX_LIMIT}
 * @param facets the facet values to narrow to: a document must have one of the values of every facet named
 * @param order the hits' order
 * @param after where the previous page ended ({@link SearchResult#next()}), null for the first page: deep
 *     pages cost what the first does, where an offset costs every hit before it
 */
public record SearchRequest(String query, Set<String> grants, Set<String> types, int offset, int limit,
                            Map<String, Set<String>> facets, Order order, String after) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    /**
     * The facets a search counts and narrows by; each feature fills those that fit its records
     * ({@link IndexedDocument#with}): a talent's hometown township, current city, degree and stage, a
     * team's or project's industry and platform.
     */
    public static final List<String> FACETS = List.of("township", "city", "degree", "stage", "industry", "platform");
    /**
     * The facets whose values are suggested while typing, beside the records ({@link LuceneIndex#suggestValues}):
     * a talent's school and employer. They are neither counted nor narrowed by: their values are many.
     */
    public static final List<String> SUGGESTED_VALUES = List.of("school", "employer");

    /** the orders a search offers */
    public enum Order {
        /** the best match first */
        RELEVANCE,
        /** by the title in pinyin order (names as a Chinese reader sorts them) */
        NAME,
        /** the most recently changed first */
        CHANGED
    }

    public SearchRequest(String query, Set<String> grants, Set<String> types, int offset, int limit) {
        this(query, grants, types, offset, limit, Map.of(), Order.RELEVANCE, null);
    }

    public SearchRequest {
        query = query == null ? "" : query;
        grants = grants == null ? Set.of() : Set.copyOf(grants);
        types = types == null ? Set.of() : Set.copyOf(types);
        facets = facets == null ? Map.of() : facets.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        order = order == null ? Order.RELEVANCE : order;
        after = after == null || after.isBlank() ? null : after;
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ": " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }
}
