package cn.wulian.liancai.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real index on disk holding a fixed corpus, for the tests of one class: built before its first
 * test, closed and deleted after its last. Register it as a static field with
 * {@code @RegisterExtension}.
 */
final class CorpusIndex implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<List<IndexedDocument>> corpus;
    private Path dir;
    private LuceneIndex index;

    CorpusIndex(Supplier<List<IndexedDocument>> corpus) {
        this.corpus = corpus;
    }

    LuceneIndex index() {
        return index;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("liancai-corpus");
        index = LuceneIndex.open(dir);
        index.upsertAll(corpus.get());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        index.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
