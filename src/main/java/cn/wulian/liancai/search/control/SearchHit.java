package cn.wulian.liancai.search.control;

/**
 * One document found.
 *
 * @param type the document's type
 * @param id the document's id within its type
 * @param title the display title as indexed, plain text (escape it when rendering)
 * @param highlight a short HTML fragment of the matching text: HTML-escaped except for the
 *     {@code <em>…</em>} around matches; the start of the text when nothing could be marked
 * @param score relevance, higher is better; only meaningful within one result
 */
public record SearchHit(String type, long id, String title, String highlight, float score) {}
