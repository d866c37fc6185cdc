package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexedDocument;

/**
 * Fired inside a use case's transaction when a searchable record changed, with its document built
 * there. The documents of other records that show its name are rebuilt at the same moment, in the
 * same transaction; the index writes all of them only after that transaction committed. A null
 * document means the record was deleted.
 */
public record IndexChange(String type, long id, IndexedDocument document) {

    public static IndexChange upsert(IndexedDocument document) {
        return new IndexChange(document.type(), document.id(), document);
    }

    public static IndexChange delete(String type, long id) {
        return new IndexChange(type, id, null);
    }
}
