package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.search.control.SearchRequest.Order;
import cn.wulian.liancai.search.control.SearchResult.FacetCount;
import cn.wulian.liancai.shared.DomainViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Facet counts, narrowing, the count per type, the orders (pinyin, last change) and paging after a
 * cursor, on a fixed corpus of eight talents who all studied at 山东大学, two teams and a talent only
 * the 法桐 platform may read.
 */
class FacetsAndOrderTest {

    static final String OFFICE = "role:OFFICE";
    static final String FATONG = "platform:fatong";

    @RegisterExtension
    static final CorpusIndex CORPUS = new CorpusIndex(FacetsAndOrderTest::corpus);

    static List<IndexedDocument> corpus() {
        List<IndexedDocument> docs = new ArrayList<>(List.of(
                talent(1, "张伟", "jietou", "青岛", "PHD", "ENGAGED", 5),
                talent(2, "单伟", "jietou", "北京", "MASTER", "IDENTIFIED", 8),
                talent(3, "曾小明", "hongning", "青岛", "PHD", "RETURNED", 1),
                talent(4, "阿里木", "hongning", "济南", "BACHELOR", "ENGAGED", 7),
                talent(5, "马伟", null, "青岛", "PHD", "ENGAGED", 3),
                talent(6, "毛文清", "jietou", null, "MASTER", "ENGAGED", 2),
                talent(7, "艾青", "songbai", "上海", "PHD", "CONTACTED", 6),
                talent(8, "马伟强", "jietou", "青島", "PHD", "ENGAGED", 4), // written in Traditional characters
                team(1, "山东大学校友团队", "fatong", "新材料", 9),
                team(2, "山东大学海洋团队", "kunshan", "海洋", 10)));
        docs.add(new IndexedDocument("talent", 9, 1, "朱平", "朱平 山东大学", "", Set.of(FATONG), Set.of())
                .with(Map.of("township", "jietou", "degree", "PHD"), Instant.ofEpochSecond(11)));
        return docs;
    }

    static IndexedDocument talent(long id, String name, String township, String city, String degree, String stage, long changed) {
        Map<String, Object> facets = new HashMap<>();
        facets.put("township", township);
        facets.put("city", city);
        facets.put("degree", degree);
        facets.put("stage", stage);
        return new IndexedDocument("talent", id, 1, name, name + " 山东大学", "", Set.of(OFFICE), Set.of(OFFICE))
                .with(facets, Instant.ofEpochSecond(changed));
    }

    static IndexedDocument team(long id, String name, String platform, String industry, long changed) {
        return new IndexedDocument("team", id, 1, name, name, "", Set.of(OFFICE, "platform:" + platform), Set.of())
                .with(Map.of("platform", platform, "industry", industry), Instant.ofEpochSecond(changed));
    }

    static SearchResult search(Set<String> types, Map<String, Set<String>> facets, Order order, int limit, String after) {
        return CORPUS.index().search(new SearchRequest("山东大学", Set.of(OFFICE), types, 0, limit, facets, order, after));
    }

    static Map<String, Long> counts(SearchResult result, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        result.facets().get(facet).forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }

