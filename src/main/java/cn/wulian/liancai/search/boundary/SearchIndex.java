package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.LuceneIndex;
import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.search.control.SearchResult;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one search index, on disk in {@code <data>/index}. It follows the database:
 * changes arrive as {@link IndexChange} events and are applied only after their transaction
 * committed; at start each {@link IndexSource} type is rebuilt when the index is missing, was
 * written by another analyzer, or disagrees with the database about any record's version.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "liancai.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    Instance<IndexSource> sources;

    private volatile LuceneIndex index;

    private LuceneIndex index() {
        LuceneIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = LuceneIndex.open(Path.of(dataDir).resolve("index"));
                }
                i = index;
            }
        }
        return i;
    }

    /** brings every type in step with the database; called once at start */
    public void synchronize() {
        LuceneIndex i = index();
        boolean schemaCurrent = i.schemaCurrent();
        for (IndexSource source : sources) {
            Map<Long, Long> inDatabase = source.versions();
            if (!schemaCurrent || !inDatabase.equals(i.versions(source.type()))) {
                long start = System.nanoTime();
                var docs = source.documents();
                i.replaceAll(source.type(), docs);
                LOG.info(() -> "search index: rebuilt " + docs.size() + " " + source.type() + " documents in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            } else {
                LOG.info(() -> "search index: " + inDatabase.size() + " " + source.type() + " documents in step");
            }
        }
    }

    void apply(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        if (change.document() == null) {
            index().delete(change.type(), change.id());
        } else {
            index().upsert(change.document());
        }
    }

    public SearchResult search(SearchRequest request) {
        return index().search(request);
    }

    @PreDestroy
    void close() {
        if (index != null) {
            try {
                index.close();
            } catch (Exception e) {
                LOG.warning("closing the search index: " + e);
            }
        }
    }
}
