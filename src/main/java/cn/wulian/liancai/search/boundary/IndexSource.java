package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.IndexedDocument;
import java.util.List;
import java.util.Map;

/**
 * A feature whose records are searchable. At start the index compares {@link #versions()} with
 * what it holds and rebuilds the type from {@link #documents()} when they differ.
 */
public interface IndexSource {

    String type();

    /** id → version of every record, as the database has them now */
    Map<Long, Long> versions();

    /** every record as an index document (called in a transaction) */
    List<IndexedDocument> documents();
}
