package cn.wulian.liancai.search.control;

/**
 * A value of a facet suggested for what is being typed (a school, an employer), with how many of
 * the documents the caller may find have it.
 */
public record ValueHit(String facet, String value, long count) {
}
