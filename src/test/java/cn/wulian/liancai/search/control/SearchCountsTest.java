package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.search.control.SearchResult.FacetCount;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counts beside a search's page: the total and the types always exact, the facets exact up to a
 * number of hits and estimated from an even sample above it (across segments, as the index holds them).
 */
class SearchCountsTest {

    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static DirectoryReader reader;

    /** 3,000 talents in three segments: 东港 on every 2nd, 西城 on every 3rd of the rest, the others none; 40 teams */
    @BeforeAll
    static void index() throws Exception {
        try (IndexWriter writer = new IndexWriter(DIRECTORY, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 3_000; i++) {
                Document doc = new Document();
                doc.add(new SortedSetDocValuesField("f.type", new BytesRef("talent")));
                doc.add(new StringField("word", i % 5 == 0 ? "five" : "other", Field.Store.NO));
                String township = i % 2 == 0 ? "东港" : i % 3 == 0 ? "西城" : null;
                if (township != null) {
                    doc.add(new SortedSetDocValuesField("f.township", new BytesRef(township)));
                }
                writer.addDocument(doc);
                if (i % 1_000 == 999) {
                    writer.commit();
                }
            }
            for (int i = 0; i < 40; i++) {
                Document doc = new Document();
                doc.add(new SortedSetDocValuesField("f.type", new BytesRef("team")));
                doc.add(new SortedSetDocValuesField("f.industry", new BytesRef("海洋")));
                doc.add(new StringField("word", "five", Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(DIRECTORY);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        DIRECTORY.close();
    }

    @Test
    void belowTheThresholdEveryHitIsCountedExactly() throws Exception {
        SearchCounts.Counts counts = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
                new SearchCounts(List.of("township", "industry"), Set.of(), 10_000, 100));

        assertEquals(3_040, counts.total());
        assertEquals(Map.of("talent", 3_000L, "team", 40L), counts.types());
        assertEquals(Map.of("东港", 1_500L, "西城", 500L), values(counts.facets().get("township")));
        assertEquals(Map.of("海洋", 40L), values(counts.facets().get("industry")));
        assertFalse(counts.estimated());
    }

    @Test
    void theTypesAskedForAreCountedInTotalAndByFacetTheOthersOnlyAsATab() throws Exception {
        SearchCounts.Counts counts = new IndexSearcher(reader).search(new TermQuery(new Term("word", "five")),
                new SearchCounts(List.of("township", "industry"), Set.of("team"), 10_000, 100));

        assertEquals(40, counts.total(), "the teams among the hits");
        assertEquals(Map.of("talent", 600L, "team", 40L), counts.types(), "every type's hits, whichever is shown");
        assertEquals(Map.of(), values(counts.facets().get("township")), "the talents' facets are not the teams'");
        assertEquals(Map.of("海洋", 40L), values(counts.facets().get("industry")));
    }

    @Test
    void aboveTheThresholdTheFacetsAreEstimatedFromAnEvenSampleAndTheTotalStaysExact() throws Exception {
        SearchCounts.Counts counts = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
                new SearchCounts(List.of("township"), Set.of("talent"), 1_000, 300));

        assertTrue(counts.estimated());
        assertEquals(3_000, counts.total());
        assertEquals(Map.of("talent", 3_000L, "team", 40L), counts.types());
        Map<String, Long> township = values(counts.facets().get("township"));
        // about 300 of the 3,000 (chosen by a hash, not every 10th: 东港 on every 2nd would be all or none of those)
        assertEquals(1_500, township.get("东港"), 1_500 * 0.05, "scaled to the total: " + township);
        assertEquals(500, township.get("西城"), 500 * 0.25, "scaled to the total: " + township);
    }

    @Test
    void aSearchWithoutHitsCountsNothing() throws Exception {
        SearchCounts.Counts counts = new IndexSearcher(reader).search(new TermQuery(new Term("word", "none")),
                new SearchCounts(List.of("township"), Set.of(), 10, 5));

        assertEquals(0, counts.total());
        assertEquals(Map.of(), counts.types());
        assertEquals(Map.of(), values(counts.facets().get("township")));
        assertFalse(counts.estimated());
    }

    private static Map<String, Long> values(List<FacetCount> counts) {
        return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }
}
