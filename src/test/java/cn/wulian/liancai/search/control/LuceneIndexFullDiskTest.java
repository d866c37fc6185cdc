package cn.wulian.liancai.search.control;

import static cn.wulian.liancai.search.control.TalentCorpus.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the application's repair of the index relies on when the disk fills up: a failed write
 * leaves the last commit whole and searchable, {@link LuceneIndex#isOpen()} says whether the index
 * must be opened again, and once there is space a rebuild of the type writes what was missed.
 */
class LuceneIndexFullDiskTest {

    @TempDir
    Path dir;

    private volatile boolean full;
    private LuceneIndex index;

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aWriteOnAFullDiskFailsLeavesTheLastCommitAndIsRepairedOnceThereIsSpace() throws IOException {
        index = LuceneIndex.open(disk(), "test");
        index.upsert(doc(1, "苹果"));

        full = true;
        assertThrows(RuntimeException.class, () -> index.upsert(doc(2, "香蕉")));
        assertEquals(Set.of("talent:1"), keys("苹果"), "searches still see the last commit");
        assertEquals(Set.of(), keys("香蕉"));

        full = false;
        if (!index.isOpen()) {
            index.close();
            index = LuceneIndex.open(disk(), "test");
        }
        index.replaceAll("talent", List.of(doc(1, "苹果"), doc(2, "香蕉")));
        assertEquals(Set.of("talent:2"), keys("香蕉"));
        assertEquals(Map.of(1L, "1", 2L, "1"), index.stamps("talent"));
    }

    /** the index folder, on a disk that has no room for a single byte more while {@link #full} */
    private Directory disk() throws IOException {
        return new FilterDirectory(FSDirectory.open(dir)) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                return fillable(super.createOutput(name, context));
            }

            @Override
            public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
                return fillable(super.createTempOutput(prefix, suffix, context));
            }
        };
    }

    private IndexOutput fillable(IndexOutput out) {
        return new FilterIndexOutput("fillable " + out, out.getName(), out) {
            @Override
            public void writeByte(byte b) throws IOException {
                requireSpace();
                super.writeByte(b);
            }

            @Override
            public void writeBytes(byte[] b, int offset, int length) throws IOException {
                requireSpace();
                super.writeBytes(b, offset, length);
            }
        };
    }

    private void requireSpace() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private Set<String> keys(String query) {
        return index.search(new SearchRequest(query, Set.of(OFFICE), Set.of(), 0, 50)).hits().stream()
                .map(hit -> hit.type() + ":" + hit.id()).collect(Collectors.toSet());
    }

    private static IndexedDocument doc(long id, String text) {
        return new IndexedDocument("talent", id, 1, text, text, "", Set.of(OFFICE), Set.of(OFFICE));
    }
}
