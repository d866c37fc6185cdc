package cn.wulian.liancai.search.control;

import static cn.wulian.liancai.search.control.TalentCorpus.FATONG;
import static cn.wulian.liancai.search.control.TalentCorpus.OFFICE;
import static cn.wulian.liancai.search.control.TalentCorpus.REVIEWER;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact hit sets for queries against {@link TalentCorpus}. */
class LuceneIndexSearchTest {

    @RegisterExtension
    static final CorpusIndex CORPUS = new CorpusIndex(LuceneIndexSearchTest::corpus);

    static List<IndexedDocument> corpus() {
        return TalentCorpus.documents();
    }

    /** Talent ids found by a reviewer, who may see every talent but 12 and no personal text. */
    static Set<Long> talents(String query) {
        return talents(query, Set.of(REVIEWER));
    }

    static Set<Long> talents(String query, Set<String> grants) {
        return search(query, grants, Set.of("talent")).hits().stream()
                .map(SearchHit::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static SearchResult search(String query, Set<String> grants, Set<String> types) {
        return CORPUS.index().search(new SearchRequest(query, grants, types, 0, SearchRequest.MAX_LIMIT));
    }

    static SearchHit only(String query, Set<String> grants) {
        List<SearchHit> hits = search(query, grants, Set.of()).hits();
        assertEquals(1, hits.size(), () -> "hits for " + query + ": " + hits);
        return hits.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            孙志刚               | 1
            张伟                 | 3 4
            清华大学             | 1
            山东大学             | 2
            北京大学             | 11 14
            莲才                 | 2 6 10
            海洋                 | 3 8
            """)
    void findsNamesSchoolsAndWords(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @Test
    void multiCharacterWordMustOccurAsWritten() {
        assertAll(
                () -> assertEquals(ids("2"), talents("山东大学"), "not 山东师范大学 (4) nor 山东…东大…大学 (5)"),
                () -> assertEquals(ids("2 4 5"), talents("山东")),
                () -> assertEquals(ids("2 5"), talents("东大")),
                () -> assertEquals(ids("3 8"), talents("青岛")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            孙   | 1 2
            莲   | 2 6 10
            岛   | 3 8
            娜   | 5
            """)
    void findsSingleCharacters(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            莲才     | 2 6 10
            蓮才     | 2 6 10
            孙       | 1 2
            孫       | 1 2
            张伟     | 3 4
            張偉     | 3 4
            山东大学 | 2
            山東大學 | 2
            济南     | 2 4
            濟南     | 2 4
            青岛     | 3 8
            青島     | 3 8
            黄磊     | 10
            """)
    void foldsTraditionalAndSimplifiedBothWays(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ＡＢＣ   | 7 9
            abc      | 7 9
            ABC      | 7 9
            Qingdao  | 7 8
            qingdao  | 7 8
            ＱＩＮＧＤＡＯ | 7 8
            """)
    void foldsWidthAndCase(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            孙志刚 清华大学       | 1
            孙志刚　清华大学      | 1
            张伟 济南             | 4
            张伟 青岛             | 3
            孙志刚 山东大学       | ''
            张伟 AND 青岛         | 3
            孙志刚 OR 张伟        | 1 3 4
            张伟 -济南            | 3
            张伟 NOT 济南         | 3
            machine learning      | 1 13
            "machine learning"    | 1
            "learning machine"    | 13
            learn*                | 1 13
            """)
    void combinesWords(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @Test
    void filtersByReaders() {
        assertAll(
                () -> assertEquals(ids(""), talents("周杰", Set.of(REVIEWER))),
                () -> assertEquals(ids("12"), talents("周杰", Set.of(FATONG))),
                () -> assertEquals(ids("2 12"), talents("山东大学", Set.of(REVIEWER, FATONG))),
                () -> assertEquals(ids("12"), talents("山东大学", Set.of(FATONG))),
                () -> assertEquals(ids(""), talents("山东大学", Set.of("role:NOBODY"))));
    }

    @Test
    void findsNothingWithoutGrants() {
        SearchResult result = search("山东大学", Set.of(), Set.of());
        assertEquals(0, result.total());
        assertTrue(result.hits().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            13912345678           | 1
            5678                  | 1
            139-1234-5678         | 1
            139 1234 5678         | 1
            13905312468           | 2
            2468                  | 2
            sunzg@example.com     | 1
            孙志刚 13912345678    | 1
            13912345678 清华大学  | 1
            13912345678 山东大学  | ''
            """)
    void matchesPersonalTextWithPersonalGrant(String query, String expected) {
        assertEquals(ids(expected), talents(query, Set.of(OFFICE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // (not "sunzg": that is also 孙志刚's name in pinyin, sun-z-g, which everyone may search)
        "13912345678", "5678", "139-1234-5678", "139 1234 5678", "sunzg@example.com", "sunzg88", "孙志刚 13912345678",
        "13905312468", "personal:13912345678", "personal\\:13912345678"
    })
    void neverMatchesPersonalTextWithoutPersonalGrant(String query) {
        assertEquals(ids(""), talents(query, Set.of(REVIEWER)));
    }

    @Test
    void highlightsPersonalTextOnlyForPersonalReaders() {
        assertAll(
                () -> assertTrue(only("13912345678", Set.of(OFFICE)).highlight().contains("<em>13912345678</em>")),
                () -> assertTrue(only("5678", Set.of(OFFICE)).highlight().contains("1391234<em>5678</em>")),
                () -> assertFalse(only("孙志刚", Set.of(REVIEWER)).highlight().contains("1391234")),
                () -> assertFalse(only("孙志刚", Set.of(OFFICE)).highlight().contains("1391234")),
                () -> assertFalse(only("孙志刚 OR 13912345678", Set.of(REVIEWER)).highlight().contains("1391234")),
                () -> assertTrue(only("孙志刚 OR 13912345678", Set.of(OFFICE)).highlight()
                        .endsWith(Highlights.SEPARATOR + "<em>13912345678</em> sunzg@example.com 微信 sunzg88")));
    }

    @Test
    void filtersByType() {
        assertAll(
                () -> assertEquals(Set.of("talent:2", "talent:6", "talent:10", "team:1"), keys("莲才", Set.of())),
                () -> assertEquals(Set.of("talent:2", "talent:6", "talent:10"), keys("莲才", Set.of("talent"))),
                () -> assertEquals(Set.of("team:1"), keys("莲才", Set.of("team"))),
                () -> assertEquals(Set.of("talent:2", "talent:6", "talent:10", "team:1"),
                        keys("莲才", Set.of("team", "talent"))));
    }

    @Test
    void pagesAndCountsAllHits() {
        SearchResult first = CORPUS.index().search(new SearchRequest("莲才", Set.of(REVIEWER), Set.of(), 0, 3));
        SearchResult rest = CORPUS.index().search(new SearchRequest("莲才", Set.of(REVIEWER), Set.of(), 3, 3));
        assertAll(
                () -> assertEquals(4, first.total()),
                () -> assertEquals(3, first.hits().size()),
                () -> assertEquals(4, rest.total()),
                () -> assertEquals(1, rest.hits().size()),
                () -> assertTrue(first.hits().stream().noneMatch(rest.hits()::contains)));
    }

    @Test
    void ranksTitleMatchesFirst() {
        CORPUS.index().upsert(TalentCorpus.talent(99, "Other", "莲才 王芳 王芳", ""));
        try {
            List<SearchHit> hits = search("王芳", Set.of(REVIEWER), Set.of("talent")).hits();
            assertEquals(List.of(6L, 99L), hits.stream().map(SearchHit::id).toList());
        } finally {
            CORPUS.index().delete("talent", 99);
        }
    }

    @Test
    void highlightsTraditionalTextFoundBySimplifiedQuery() {
        SearchHit hit = only("黄磊 莲才", Set.of(REVIEWER));
        assertEquals("<em>黃磊</em> <em>蓮才</em>人才庫 五蓮縣 臺灣大學", hit.highlight());
        assertEquals("黃磊", hit.title());
    }

    @Test
    void highlightsWholeWordNotItsNeighbours() {
        assertEquals("孫麗華 <em>山東大學</em> 化學與化工學院 濟南 萬華化學 蓮才計劃", only("山东大学", Set.of(REVIEWER)).highlight());
    }

    @Test
    void escapesHtmlInHighlight() {
        String highlight = only("合伙人", Set.of(REVIEWER)).highlight();
        assertAll(
                () -> assertTrue(highlight.contains("&lt;b&gt;<em>合伙人</em>&lt;&#x2F;b&gt;"), highlight),
                () -> assertTrue(highlight.contains("&amp;"), highlight),
                () -> assertTrue(highlight.contains("&lt;script&gt;"), highlight),
                () -> assertFalse(highlight.replace("<em>", "").replace("</em>", "").contains("<"), highlight));
    }

    /** nothing but the syntax's operators is no search at all, and said so */
    @ParameterizedTest
    @ValueSource(strings = {"AND", "OR", "NOT", "&&", "AND OR"})
    void rejectsOperatorsAlone(String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> talents(query));
        assertEquals(UserQuery.MALFORMED, e.key());
        assertFalse(e.getDetail().isBlank());
    }

    /** text that is no query is searched as the words typed: a clerk is not asked to learn the syntax */
    @ParameterizedTest
    @ValueSource(strings = {"(孙志刚", "\"孙志刚", "孙志刚 AND", "OR 孙志刚", "孙志刚^", "孙志刚)", "[孙志刚", "{孙志刚"})
    void searchesTextThatIsNoQueryAsItsWords(String query) {
        assertEquals(talents("孙志刚"), talents(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "-", "(", ")", "*", "?", "~", "\\", "{"})
    void findsNothingForSignsAlone(String query) {
        assertEquals(java.util.Set.of(), talents(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　", "\t\n"})
    void rejectsBlankQueries(String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> talents(query));
        assertEquals(UserQuery.BLANK, e.key());
    }

    @Test
    void rejectsOverlongQueries() {
        InvalidQueryException e =
                assertThrows(InvalidQueryException.class, () -> talents("莲".repeat(UserQuery.MAX_LENGTH + 1)));
        assertEquals(UserQuery.TOO_LONG, e.key());
    }

    @Test
    void oneLetterFuzzyTermsFindAndShowHitsWithoutFault() {
        // the highlighter, which fails on such terms, gives way to the start of the text
        SearchResult result = search("a~ e~ i~ o~", Set.of("role:OFFICE"), Set.of());
        assertFalse(result.hits().isEmpty());
        result.hits().forEach(h -> assertFalse(h.highlight().isBlank(), h::toString));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a~ b~ c~ d~ e~ f~ g~ h~ i~ j~ k~ l~ m~ n~ o~ p~ q~ r~ s~ t~ u~ v~ w~ x~ y~ z~", "a~ e~ i~ o~ u~",
        "a* OR b* OR c* OR d* OR e*", "liancai~ 孙* wu?ian 莲* cai~1", "a~ a~ a~ a~ a~"})
    void refusesMoreThanFourFuzzyOrWildcardTermsBeforeSearching(String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> talents(query));
        assertEquals(UserQuery.TOO_COMPLEX, e.key());
    }

    @Test
    void countsEachFuzzyOrWildcardWordAsTyped() {
        assertEquals(3, UserQuery.expandingTerms("a~ 孙* \\* wu?ian 莲花"));
        assertEquals(2, UserQuery.expandingTerms("(liancai~ OR cai~1)"));
        assertEquals(1, UserQuery.expandingTerms("\"五莲 人才\"~2 招商"));
        assertEquals(80, UserQuery.expandingTerms("a~ ".repeat(80)));
        assertEquals(0, UserQuery.expandingTerms("孙晓莲 山东大学 \\~"));
    }

    @Test
    void rejectsMalformedQueriesEvenWithoutGrants() {
        assertThrows(InvalidQueryException.class, () -> search("AND", Set.of(), Set.of()));
    }

    @Test
    void findsNothingForPunctuationOnly() {
        assertEquals(ids(""), talents("，。！"));
    }

    static Set<String> keys(String query, Set<String> types) {
        return search(query, Set.of(REVIEWER), types).hits().stream()
                .map(hit -> hit.type() + ":" + hit.id())
                .collect(Collectors.toSet());
    }

    static Set<Long> ids(String spaceSeparated) {
        Set<Long> ids = new TreeSet<>();
        for (String id : spaceSeparated.trim().split("\\s+")) {
            if (!id.isEmpty()) {
                ids.add(Long.valueOf(id));
            }
        }
        return ids;
    }

    /**
     * A regular expression would build an automaton large enough to exhaust the heap; slashes are
     * plain text, so what is left is an ordinary (here: malformed) query, answered at once.
     */
    @Test
    void regularExpressionsAreNotRun() {
        long start = System.nanoTime();
        assertEquals(Set.of(), talents("/a{9999999}/"), "searched as its words, the braces as text");
        assertFalse(talents("孙志刚").isEmpty());
        assertEquals(talents("孙志刚"), talents("/孙志刚/"), "slashes are plain text, not a regular expression");
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "answered quickly");
    }
}
