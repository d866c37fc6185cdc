package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Words a document holds only to be found (an English label on a Chinese page) are never shown in its snippet. */
class SearchedOnlyTextTest {

    private static final String OFFICE = "role:OFFICE";

    @RegisterExtension
    static final CorpusIndex CORPUS = new CorpusIndex(() -> List.of(
            new IndexedDocument("nomination", 1, 0, "王芳 · 2026 创新创业类",
                    IndexedDocument.text(Stream.of("王芳", "2026 杰出莲才奖", "创新创业类", "王芳"),
                            Stream.of("Innovation and entrepreneurship", "创新创业类")),
                    "", Set.of(OFFICE), Set.of())));

    private static String snippet(String query) {
        List<SearchHit> hits = CORPUS.index().search(new SearchRequest(query, Set.of(OFFICE), Set.of(), 0, 10)).hits();
        assertEquals(1, hits.size(), () -> query + " → " + hits);
        return hits.get(0).highlight();
    }

    @Test
    void textJoinsTheShownWordsOnceThenTheSearchedOnes() {
        assertEquals("王芳 2026 杰出莲才奖 创新创业类 " + IndexedDocument.SEARCHED_ONLY + " Innovation and entrepreneurship",
                IndexedDocument.text(Stream.of("王芳", "2026 杰出莲才奖", null, "创新创业类", "王芳"),
                        Stream.of("Innovation and entrepreneurship", "创新创业类", null)));
        assertEquals("王芳", IndexedDocument.text(Stream.of("王芳"), Stream.of("王芳")));
    }

    @Test
    void searchedOnlyWordsFindTheDocumentButAreNotShown() {
        assertAll(
                () -> assertEquals("<em>王芳</em> 2026 杰出莲才奖 创新创业类", snippet("王芳")),
                () -> assertEquals("王芳 2026 杰出莲才奖 <em>创新创业类</em>", snippet("创新创业类")),
                () -> assertEquals("王芳 2026 杰出莲才奖 创新创业类", snippet("entrepreneurship")));
    }
}
