package cn.wulian.liancai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.persistence.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo applications loaded by the real loader on top of the whole demo, on Derby: every step
 * is taken through the application's rules on its day, so the statuses, the steps' history, the
 * payments and each year's budget account come out as the files describe — and loading again adds
 * nothing.
 */
class ApplicationSeedTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void firstStart() {
        db = TestDatabase.create(dir);
        ProjectSeedTest.loadAll(db);
        SeedLoaderTest.load(db, SeedLoader::loadDemoPolicies);
        SeedLoaderTest.load(db, SeedLoader::loadDemoApplications);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    static long count(String sql) {
        return ((Number) db.query(sql).getFirst().getFirst()).longValue();
    }

    @Test
    void everyApplicationEndsWhereTheFileSays() {
        assertEquals(List.of(List.of("APPROVED", 1L), List.of("CLOSED", 1L), List.of("GRANTED", 6L), List.of("REJECTED", 1L),
                        List.of("SUBMITTED", 5L), List.of("WITHDRAWN", 1L)),
                db.query("SELECT status, COUNT(*) FROM support_application GROUP BY status ORDER BY status").stream()
                        .map(r -> List.<Object>of(r.get(0), ((Number) r.get(1)).longValue())).toList());
        assertEquals(SeedDataTest.rows(SeedDataTest.DISBURSEMENTS).size(), count("SELECT COUNT(*) FROM disbursement"));
        // a step per submission, decision, first payment and closing
        assertEquals(15 + 10 + 7 + 1, count("SELECT COUNT(*) FROM application_transition"));
        assertEquals(List.of(List.of("mgr-fatong", "fatong")), db.query("SELECT DISTINCT a.submitted_by, p.code FROM support_application a"
                + " JOIN platform p ON p.id = a.platform_id WHERE a.submitted_by = 'mgr-fatong'"));
    }

    @Test
    void theBudgetAccountsHoldWhatWasApprovedAndNotGivenBack() {
        List<List<Object>> accounts = db.query("SELECT policy_code, budget_year, committed FROM policy_budget ORDER BY policy_code, budget_year");
        assertEquals(List.of(
                        List.of("apartment", 2026, new BigDecimal("1.00")),
                        List.of("financing", 2025, new BigDecimal("1.00")),
                        List.of("financing", 2026, new BigDecimal("1.00")),
                        List.of("space", 2025, new BigDecimal("200.00")),
                        List.of("space", 2026, new BigDecimal("200.00")),
                        List.of("specialist", 2026, new BigDecimal("1.00")),
                        List.of("startup-fund", 2025, new BigDecimal("500000.00")),
                        List.of("startup-fund", 2026, new BigDecimal("400000.00"))),
                accounts);
        assertEquals(List.of(List.of(new BigDecimal("200000.00"))),
                db.query("SELECT approved_amount - disbursed FROM support_application WHERE status = 'GRANTED' AND policy_code = 'startup-fund'"));
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = count("SELECT COUNT(*) FROM support_application");
        SeedLoaderTest.load(db, SeedLoader::loadDemoApplications);
        assertEquals(before, count("SELECT COUNT(*) FROM support_application"));
    }
}
