package cn.wulian.liancai.support.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.rules.entity.TestFacts;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy versions on embedded Derby with the real schema: every term reaches its column, editing
 * adds a row and never changes the old one (only its superseded mark), the database refuses a
 * second row for the same (code, version) — two officers editing at once — and the queries find the
 * current versions and the history.
 */
class PolicyVersionsJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    static final String ALL_COLUMNS = "SELECT code, version, name, description, beneficiary_kind, rule_json, benefit_kind, benefit_amount,"
            + " benefit_months, benefit_text, cap_per_beneficiary, cap_grants_per_beneficiary, cap_per_beneficiary_per_year, annual_budget,"
            + " valid_from, valid_to, created_at, created_by FROM policy WHERE code = ? AND version = ?";

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        db.clear();
    }

    static PolicyTerms space(String squareMetres) {
        return new PolicyTerms("免费办公空间", "三年免租", SubjectKind.TEAM,
                TestFacts.rule("{'all':[{'fact':'platform','op':'in','values':['fatong','cas']}]}"), BenefitKind.SPACE,
                new BigDecimal(squareMetres), 36, "含物业费", new BigDecimal("300.50"), 1, new BigDecimal("300.50"), new BigDecimal("2400"),
                LocalDate.of(2019, 1, 1), LocalDate.of(2028, 12, 31));
    }

    static Policy current(EntityManager em, String code) {
        return em.createNamedQuery(Policy.VERSIONS, Policy.class).setParameter("code", code).getResultList().stream()
                .filter(Policy::isCurrent).findFirst().orElseThrow();
    }

    @Test
    void everyTermRoundTrips() {
        db.run(em -> em.persist(new Policy("space", space("200.25"), "office", CLOCK)));

        assertEquals(List.of(Arrays.asList("space", 1, "免费办公空间", "三年免租", "TEAM",
                "{\"all\":[{\"fact\":\"platform\",\"op\":\"in\",\"values\":[\"fatong\",\"cas\"]}]}", "SPACE", new BigDecimal("200.25"), 36,
                "含物业费", new BigDecimal("300.50"), 1, new BigDecimal("300.50"), new BigDecimal("2400.00"), java.sql.Date.valueOf("2019-01-01"),
                java.sql.Date.valueOf("2028-12-31"), Timestamp.from(CLOCK.instant()), "office")), db.query(ALL_COLUMNS, "space", 1));
        Policy p = db.read(em -> current(em, "space"));
        assertEquals(SubjectKind.TEAM, p.getBeneficiaryKind());
        assertEquals(BenefitKind.SPACE, p.getBenefitKind());
        assertEquals(LocalDate.of(2028, 12, 31), p.getValidTo());
        assertEquals(CLOCK.instant(), p.getCreatedAt());
    }

    @Test
    void editingAddsAVersionAndNeverChangesTheOldOne() {
        db.run(em -> em.persist(new Policy("space", space("200"), "office", CLOCK)));
        List<List<Object>> v1Before = db.query(ALL_COLUMNS, "space", 1);
        Clock later = TestClock.at(TestClock.NOW.plusDays(30));

        db.run(em -> em.persist(current(em, "space").supersede(space("260"), "office2", later)));
        db.run(em -> em.persist(current(em, "space").supersede(space("300"), "admin", later.withZone(later.getZone()))));

        assertEquals(v1Before, db.query(ALL_COLUMNS, "space", 1), "version 1's terms, rule and amounts are as they were");
        assertEquals(List.of(List.of(1, new BigDecimal("200.00"), Timestamp.from(later.instant()), "office2"),
                        List.of(2, new BigDecimal("260.00"), Timestamp.from(later.instant()), "admin"),
                        Arrays.asList(3, new BigDecimal("300.00"), null, null)),
                db.query("SELECT version, benefit_amount, superseded_at, superseded_by FROM policy ORDER BY version"));
        assertEquals(List.of(3, 2, 1), db.read(em -> em.createNamedQuery(Policy.VERSIONS, Policy.class).setParameter("code", "space")
                .getResultList().stream().map(Policy::getVersion).toList()));
    }

    @Test
    void twoEditsOfTheSameVersionCannotBothBeStored() {
        db.run(em -> em.persist(new Policy("space", space("200"), "office", CLOCK)));
        // both officers read version 1, each in their own transaction, and make their version 2 from it
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Policy readByFirst = current(first, "space");
            Policy readBySecond = current(second, "space");
            first.persist(readByFirst.supersede(space("260"), "office", CLOCK));
            first.getTransaction().commit();

            second.persist(readBySecond.supersede(space("300"), "office2", CLOCK));
            PersistenceException refused = assertThrows(PersistenceException.class, () -> second.getTransaction().commit());
            assertEquals("23505", sqlState(refused), "the unique key (code, version) refuses the second version 2");
        } finally {
            first.close();
            second.close();
        }
        assertEquals(List.of(Arrays.asList(1, new BigDecimal("200.00"), "office"), Arrays.asList(2, new BigDecimal("260.00"), null)),
                db.query("SELECT version, benefit_amount, superseded_by FROM policy ORDER BY version"));
    }

    @Test
    void currentVersionsByKindInCodeOrder() {
        db.run(em -> {
            em.persist(new Policy("space", space("200"), "office", CLOCK));
            em.persist(new Policy("financing", space("100"), "office", CLOCK));
            em.persist(new Policy("apartment", new PolicyTerms("人才公寓", null, SubjectKind.TALENT,
                    TestFacts.rule("{'all':[]}"), BenefitKind.HOUSING, BigDecimal.ONE, 36, null, null, 1, null, new BigDecimal("40"),
                    LocalDate.of(2019, 1, 1), null), "office", CLOCK));
        });
        db.run(em -> em.persist(current(em, "space").supersede(space("260"), "office", CLOCK)));

        assertEquals(List.of("apartment v1", "financing v1", "space v2"), db.read(em -> em.createNamedQuery(Policy.CURRENT, Policy.class)
                .getResultList().stream().map(p -> p.getCode() + " v" + p.getVersion()).toList()));
        assertEquals(List.of("financing v1", "space v2"), db.read(em -> em.createNamedQuery(Policy.CURRENT_OF_KIND, Policy.class)
                .setParameter("kind", SubjectKind.TEAM).getResultList().stream().map(p -> p.getCode() + " v" + p.getVersion()).toList()));
        assertTrue(db.read(em -> em.createNamedQuery(Policy.CURRENT_OF_KIND, Policy.class).setParameter("kind", SubjectKind.PROJECT)
                .getResultList()).isEmpty());
    }

    static String sqlState(Throwable e) {
        List<String> states = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                states.add(sql.getSQLState());
            }
        }
        return states.isEmpty() ? null : states.getFirst();
    }
}
