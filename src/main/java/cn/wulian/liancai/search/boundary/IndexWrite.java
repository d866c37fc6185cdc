package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexedDocument;
import java.util.List;

/**
 * What one {@link IndexChange} writes once its transaction committed: the change, and the
 * documents of other records that show the changed one's name, already built inside the
 * transaction. A rolled-back transaction delivers neither.
 */
record IndexWrite(IndexChange change, List<IndexedDocument> dependents) {
}
