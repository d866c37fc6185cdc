package cn.wulian.liancai.search.control;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, in the order asked for, and what the whole search found.
 *
 * @param total all matching documents the caller may see, not only this page
 * @param hits the requested page
 * @param types how many of the caller's hits each type has, whatever type was asked for (the tabs of the results)
 * @param facets per facet, its values among the hits with how many hits have each, most first
 * @param next where the next page starts ({@link SearchRequest#after()}), null after the last page
 * @param facetsEstimated whether the facets' counts are estimated from a sample of the hits (a search
 *     with very many hits); the total and the types' counts are always exact
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Long> types, Map<String, List<FacetCount>> facets, String next,
                           boolean facetsEstimated) {

    /** one value of a facet and how many hits have it */
    public record FacetCount(String value, long count) {
    }

    public SearchResult {
        hits = List.copyOf(hits);
        types = types == null ? Map.of() : Map.copyOf(types);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }

    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, Map.of(), Map.of(), null, false);
    }

    static SearchResult empty() {
        return new SearchResult(0, List.of());
    }
}
