package cn.wulian.liancai.seed;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.PasswordHashing;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.shared.audit.TestTrails;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole of data-seed/ loaded into a fresh database by the real loader, as at the first start
 * with demo data on: every row arrives (so every row fits its columns and passes the entities'
 * rules), references resolve, and loading again adds nothing.
 */
class SeedLoaderTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    /** PBKDF2 is the container's; here a readable stand-in */
    static final PasswordHashing HASHING = new PasswordHashing() {
        @Override
        public String hash(String password) {
            return "test:" + password;
        }
    };

    static void load(Consumer<SeedLoader> step) {
        load(db, step);
    }

    static void load(TestDatabase into, Consumer<SeedLoader> step) {
        into.run(em -> step.accept(loader(em)));
    }

    static SeedLoader loader(EntityManager em) {
        SeedLoader loader = new SeedLoader();
        loader.em = em;
        loader.hashing = HASHING;
        loader.clock = CLOCK;
        loader.trail = TestTrails.over(em, CLOCK);
        return loader;
    }

    static void loadEverything() {
        loadEverything(db);
    }

    /** what the first start loads before teams and projects */
    static void loadEverything(TestDatabase into) {
        load(into, SeedLoader::loadReferenceData);
        load(into, SeedLoader::loadDemoAccounts);
        load(into, SeedLoader::loadDemoTalents);
    }

    @BeforeAll
    static void firstStart() {
        db = TestDatabase.create(dir);
        loadEverything();
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    static long count(String sql, Object... params) {
        return ((Number) db.query(sql, params).getFirst().getFirst()).longValue();
    }

    static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("township", "platform", "account", "talent", "interaction", "talent_relation", "seed_applied")) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    static long rowsWith(String file, String column) {
        return SeedDataTest.rows(file).stream().filter(r -> r.get(column) != null).count();
    }

    static Map<String, Long> expectedCounts() {
        return new TreeMap<>(Map.of(
                "township", (long) SeedDataTest.rows(SeedDataTest.TOWNSHIPS).size(),
                "platform", (long) SeedDataTest.rows(SeedDataTest.PLATFORMS).size(),
                "account", (long) SeedDataTest.rows(SeedDataTest.USERS).size(),
                "talent", (long) SeedDataTest.rows(SeedDataTest.TALENTS).size(),
                "interaction", (long) SeedDataTest.rows(SeedDataTest.INTERACTIONS).size(),
                "talent_relation", (long) SeedDataTest.rows(SeedDataTest.RELATIONS).size(),
                "seed_applied", 3L)); // the platforms of the file, the service catalogue and the demo talents
    }

    @Test
    void everyRowIsLoaded() {
        assertEquals(expectedCounts(), counts());
        assertTrue(counts().get("talent") >= 300, "the demo promises about 320 talents");
    }

    @Test
    void loadingAgainAddsNothing() {
        loadEverything();
        assertEquals(expectedCounts(), counts());
        assertEquals(List.of(List.of(SeedLoader.DEMO_TALENTS), List.of(SeedLoader.REFERENCE_PLATFORMS), List.of(SeedLoader.REFERENCE_SERVICES)), db.query("SELECT name FROM seed_applied ORDER BY name"));
    }

    @Test
    void theDemoTalentsComeInOnTheImportsBulkPathAsAnImportOfTheirFile() {
        List<List<Object>> batch = db.query("SELECT id, status, added, created_by FROM import_batch WHERE file_name = 'data-seed/demo/talents.csv'");
        assertEquals(1, batch.size(), "one import, also after loading again");
        long id = ((Number) batch.getFirst().getFirst()).longValue();
        assertEquals(List.of("DONE", SeedDataTest.rows(SeedDataTest.TALENTS).size(), "system"), batch.getFirst().subList(1, 4));
        assertEquals((long) SeedDataTest.rows(SeedDataTest.TALENTS).size(), count("SELECT COUNT(*) FROM talent WHERE import_id = ?", id));
        assertEquals(0L, count("SELECT COUNT(*) FROM audit_entry WHERE record_kind = 'TALENT' AND action = 'CREATED'"),
                "no entry per talent: the import's entries name them");
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE record_kind = 'IMPORT_BATCH' AND record_id = ? AND action = 'CREATED_IN_BULK'", id) > 0);
    }

    @Test
    void referencesResolve() {
        assertEquals(rowsWith(SeedDataTest.TALENTS, "referrer_key"), count("SELECT COUNT(*) FROM talent WHERE referrer_id IS NOT NULL"));
        assertEquals(rowsWith(SeedDataTest.TALENTS, "referrer_name"), count("SELECT COUNT(*) FROM talent WHERE referrer_name IS NOT NULL"));
        assertEquals(rowsWith(SeedDataTest.TALENTS, "liaison"), count("SELECT COUNT(*) FROM talent WHERE liaison_id IS NOT NULL"));
        assertEquals(rowsWith(SeedDataTest.TALENTS, "township_code"), count("SELECT COUNT(*) FROM talent WHERE township_id IS NOT NULL"));
        assertEquals(rowsWith(SeedDataTest.USERS, "platform_code"), count("SELECT COUNT(*) FROM account WHERE platform_id IS NOT NULL"));
        assertEquals(rowsWith(SeedDataTest.INTERACTIONS, "recorded_by"),
                count("SELECT COUNT(*) FROM interaction WHERE recorded_by_id IS NOT NULL"));
        assertEquals(List.of(), db.query("SELECT a.username FROM account a JOIN platform p ON p.id = a.platform_id"
                + " WHERE a.role = 'PLATFORM_MANAGER' AND a.username <> 'mgr-' || p.code"));
    }

    @Test
    void theFirstTalentArrivesAsWritten() {
        Map<String, String> row = SeedDataTest.rows(SeedDataTest.TALENTS).getFirst();
        Talent t = db.read(em -> em.createNamedQuery(Talent.BY_SEED_KEY, Talent.class).setParameter("key", row.get("key"))
                .getSingleResult());
        assertEquals(row.get("name"), t.getName());
        assertEquals(row.get("township_code"), t.getTownship() == null ? null : t.getTownship().getCode());
        assertEquals(row.get("liaison"), t.getLiaison() == null ? null : t.getLiaison().getUsername());
        assertEquals(List.of(row.get("expertise").split(";")), t.getExpertise());
        assertEquals(row.get("notes"), t.getNotes());
        assertEquals(row.get("phone"), t.getPhone());
        assertEquals(Stage.valueOf(row.get("stage")), t.getStage());
    }

    @Test
    void stagesAreAsWrittenSinceNoIdentifiedDemoTalentHasAContact() {
        Map<String, Long> written = SeedDataTest.rows(SeedDataTest.TALENTS).stream()
                .collect(Collectors.groupingBy(r -> r.get("stage"), TreeMap::new, Collectors.counting()));
        Map<String, Long> stored = new TreeMap<>();
        for (List<Object> r : db.query("SELECT stage, COUNT(*) FROM talent GROUP BY stage")) {
            stored.put((String) r.get(0), ((Number) r.get(1)).longValue());
        }
        assertEquals(written, stored);
    }

    @Test
    void multiLineTextSurvives() {
        long written = SeedDataTest.rows(SeedDataTest.INTERACTIONS).stream()
                .filter(r -> r.get("agreed_actions") != null && r.get("agreed_actions").contains("\n")).count();
        assertTrue(written > 0);
        assertEquals(written, count("SELECT COUNT(*) FROM interaction WHERE LOCATE(CAST(? AS VARCHAR(1)), agreed_actions) > 0", "\n"));
    }

    @Test
    void passwordsAreStoredOnlyHashed() {
        assertEquals(List.of(List.of("test:lian2019")), db.query("SELECT DISTINCT password_hash FROM account"));
    }
}
