package cn.wulian.liancai.talent.control;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.talent.entity.DistinctPair;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentBuilder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicate finder on a fixed corpus on embedded Derby, with the exact pairs it must find: the
 * same person as 張偉 and 张伟, with a full-width and a spaced name, a phone written +86 138-0013-8000
 * against 13800138000, an e-mail in capitals — and the near-miss it must not: the same name, another
 * birth year and township, no contact in common. Merged and erased talents are no candidates, and a
 * pair marked as two people is not offered again.
 */
class DuplicateFinderJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    Map<String, Long> ids = new LinkedHashMap<>();
    long hongning;
    long jietou;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void corpus() {
        db.clear();
        db.run(em -> {
            Township h = persist(em, new Township("371121001", "洪凝街道", null, "街道"));
            Township j = persist(em, new Township("371121101", "街头镇", null, "镇"));
            hongning = h.getId();
            jietou = j.getId();
            save(em, "zhang-simplified", talent("张伟").birthYear(1990).township(h).phone("13800138000"));
            save(em, "zhang-traditional", talent("張偉").birthYear(1990).township(h));
            save(em, "zhang-fullwidth-space", talent("张　伟").birthYear(1990).township(h).phone("+86 138-0013-8000"));
            save(em, "zhang-near-miss", talent("张伟").birthYear(1985).township(j).phone("13900000001"));
            save(em, "zhang-other-character", talent("张玮").birthYear(1990).township(h));
            save(em, "li-mail", talent("李娜").email("Li.Na@Example.com"));
            save(em, "li-mail-2", talent("李 娜").email("li.na@example.com ").wechat("lina88"));
            save(em, "wang-wechat", talent("王芳").wechat("LINA88"));
            save(em, "zhao-alone", talent("赵磊").birthYear(1990).township(h).phone("13700000000"));
        });
    }

    private void save(jakarta.persistence.EntityManager em, String key, TalentBuilder b) {
        ids.put(key, persist(em, b.build()).getId());
    }

    /** the pairs as "first second score reasons", by the corpus' names for the talents */
    private List<String> pairs() {
        Map<Long, String> names = ids.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Page<DuplicatePair> page = db.read(em -> new DuplicateFinder(em).pairs(0, 50));
        assertEquals(page.rows().size(), page.total());
        return page.rows().stream()
                .map(p -> names.get(p.firstId()) + " " + names.get(p.secondId()) + " " + p.score() + " " + String.join("+", p.reasons()))
                .toList();
    }

    @Test
    void theWholeRegistryGivesExactlyThePairsOfOnePersonBestFirst() {
        assertEquals(List.of(
                "zhang-simplified zhang-fullwidth-space 100 PHONE+NAME_BIRTH_TOWNSHIP",
                "li-mail li-mail-2 50 EMAIL",
                "li-mail-2 wang-wechat 50 WECHAT",
                "zhang-simplified zhang-traditional 40 NAME_BIRTH_TOWNSHIP",
                "zhang-traditional zhang-fullwidth-space 40 NAME_BIRTH_TOWNSHIP"), pairs());
    }

    @Test
    void aPageIsASliceOfTheSameOrderWithTheWholeCount() {
        Page<DuplicatePair> page = db.read(em -> new DuplicateFinder(em).pairs(1, 2));
        assertEquals(5, page.total());
        assertEquals(List.of(ids.get("li-mail"), ids.get("li-mail-2")), page.rows().stream().map(DuplicatePair::firstId).toList());
        assertEquals("李娜", page.rows().get(0).firstName());
    }

    @Test
    void theOrderedPairsAreKeptOnlyWhileTheRegistryIsUnchanged() {
        jakarta.persistence.EntityManager em = db.emf().createEntityManager();
        try {
            DuplicateFinder finder = new DuplicateFinder(em);
            assertEquals(5, finder.pairs(0, 1).total());
            db.run(other -> other.find(Talent.class, ids.get("zhao-alone")).revise(talent("赵磊").phone("13800138000").details(), CLOCK));
            assertEquals(7, finder.pairs(0, 10).total(), "a changed phone: two more pairs");
            db.run(other -> other.persist(new DistinctPair(ids.get("zhao-alone"), ids.get("zhang-simplified"), "office", CLOCK)));
            assertEquals(6, finder.pairs(0, 10).total(), "a pair marked as two people");
        } finally {
            em.close();
        }
    }

    @Test
    void mergedAndErasedTalentsAndPairsMarkedAsTwoPeopleAreNotOffered() {
        db.run(em -> {
            em.find(Talent.class, ids.get("zhang-traditional")).mergeInto(em.find(Talent.class, ids.get("zhang-simplified")), CLOCK);
            em.find(Talent.class, ids.get("wang-wechat")).erase(CLOCK);
            em.persist(new DistinctPair(ids.get("li-mail-2"), ids.get("li-mail"), "office", CLOCK));
        });
        assertEquals(List.of("zhang-simplified zhang-fullwidth-space 100 PHONE+NAME_BIRTH_TOWNSHIP"), pairs());
    }

    @Test
    void anImportChunkGetsForEachRowInOrderItsCandidatesBestFirstAtMostThree() {
        List<List<DuplicateCandidate>> found = db.inTransaction(em -> {
            Township h = em.find(Township.class, hongning);
            return new DuplicateFinder(em).candidatesFor(List.of(
                    talent("張 偉").birthYear(1990).township(h).phone("0086 13800138000").details(),
                    talent("张伟").birthYear(1985).details(),
                    talent("Someone").email("LI.NA@example.com").wechat("lina88").details(),
                    talent("赵磊").birthYear(1991).township(h).details()));
        });
        assertEquals(4, found.size());
        assertEquals(List.of(
                        new DuplicateCandidate(ids.get("zhang-simplified"), "张伟", 100, List.of("PHONE", "NAME_BIRTH_TOWNSHIP")),
                        new DuplicateCandidate(ids.get("zhang-fullwidth-space"), "张　伟", 100, List.of("PHONE", "NAME_BIRTH_TOWNSHIP")),
                        new DuplicateCandidate(ids.get("zhang-traditional"), "張偉", 40, List.of("NAME_BIRTH_TOWNSHIP"))),
                found.get(0));
        // the same name without the same township (and here no birth year that matches) is no candidate
        assertEquals(List.of(), found.get(1));
        assertEquals(List.of(
                        new DuplicateCandidate(ids.get("li-mail-2"), "李 娜", 100, List.of("EMAIL", "WECHAT")),
                        new DuplicateCandidate(ids.get("li-mail"), "李娜", 50, List.of("EMAIL")),
                        new DuplicateCandidate(ids.get("wang-wechat"), "王芳", 50, List.of("WECHAT"))),
                found.get(2));
        assertEquals(List.of(), found.get(3));
    }
}
