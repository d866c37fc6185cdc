package cn.wulian.liancai.search.control;

import java.util.List;

/**
 * One page of hits, best first, and how many documents matched in all.
 *
 * @param total all matching documents the caller may see, not only this page
 * @param hits the requested page
 */
public record SearchResult(long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    static SearchResult empty() {
        return new SearchResult(0, List.of());
    }
}
