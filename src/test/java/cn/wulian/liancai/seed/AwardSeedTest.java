package cn.wulian.liancai.seed;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo award loaded by the real loader on Derby: a final 2025 cycle with its three winners and
 * an open 2026 cycle mid-review, where the reviewers with a conflict in the data — reviewer1 is a
 * nominee and shares a team with another, reviewer3 runs 昆山智谷 — were never assigned, and every
 * other nomination has its three reviewers.
 */
class AwardSeedTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void firstStart() {
        db = TestDatabase.create(dir);
        ProjectSeedTest.loadAll(db);
        SeedLoaderTest.load(db, SeedLoader::loadDemoAward);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    static long count(String sql, Object... params) {
        return ((Number) db.query(sql, params).getFirst().getFirst()).longValue();
    }

    @Test
    void aClosedYearWithItsWinnersAndAnOpenOneUnderReview() {
        assertEquals(List.of(List.of(2025, "FINAL"), List.of(2026, "OPEN")),
                db.query("SELECT award_year, status FROM award_cycle ORDER BY award_year"));
        assertEquals(List.of(List.of("于旭龙"), List.of("于瑶"), List.of("赵鸣建")), db.query("SELECT t.name FROM nomination n"
                + " JOIN talent t ON t.id = n.talent_id WHERE n.winner = TRUE ORDER BY n.id"));
        assertEquals(6, count("SELECT COUNT(*) FROM nomination n JOIN award_cycle c ON c.id = n.cycle_id WHERE c.award_year = 2025"));
        assertEquals(8, count("SELECT COUNT(*) FROM nomination n JOIN award_cycle c ON c.id = n.cycle_id WHERE c.award_year = 2026"));
    }

    @Test
    void conflictedReviewersWereNeverAssignedAndEveryNominationHasItsThree() {
        String assigned = "SELECT COUNT(*) FROM review_assignment a JOIN nomination n ON n.id = a.nomination_id"
                + " JOIN talent t ON t.id = n.talent_id WHERE t.seed_key = ? AND a.reviewer = ?";
        assertEquals(0, count(assigned, "T0001", "reviewer1"), "reviewer1 is the nominee");
        assertEquals(0, count(assigned, "T0086", "reviewer1"), "reviewer1 is on the nominee's team");
        assertEquals(0, count(assigned, "T0116", "reviewer3"), "reviewer3 runs the nominee's platform");
        assertEquals(List.of(), db.query("SELECT n.id FROM nomination n LEFT JOIN review_assignment a ON a.nomination_id = n.id"
                + " GROUP BY n.id HAVING COUNT(a.id) <> 3"));
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE username = 'reviewer1' AND talent_id IS NOT NULL"));
    }

    @Test
    void reviewsKeepEveryRevisionTheirReasonAndTheDeclaredConflict() {
        assertEquals(List.of(java.util.Arrays.asList(1, null), List.of(2, "复核了投产数据，返乡贡献分调高")), db.query("SELECT r.revision, r.change_reason"
                + " FROM review_revision r JOIN review_assignment a ON a.id = r.assignment_id JOIN nomination n ON n.id = a.nomination_id"
                + " JOIN talent t ON t.id = n.talent_id WHERE t.seed_key = 'T0295' AND a.reviewer = 'reviewer1' ORDER BY r.revision"));
        assertEquals(1, count("SELECT COUNT(*) FROM review_assignment WHERE conflict_declared_at IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM review_assignment WHERE draft_json IS NOT NULL AND submitted_revision = 0"));
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE subject_kind = 'AWARD_CYCLE' AND action NOT IN ('CREATED', 'UPDATED', 'DELETED')") > 60);
        assertFalse(db.query("SELECT action FROM audit_entry WHERE action = 'FINALIZED' AND actor = 'office'").isEmpty());
    }

    @Test
    void aWinnerOfLastYearIsNotEligibleAgainForThreeYears() {
        Object years = db.read(em -> {
            long id = em.createQuery("select t.id from Talent t where t.seedKey = 'T0237'", Long.class).getSingleResult();
            return new FactSources(em).facts(SubjectKind.TALENT, id, CLOCK).get("yearsSinceAward");
        });
        assertEquals(1, years);
    }
}