    static List<String> titles(SearchResult result) {
        return result.hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void theFacetsCountTheHitsMostFirstAndTheTypesAreCountedWhateverTypeIsAsked() {
        SearchResult all = search(Set.of(), Map.of(), Order.RELEVANCE, 20, null);
        assertEquals(10, all.total(), "eight talents and two teams; 朱平 is the 法桐 platform's only");
        assertEquals(Map.of("talent", 8L, "team", 2L), all.types());
        assertEquals(List.of(new FacetCount("jietou", 4), new FacetCount("hongning", 2), new FacetCount("songbai", 1)),
                all.facets().get("township"), "most first; a talent without a township is not counted");
        assertEquals(Map.of("PHD", 5L, "MASTER", 2L, "BACHELOR", 1L), counts(all, "degree"));
        assertEquals(Map.of("fatong", 1L, "kunshan", 1L), counts(all, "platform"));

        SearchResult teams = search(Set.of("team"), Map.of(), Order.RELEVANCE, 20, null);
        assertEquals(2, teams.total());
        assertEquals(Map.of("talent", 8L, "team", 2L), teams.types(), "the tabs keep their counts");
        assertEquals(Map.of(), counts(teams, "degree"), "teams have no degree");
    }

    @Test
    void aFacetValueNarrowsTheHitsAndTheOtherCounts() {
        SearchResult phd = search(Set.of(), Map.of("degree", Set.of("PHD")), Order.RELEVANCE, 20, null);
        assertEquals(5, phd.total());
        assertEquals(Map.of("talent", 5L), phd.types());
        assertEquals(Map.of("青岛", 4L, "上海", 1L), counts(phd, "city"));

        SearchResult phdInJietou = search(Set.of(), Map.of("degree", Set.of("PHD"), "township", Set.of("jietou")), Order.NAME, 20, null);
        assertEquals(List.of("马伟强", "张伟"), titles(phdInJietou));

        SearchResult eitherDegree = search(Set.of(), Map.of("degree", Set.of("MASTER", "BACHELOR")), Order.NAME, 20, null);
        assertEquals(List.of("阿里木", "毛文清", "单伟"), titles(eitherDegree), "two values of one facet: either");
    }

    @Test
    void aCityWrittenInTraditionalCharactersIsOneValueWithItsSimplifiedSpelling() {
        // 马伟强's 青島 was a city of its own, and the count of 青岛 one short
        Map<String, Long> cities = counts(search(Set.of("talent"), Map.of(), Order.NAME, 20, null), "city");
        assertEquals(4L, cities.get("青岛"), cities::toString);
        assertNull(cities.get("青島"), cities::toString);
        List<String> inQingdao = List.of("马伟", "马伟强", "曾小明", "张伟");
        assertEquals(inQingdao, titles(search(Set.of(), Map.of("city", Set.of("青島")), Order.NAME, 20, null)), "asked for either way");
        assertEquals(inQingdao, titles(search(Set.of(), Map.of("city", Set.of("青岛")), Order.NAME, 20, null)));
    }

    @Test
    void namesSortInPinyinOrderWithTheSurnameReadAsASurname() {
        // a li mu, ai qing, ma wei, ma wei qiang, mao wen qing, shan wei (单 as a surname, not dan), zeng (not ceng), zhang
        assertEquals(List.of("阿里木", "艾青", "马伟", "马伟强", "毛文清", "单伟", "曾小明", "张伟"),
                titles(search(Set.of("talent"), Map.of(), Order.NAME, 20, null)));
    }

    @Test
    void theMostRecentlyChangedComeFirst() {
        assertEquals(List.of("山东大学海洋团队", "山东大学校友团队", "单伟", "阿里木", "艾青", "张伟", "马伟强", "马伟", "毛文清", "曾小明"),
                titles(search(Set.of(), Map.of(), Order.CHANGED, 20, null)));
    }

    @Test
    void pagesAfterACursorAreThePagesOfTheWholeListInEveryOrder() {
        for (Order order : Order.values()) {
            List<String> whole = titles(search(Set.of(), Map.of(), order, 20, null));
            List<String> paged = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                SearchResult page = search(Set.of(), Map.of(), order, 3, after);
                paged.addAll(titles(page));
                after = page.next();
                pages++;
            } while (after != null);
            assertEquals(whole, paged, order + ": every hit once, in order");
            assertEquals(4, pages, order + ": 3 + 3 + 3 + 1, no empty page at the end");
        }
        assertNull(search(Set.of(), Map.of(), Order.NAME, 10, null).next(), "a page holding the rest has no next");
    }

    @Test
    void aCursorOfAnotherOrderOrNoCursorIsRefusedNamingTheField() {
        String byName = search(Set.of(), Map.of(), Order.NAME, 3, null).next();
        for (String bad : List.of(byName, "not-a-cursor", "UkVMRVZBTkNFfHh8eQ")) {
            DomainViolation refused = assertThrows(DomainViolation.class, () -> search(Set.of(), Map.of(), Order.RELEVANCE, 3, bad));
            assertEquals(Set.of("after"), refused.fieldKeys().keySet(), bad);
        }
    }
}
