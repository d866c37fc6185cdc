package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.search.control.IndexedDocument.Column;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * List pages served by the index ({@link ListRequest}): column filters as words and beginnings of
 * words, the title's pinyin, facet values and "none", every sort with empty values last, windows
 * read from either end, a row's place and neighbours, and only what the grants may read — on a fixed
 * corpus of talents, a team and a talent of another reader.
 */
class ListingTest {

    static final String OFFICE = "role:OFFICE";
    static final String FATONG = "platform:fatong";

    @RegisterExtension
    static final CorpusIndex CORPUS = new CorpusIndex(ListingTest::corpus);

    static List<IndexedDocument> corpus() {
        List<IndexedDocument> docs = new ArrayList<>(List.of(
                talent(1, "张伟", "山东大学", "Huawei Qingdao", 1985L, "PHD", "jietou", 5),
                talent(2, "单伟", "清华大学", "海尔集团", 1990L, "MASTER", "jietou", 8),
                talent(3, "曾小明", "山东科技大学", null, null, "BACHELOR", null, 1),
                talent(4, "阿里木", null, "Huaxia Bank", 1979L, "PHD", "hongning", 7),
                talent(5, "馬偉強", "中国海洋大学", "华为技术", 1995L, null, "jietou", 3),
                talent(6, "毛文清", "青岛大学", "歌尔股份", 1988L, "MASTER", "songbai", 2)));
        docs.add(new IndexedDocument("team", 7, 1, "山东大学团队", "山东大学团队", "", Set.of(OFFICE), Set.of())
                .withColumns(Map.of("school", Column.text("山东大学"))));
        docs.add(new IndexedDocument("talent", 8, 1, "朱平", "朱平", "", Set.of(FATONG), Set.of())
                .withColumns(Map.of("school", Column.text("山东大学"))));
        return docs;
    }

    static IndexedDocument talent(long id, String name, String school, String employer, Long born, String degree, String township,
                                  long changed) {
        Map<String, Object> facets = new HashMap<>();
        facets.put("degree", degree);
        facets.put("township", township);
        Map<String, Column> columns = new HashMap<>();
        columns.put("school", Column.text(school));
        columns.put("employer", Column.text(employer));
        columns.put("birthYear", Column.number(born));
        return new IndexedDocument("talent", id, 1, name, name + " " + (school == null ? "" : school), "", Set.of(OFFICE), Set.of())
                .with(facets, Instant.ofEpochSecond(changed)).withColumns(columns);
    }

    static ListPage list(Map<String, String> matches, Map<String, Set<String>> exact, String sort, boolean ascending) {
        return CORPUS.index().list(new ListRequest("talent", Set.of(OFFICE), matches, exact, sort, ascending, 0, 100));
    }

    static List<Long> ids(Map<String, String> matches) {
        return list(matches, Map.of(), "birthYear", true).ids();
    }

    @Test
    void aColumnFilterFindsWordsAndTheBeginningsOfWords() {
        assertEquals(List.of(1L, 3L), ids(Map.of("school", "山东")), "山东 in 山东大学 and 山东科技大学");
        assertEquals(List.of(1L, 2L, 3L, 6L, 5L).stream().sorted().toList(), ids(Map.of("school", "大学")).stream().sorted().toList());
        assertEquals(List.of(3L), ids(Map.of("school", "科技 山东")), "every word, anywhere in the column");
        assertEquals(List.of(4L, 1L), ids(Map.of("employer", "hua")), "a word's beginning, whatever its case");
        assertEquals(List.of(1L), ids(Map.of("employer", "qingdao huawei")));
        assertEquals(List.of(5L), ids(Map.of("employer", "華為")), "Traditional finds Simplified");
        assertEquals(List.of(), ids(Map.of("school", "东科大")), "a run of characters that is not in the column");
        assertEquals(List.of(), ids(Map.of("school", "((")), "punctuation is text, and finds nothing");
        assertEquals(List.of(), ids(Map.of("school", "school:山东")), "no field syntax");
    }

    @Test
    void theTitleFilterFindsNamesByTheirPinyinAsItIsTyped() {
        assertEquals(List.of(6L, 5L), ids(Map.of(ListRequest.TITLE, "mwq")), "毛文清 and 馬偉強 alike");
        assertEquals(List.of(5L), ids(Map.of(ListRequest.TITLE, "mawq")));
        assertEquals(List.of(5L), ids(Map.of(ListRequest.TITLE, "ma wei")));
        assertEquals(List.of(5L), ids(Map.of(ListRequest.TITLE, "马伟")));
        assertEquals(List.of(2L), ids(Map.of(ListRequest.TITLE, "shan")), "单 read as a surname");
        assertEquals(List.of(3L), ids(Map.of(ListRequest.TITLE, "zengx")));
        assertEquals(List.of(1L, 2L, 5L).stream().sorted().toList(), ids(Map.of(ListRequest.TITLE, "伟")).stream().sorted().toList());
        assertEquals(List.of(1L, 6L, 3L), ids(Map.of(ListRequest.ANY, "大学 ")).stream().filter(id -> id != 2 && id != 5).toList(),
                "the quick filter reads the text too");
    }

    @Test
    void facetValuesAndNoneNarrow() {
        assertEquals(List.of(1L, 4L), sorted(list(Map.of(), Map.of("degree", Set.of("PHD")), null, false).ids()));
        assertEquals(List.of(1L, 2L, 4L, 6L), sorted(list(Map.of(), Map.of("degree", Set.of("PHD", "MASTER")), null, false).ids()));
        assertEquals(List.of(3L), list(Map.of(), Map.of("township", Set.of(ListRequest.NONE)), null, false).ids());
        assertEquals(List.of(5L, 3L), list(Map.of(), Map.of("degree", Set.of(ListRequest.NONE, "BACHELOR")), null, false).ids(),
                "none or a value; the most recently changed first");
        assertEquals(0, list(Map.of(), Map.of("degree", Set.of("NOSUCH")), null, false).total());
    }

