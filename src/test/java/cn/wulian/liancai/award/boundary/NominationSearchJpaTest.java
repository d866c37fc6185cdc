package cn.wulian.liancai.award.boundary;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static cn.wulian.liancai.search.control.Callers.FATONG;
import static cn.wulian.liancai.search.control.Callers.KUNSHAN;
import static cn.wulian.liancai.search.control.Callers.OFFICE;
import static cn.wulian.liancai.search.control.Callers.REVIEWER;
import static cn.wulian.liancai.search.control.Callers.stamps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.award.entity.Achievement;
import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.CategoryQuota;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.award.entity.CycleTerms;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.Rubric;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.search.boundary.FiredChanges;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.LuceneIndex;
import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nominations in search, on embedded Derby with the real schema: the office finds every one, a
 * platform manager those made from their platform (the ones they may open), a reviewer's grant none;
 * the nominee's phone is not searchable; the stamps the start-up check reads are the documents' own,
 * and a renamed nominee or category rewrites their nominations.
 */
class NominationSearchJpaTest {

    @TempDir
    static Path dir;

    @TempDir
    Path indexDir;

    static TestDatabase db;

    long nominee;
    long fromFatong;
    long fromKunshan;
    long fromOffice;

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
            Platform fatong = TestDatabase.persist(em, new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null));
            Platform kunshan = TestDatabase.persist(em, new Platform("kunshan", "昆山智谷", null, null, null, null, null, null, null, null));
            TestDatabase.persist(em, new AwardCategory("innovation", "创新创业奖", "Innovation", null, 1));
            TestDatabase.persist(em, new AwardCategory("return", "返乡贡献奖", "Homecoming", null, 2));
            AwardCycle cycle = TestDatabase.persist(em, new AwardCycle(new CycleTerms(2026, "2026年度杰出莲才奖", TODAY.minusDays(26),
                    TODAY.plusDays(3), TODAY.plusDays(4), TODAY.plusDays(23), List.of(new CategoryQuota("innovation", 1),
                    new CategoryQuota("return", 2)), new Rubric(List.of(new Criterion("impact", "创新创业成效", new BigDecimal("100"), 0, 10, null))),
                    List.of("reviewer1"), new Rule.Group(Rule.Join.ALL, List.of()), 1, null, null),
                    Set.of("innovation", "return"), Set.of("reviewer1"), "office", CLOCK));
            Talent li = TestDatabase.persist(em, talent("厉志远").phone("13912345678").build());
            Talent zhou = TestDatabase.persist(em, talent("周晓梅").build());
            nominee = li.getId();
            fromFatong = nominate(em, cycle, "innovation", li, fatong, "带领团队研发海洋生物材料");
            fromKunshan = nominate(em, cycle, "return", zhou, kunshan, "返乡创办智能制造企业");
            fromOffice = nominate(em, cycle, "return", li, null, "捐资助学");
        });
    }

    private static long nominate(EntityManager em, AwardCycle cycle, String category, Talent t, Platform from, String statement) {
        return TestDatabase.persist(em, new Nomination(cycle, category, t, statement, List.of(new Achievement(2024, "省级科技进步奖", null, null)),
                "office", from, CLOCK)).getId();
    }

    private static Nominations source(EntityManager em) {
        AwardRecords records = new AwardRecords();
        records.em = em;
        Nominations n = new Nominations();
        n.em = em;
        n.records = records;
        return n;
    }

    private static Set<Long> hits(LuceneIndex index, String q, Set<String> grants) {
        return index.search(new SearchRequest(q, grants, Set.of("nomination"), 0, 100)).hits().stream().map(h -> h.id())
                .collect(Collectors.toSet());
    }

    @Test
    void theOfficeFindsEveryNominationAManagerThoseOfTheirPlatform() {
        List<IndexedDocument> docs = db.read(em -> source(em).documents());
        try (LuceneIndex index = LuceneIndex.open(indexDir)) {
            index.upsertAll(docs);
            assertEquals(Set.of(fromFatong, fromKunshan, fromOffice), hits(index, "2026年度杰出莲才奖", OFFICE));
            assertEquals(Set.of(fromFatong), hits(index, "2026年度杰出莲才奖", FATONG));
            assertEquals(Set.of(fromKunshan), hits(index, "2026年度杰出莲才奖", KUNSHAN));
            assertEquals(Set.of(), hits(index, "2026年度杰出莲才奖", REVIEWER));
            // by nominee, category in either language, statement and achievement
            assertEquals(Set.of(fromFatong, fromOffice), hits(index, "厉志远", OFFICE));
            assertEquals(Set.of(fromKunshan, fromOffice), hits(index, "返乡贡献奖", OFFICE));
            assertEquals(Set.of(fromKunshan, fromOffice), hits(index, "homecoming", OFFICE));
            assertEquals(Set.of(fromFatong), hits(index, "海洋生物材料", FATONG));
            assertEquals(Set.of(fromFatong, fromKunshan, fromOffice), hits(index, "省级科技进步奖", OFFICE));
            assertEquals(Set.of(), hits(index, "13912345678", OFFICE), "the nominee's phone is nobody's search");
            assertEquals("厉志远 · 2026 创新创业奖", index.search(new SearchRequest("海洋生物材料", OFFICE, Set.of(), 0, 1)).hits().get(0).title());
        }
    }

    @Test
    void aRenamedCategoryRewritesItsNominations() {
        CurrentUser office = new CurrentUser() {
            @Override
            public boolean hasRole(String role) {
                return Role.OFFICE.equals(role);
            }
        };
        FiredChanges changes = new FiredChanges();
        db.run(em -> {
            AwardRecords records = new AwardRecords();
            records.em = em;
            records.user = office;
            records.indexChanges = changes;
            AwardCategories categories = new AwardCategories();
            categories.em = em;
            categories.records = records;
            categories.saveCategory("return", new AwardCategories.CategoryRow("return", "返乡建设奖", "Homecoming builders", null));
        });
        assertEquals(Set.of(fromKunshan, fromOffice), changes.fired().stream().map(IndexChange::id).collect(Collectors.toSet()));
        changes.fired().forEach(c -> {
            assertTrue(c.document().title().endsWith(" · 2026 返乡建设奖"), c.document()::title);
            assertTrue(c.document().text().contains("Homecoming builders"), c.document()::text);
        });
    }

    @Test
    void aRenamedNomineeRewritesTheirNominationsInStep() {
        db.read(em -> {
            Nominations source = source(em);
            assertEquals(stamps(source.documents()), source.stamps());
            return null;
        });
        db.run(em -> em.find(Talent.class, nominee).revise(talent("厉志强").details(), CLOCK));
        db.read(em -> {
            Nominations source = source(em);
            Map<Long, String> now = source.stamps();
            assertEquals(stamps(source.documents()), now);
            List<IndexedDocument> shown = source.embedding("talent", nominee);
            assertEquals(Set.of(fromFatong, fromOffice), shown.stream().map(IndexedDocument::id).collect(Collectors.toSet()));
            shown.forEach(d -> {
                assertTrue(d.title().startsWith("厉志强 · 2026 "), d::title);
                assertFalse(d.text().contains("厉志远"), d::text);
                assertEquals(now.get(d.id()), d.stamp());
            });
            return null;
        });
    }
}
