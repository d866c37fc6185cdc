package cn.wulian.liancai.seed;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.entity.Rule;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.support.entity.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default "five ones" package loaded by the real loader on top of the whole demo: every policy
 * arrives as version 1, loading again adds nothing and leaves an edited policy alone, and each
 * policy's rule, evaluated on the demo talents, teams and projects on 2026-11-27, admits some and
 * refuses others — so the demo shows both.
 */
class PolicySeedTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void firstStart() {
        db = TestDatabase.create(dir);
        ProjectSeedTest.loadAll(db);
        SeedLoaderTest.load(db, SeedLoader::loadDemoPolicies);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @Test
    void everyPolicyArrivesOnceAsItsFirstVersion() {
        List<List<Object>> expected = SeedDataTest.rows(SeedDataTest.POLICIES).stream()
                .map(r -> List.<Object>of(r.get("code"), 1, r.get("name"), "seed")).sorted((a, b) -> ((String) a.get(0)).compareTo((String) b.get(0)))
                .toList();
        String query = "SELECT code, version, name, created_by FROM policy ORDER BY code";
        assertEquals(expected, db.query(query));
        assertEquals(List.of(List.of(SeedLoader.DEMO_POLICIES)), db.query("SELECT name FROM seed_applied WHERE name = ?", SeedLoader.DEMO_POLICIES));

        db.update("DELETE FROM seed_applied WHERE name = ?", SeedLoader.DEMO_POLICIES);
        db.update("UPDATE policy SET name = '免费办公场地' WHERE code = 'space'");
        SeedLoaderTest.load(db, SeedLoader::loadDemoPolicies);
        assertEquals(5L, ((Number) db.query("SELECT COUNT(*) FROM policy").getFirst().getFirst()).longValue());
        assertEquals(List.of(List.of("免费办公场地")), db.query("SELECT name FROM policy WHERE code = 'space'"),
                "a policy the office edited is theirs: the demo does not load it again");
        db.update("UPDATE policy SET name = '免费办公空间' WHERE code = 'space'");
    }

    /** how many demo subjects each policy admits, of how many of its kind */
    @Test
    void eachPolicyAdmitsSomeAndRefusesOthers() {
        Map<String, String> admitted = db.read(em -> {
            FactSources facts = new FactSources(em);
            Map<String, String> counts = new TreeMap<>();
            for (Policy p : em.createNamedQuery(Policy.CURRENT, Policy.class).getResultList()) {
                SubjectKind kind = p.getBeneficiaryKind();
                Rule rule = RuleJson.stored(p.getRuleJson(), facts.catalog(kind));
                String entity = switch (kind) {
                    case TALENT -> "Talent";
                    case TEAM -> "Team";
                    case PROJECT -> "Project";
                };
                List<Long> ids = em.createQuery("select x.id from " + entity + " x", Long.class).getResultList();
                long yes = ids.stream().filter(id -> rule.evaluate(facts.facts(kind, id, CLOCK), TODAY).passed()).count();
                counts.put(p.getCode(), yes + " of " + ids.size());
            }
            return counts;
        });
        assertEquals(Map.of("apartment", "36 of 320", "financing", "21 of 30", "space", "12 of 30", "specialist", "22 of 56",
                "startup-fund", "3 of 30"), admitted);
    }
}
