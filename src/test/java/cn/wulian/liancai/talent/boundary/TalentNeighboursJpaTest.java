package cn.wulian.liancai.talent.boundary;

import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.TestCallers;
import cn.wulian.liancai.search.boundary.SearchIndex;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.talent.control.TalentDocuments;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.Neighbours;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.web.ListQueries;
import cn.wulian.liancai.talent.entity.Stage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile's 上一个 / 下一个 on Derby: the neighbours are those of the list as the link from it
 * said it was filtered and sorted (the list's own query, the same text the list writes), and a
 * manager, who reads the whole registry masked, walks the same list as the office.
 */
class TalentNeighboursJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;
    static final Map<String, Long> IDS = new HashMap<>();

    @BeforeAll
    static void fiveTalents() {
        db = TestDatabase.create(dir);
        db.run(em -> {
            // names sort in pinyin order: 丙 bing < 丁 ding < 甲 jia < 戊 wu < 乙 yi, neither the order of registration nor of code points
            for (var t : List.of(talent("乙").stage(Stage.ENGAGED), talent("甲").stage(Stage.IDENTIFIED), talent("丁").stage(Stage.ENGAGED),
                    talent("戊").stage(Stage.ENGAGED), talent("丙").stage(Stage.CONTACTED))) {
                var saved = persist(em, t.build());
                IDS.put(saved.getName(), saved.getId());
            }
        });
    }

    @AfterAll
    static void shutDown() {
        SEARCH.values().forEach(SearchIndex::closeIndex);
        db.close();
    }

    /** the index the list is served by, with the five talents' documents */
    static SearchIndex index(CurrentUser user, String key) {
        List<IndexedDocument> docs = db.read(em -> em.createQuery("select t from Talent t", Talent.class).getResultList()
                .stream().map(TalentDocuments::of).toList());
        return SearchIndex.over(dir.resolve("data-" + key), user, docs);
    }

    @Test
    void theFilteredSortedListIsWalkedInItsOrder() {
        String engagedByName = "sort=name&order=asc&stage=ENGAGED";
        // ENGAGED by name: 丁 ding, 戊 wu, 乙 yi
        assertEquals(new Neighbours(1, 3, null, id("戊")), neighbours(TestCallers.office(), "丁", engagedByName));
        assertEquals(new Neighbours(2, 3, id("丁"), id("乙")), neighbours(TestCallers.office(), "戊", engagedByName));
        assertEquals(new Neighbours(3, 3, id("戊"), null), neighbours(TestCallers.office(), "乙", engagedByName));
        assertEquals(new Neighbours(2, 3, id("乙"), id("丁")), neighbours(TestCallers.office(), "戊", "sort=name&order=desc&stage=ENGAGED"));
    }

    @Test
    void aTalentTheFilterNoLongerMatchesIsNotListed() {
        assertEquals(new Neighbours(0, 3, null, null), neighbours(TestCallers.office(), "甲", "sort=name&order=asc&stage=ENGAGED"));
    }

    @Test
    void theWholeListInTheDefaultOrderBreaksTiesById() {
        // the test clock stands still: every talent was updated at one moment, and the tie keeps the order of ids: 乙 甲 丁 戊 丙
        assertEquals(new Neighbours(3, 5, id("甲"), id("戊")), neighbours(TestCallers.office(), "丁", "sort="));
    }

    @Test
    void aManagerWalksTheSameListAndAReviewerNone() {
        String query = "sort=name&order=asc&q=" + java.net.URLEncoder.encode("丁", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(new Neighbours(1, 1, null, null), neighbours(TestCallers.manager("fatong"), "丁", query));
        assertEquals(neighbours(TestCallers.office(), "乙", "sort=name&order=asc&stage=ENGAGED"),
                neighbours(TestCallers.manager("fatong"), "乙", "sort=name&order=asc&stage=ENGAGED"));
        assertThrows(Forbidden.class, () -> neighbours(TestCallers.caller(Role.REVIEWER, null), "乙", "sort="));
        assertThrows(NotFound.class, () -> db.read(em -> profiles(em, TestCallers.office()).neighbours(999_999, ListQueries.decode("sort=",
                TalentsResource.FILTERS))));
    }

    private static long id(String name) {
        return IDS.get(name);
    }

    private static Neighbours neighbours(CurrentUser user, String name, String from) {
        return db.read(em -> profiles(em, user).neighbours(id(name), ListQueries.decode(from, TalentsResource.FILTERS)));
    }

    private static TalentProfiles profiles(jakarta.persistence.EntityManager em, CurrentUser user) {
        TalentProfiles profiles = new TalentProfiles();
        profiles.em = em;
        profiles.user = user;
        profiles.search = SEARCH.computeIfAbsent(String.join("-", user.grants()).replace(":", "_"), key -> index(user, key));
        return profiles;
    }

    static final Map<String, SearchIndex> SEARCH = new HashMap<>();
}