    @Test
    void everyOrderPutsEmptyValuesLastAndTiesByTheId() {
        assertEquals(List.of(2L, 4L, 1L, 5L, 6L, 3L), list(Map.of(), Map.of(), null, false).ids(), "default: the most recently changed first");
        assertEquals(List.of(3L, 6L, 5L, 1L, 4L, 2L), list(Map.of(), Map.of(), ListRequest.CHANGED, true).ids());
        assertEquals(List.of(4L, 1L, 6L, 2L, 5L, 3L), list(Map.of(), Map.of(), "birthYear", true).ids(), "no birth year: last");
        assertEquals(List.of(3L, 5L, 2L, 6L, 1L, 4L), list(Map.of(), Map.of(), "birthYear", false).ids(), "descending: first, as in SQL");
        // pinyin: a li mu, ma wei qiang, mao wen qing, shan wei, zeng xiao ming, zhang wei
        assertEquals(List.of(4L, 5L, 6L, 2L, 3L, 1L), list(Map.of(), Map.of(), ListRequest.TITLE, true).ids());
        // qing hua, shan dong, shan dong ke ji, zhong guo: 阿里木 has none
        assertEquals(List.of(6L, 2L, 1L, 3L, 5L, 4L), list(Map.of(), Map.of(), "school", true).ids());
    }

    @Test
    void aWindowIsTheSameReadFromEitherEnd() {
        ListRequest all = new ListRequest("talent", Set.of(OFFICE), Map.of(), Map.of(), ListRequest.TITLE, true, 0, 100);
        List<Long> whole = CORPUS.index().list(all).ids();
        for (int offset = 0; offset <= 6; offset++) {
            for (int limit = 1; limit <= 4; limit++) {
                ListPage page = CORPUS.index().list(all.window(offset, limit));
                assertEquals(whole.subList(Math.min(offset, 6), Math.min(offset + limit, 6)), page.ids(), offset + "+" + limit);
                assertEquals(6, page.total());
            }
        }
        assertEquals(whole, CORPUS.index().listIds(all, 1000));
        assertEquals(whole.subList(0, 4), CORPUS.index().listIds(all, 4));
    }

    @Test
    void aWindowDeepInsideBothEndsOfALongListIsRefused() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("liancai-deep");
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            List<IndexedDocument> many = new ArrayList<>();
            for (int i = 1; i <= 2 * ListRequest.DEEPEST + 100; i++) {
                many.add(new IndexedDocument("talent", i, 1, "人" + i, "人" + i, "", Set.of(OFFICE), Set.of()));
            }
            index.upsertAll(many);
            ListRequest list = new ListRequest("talent", Set.of(OFFICE), Map.of(), Map.of(), ListRequest.TITLE, true, 0, 20);
            int total = 2 * ListRequest.DEEPEST + 100;
            assertEquals(20, index.list(list.window(ListRequest.DEEPEST, 20)).ids().size(), "as deep as allowed from the start");
            assertEquals(20, index.list(list.window(total - ListRequest.DEEPEST - 20, 20)).ids().size(), "and from the end");
            org.junit.jupiter.api.Assertions.assertThrows(ListRequest.TooDeep.class, () -> index.list(list.window(total / 2, 20)));
            assertEquals(index.listIds(list, total).subList(total - 20, total), index.list(list.window(total - 20, 20)).ids(),
                    "the last page, read from the end, is the list's end");
        }
    }

    @Test
    void aRowsPlaceAndNeighboursFollowTheOrder() {
        ListRequest byName = new ListRequest("talent", Set.of(OFFICE), Map.of(), Map.of(), ListRequest.TITLE, true, 0, 20);
        assertEquals(new ListPosition(1, 6, null, 5L), CORPUS.index().position(byName, 4));
        assertEquals(new ListPosition(4, 6, 6L, 3L), CORPUS.index().position(byName, 2));
        assertEquals(new ListPosition(6, 6, 3L, null), CORPUS.index().position(byName, 1));
        ListRequest byYearDown = new ListRequest("talent", Set.of(OFFICE), Map.of(), Map.of(), "birthYear", false, 0, 20);
        assertEquals(new ListPosition(1, 6, null, 5L), CORPUS.index().position(byYearDown, 3), "an empty value first when descending");
        assertEquals(new ListPosition(2, 6, 3L, 2L), CORPUS.index().position(byYearDown, 5));
        assertEquals(new ListPosition(0, 6, null, null), CORPUS.index().position(byName, 8), "another reader's talent is not in the list");
        assertEquals(new ListPosition(0, 1, null, null),
                CORPUS.index().position(byName.withGrants(Set.of(FATONG)), 1));
    }

    @Test
    void onlyWhatTheGrantsMayReadAndOnlyTheType() {
        ListPage fatong = CORPUS.index().list(new ListRequest("talent", Set.of(FATONG), Map.of("school", "山东"), Map.of(), null, false, 0, 20));
        assertEquals(new ListPage(1, List.of(8L)), fatong);
        assertEquals(new ListPage(0, List.of()), CORPUS.index().list(new ListRequest("talent", Set.of(), Map.of(), Map.of(), null, false, 0, 20)));
        assertEquals(List.of(7L), CORPUS.index().list(new ListRequest("team", Set.of(OFFICE), Map.of("school", "山东"), Map.of(), null, false, 0, 20)).ids());
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
