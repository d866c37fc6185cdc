package cn.wulian.liancai.search.control;

import static cn.wulian.liancai.search.control.LuceneIndexSearchTest.ids;
import static cn.wulian.liancai.search.control.TalentCorpus.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Latin words of five letters or more are found with one slip (a letter wrong, missing, extra, or two
 * swapped); shorter words and quoted phrases only as written. Exact hit sets on {@link TalentCorpus}.
 */
class TypoToleranceTest {

    @RegisterExtension
    static final CorpusIndex CORPUS = new CorpusIndex(TypoToleranceTest::corpus);

    static List<IndexedDocument> corpus() {
        return TalentCorpus.documents();
    }

    static Set<Long> talents(String query) {
        return CORPUS.index().search(new SearchRequest(query, Set.of(OFFICE), Set.of("talent"), 0, SearchRequest.MAX_LIMIT)).hits().stream()
                .map(SearchHit::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            machine learning     | 1 13
            machne learning      | 1 13
            machine lerning      | 1 13
            mahcine learnign     | 1 13
            qingdoa              | 7 8
            qingda               | 7 8
            QINGDOA              | 7 8
            capitol              | 9
            Ocaen                | 8
            machinee             | 1 13
            machhine learrning   | 1 13
            mchne                | ''
            "machne learning"    | ''
            abd                  | ''
            abx                  | ''
            qngdo                | ''
            """)
    void aLongWordIsFoundWithOneSlipAndAShortOneOnlyAsWritten(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @Test
    void atMostFourWordsOfAQueryAreMadeFuzzyAndOperatorsAndPhrasesAreLeftAlone() {
        assertEquals("alpha~1 bravo~1 charlie~1 delta~1 echoes", UserQuery.tolerateTypos("alpha bravo charlie delta echoes", 4));
        assertEquals("machne~1 AND learnig~1 \"machne learning\" ab", UserQuery.tolerateTypos("machne AND learnig \"machne learning\" ab", 4));
        assertEquals("liancai~ title\\:quantum sunzg@example.com", UserQuery.tolerateTypos("liancai~ title\\:quantum sunzg@example.com", 3),
                "written fuzzy, escaped, an address: as typed");
        assertEquals("qingdao~1", UserQuery.tolerateTypos("qingdao", 1));
        assertEquals("qingdao", UserQuery.tolerateTypos("qingdao", 0), "no room left by the fuzzy words typed");
    }
}
