package cn.wulian.liancai.search.control;

/** A record's place in a list ({@link LuceneIndex#position}): 1-based, 0 when the list does not hold it; its neighbours' ids or null. */
public record ListPosition(int position, int total, Long previous, Long next) {
}
