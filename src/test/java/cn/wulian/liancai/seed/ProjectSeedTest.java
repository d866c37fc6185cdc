package cn.wulian.liancai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.project.control.ProjectHistories;
import cn.wulian.liancai.project.entity.FlagRules;
import cn.wulian.liancai.project.entity.Flags;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectHistory;
import cn.wulian.liancai.project.entity.RankingRules;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo teams and projects loaded by the real loader into a fresh database: every row passes
 * the entities' rules, the demo reproduces the document's shape (30 teams, 50+ projects, 12+
 * billion yuan), each flag of 两旗一牌 occurs, recent months have a ranking, and loading again adds
 * nothing.
 */
class ProjectSeedTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void firstStart() {
        db = TestDatabase.create(dir);
        loadAll();
    }

    static void loadAll() {
        loadAll(db);
    }

    /** the demo talents, teams and projects, as the first start loads them */
    static void loadAll(TestDatabase into) {
        SeedLoaderTest.loadEverything(into);
        SeedLoaderTest.load(into, SeedLoader::loadDemoTeams);
        SeedLoaderTest.load(into, SeedLoader::loadDemoProjects);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    static long count(String sql) {
        return ((Number) db.query(sql).getFirst().getFirst()).longValue();
    }

    static long rows(String file) {
        return SeedDataTest.rows(file).size();
    }

    @Test
    void everyRowIsLoadedOnceAndOnlyOnce() {
        Map<String, Long> expected = Map.of("team", 30L, "project", rows(SeedDataTest.PROJECTS),
                "project_milestone", rows(SeedDataTest.PROJECT_MILESTONES), "project_update", rows(SeedDataTest.PROJECT_UPDATES),
                "project_transition", rows(SeedDataTest.PROJECT_TRANSITIONS));
        expected.forEach((table, n) -> assertEquals(n, count("SELECT COUNT(*) FROM " + table), table));
        loadAll();
        expected.forEach((table, n) -> assertEquals(n, count("SELECT COUNT(*) FROM " + table), table + " after loading again"));
    }

    @Test
    void theDocumentsShapeFiftyProjectsAndTwelveBillionYuan() {
        assertTrue(count("SELECT COUNT(*) FROM project") >= 50);
        BigDecimal planned = (BigDecimal) db.query("SELECT SUM(planned_investment) FROM project").getFirst().getFirst();
        assertTrue(planned.compareTo(new BigDecimal("12000000000")) >= 0, () -> "planned " + planned);
        assertEquals(0L, count("SELECT COUNT(*) FROM project p WHERE p.stage <> 'NEGOTIATING'"
                + " AND p.stage_since <> (SELECT MAX(t.occurred_on) FROM project_transition t WHERE t.project_id = p.id)"),
                "the stage date is the last step's");
    }

    @Test
    void eachFlagOccursAndRecentMonthsRank() {
        db.run(em -> {
            List<Project> projects = em.createQuery("select p from Project p", Project.class).getResultList();
            Collection<ProjectHistory> histories = ProjectHistories.of(em, projects).values();
            List<Flags> flags = histories.stream().map(h -> FlagRules.DEFAULT.on(h, TestClock.TODAY)).toList();
            assertTrue(flags.stream().filter(Flags::yellow).count() >= 3, "yellow flags");
            assertTrue(flags.stream().filter(Flags::red).count() >= 3, "red flags");
            assertTrue(flags.stream().filter(Flags::plaque).count() >= 3, "plaques");
            for (YearMonth month : List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11))) {
                long active = histories.stream().filter(h -> RankingRules.DEFAULT.ranks(h, month))
                        .filter(h -> RankingRules.DEFAULT.score(h, month, TestClock.TODAY).score() != 0).count();
                assertTrue(active >= 10, () -> month + ": only " + active + " projects moved");
            }
        });
    }
}
