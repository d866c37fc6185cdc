package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexedDocument;
import java.util.List;

/**
 * Fired inside a transaction that created or removed many searchable records at once (an import's
 * chunk, or taking an import back): written to the index in one commit after the transaction
 * committed. New records are shown by no other document yet, and records removed in bulk are ones
 * just imported, so unlike {@link IndexChange} no dependents are looked up — which is what makes a
 * chunk of a thousand rows one index write instead of a thousand.
 */
public record NewDocuments(List<IndexedDocument> documents, String removedType, List<Long> removed) {

    public static NewDocuments added(List<IndexedDocument> documents) {
        return new NewDocuments(List.copyOf(documents), null, List.of());
    }

    public static NewDocuments removed(String type, List<Long> ids) {
        return new NewDocuments(List.of(), type, List.copyOf(ids));
    }

    int size() {
        return documents.size() + removed.size();
    }
}
