package cn.wulian.liancai.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path against the provider's own on embedded Derby: the same talent written by
 * {@code persist} and by {@link BulkInsert} gives the same row, column for column (but the key);
 * the batch is one entry on its import naming its records, which each record's history shows; the
 * keys come back in the order of the list, also when another import's rows are in between; and a
 * failing row leaves nothing of its batch once the transaction rolls back.
 */
class BulkInsertJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    long township;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.clear();
        township = db.inTransaction(em -> TestDatabase.persist(em, new Township("371121001", "洪凝街道", null, "街道")).getId());
    }

    private static TalentBuilder full(String name, Township township) {
        return TalentBuilder.talent(name).gender(Gender.F).birthYear(1991).township(township).village("东村").degree(Degree.MASTER)
                .school("山东大学").major("材料").graduationYear(2016).city("青岛").employer("海尔").title("工程师").expertise("新材料", "检测")
                .phone("13912345678").email("a@example.com").wechat("wx1").stage(Stage.CONTACTED).referrerName("王老师").notes("校友会");
    }

    private static long batch(jakarta.persistence.EntityManager em) {
        return TestDatabase.persist(em, new ImportBatch("TALENT", "a.csv", "x.csv", "[]", "sig", "{}", 3, "office", TestClock.CLOCK)).getId();
    }

    @Test
    void aRowAndItsEntryAreTheOnesPersistWrites() {
        long importId = db.inTransaction(BulkInsertJpaTest::batch);
        long persisted = db.inTransaction(em -> TestDatabase.persist(em,
                Talent.imported(full("厉志远", em.find(Township.class, township)).details(), importId, TestClock.CLOCK)).getId());
        Talent bulk = db.inTransaction(em -> {
            Talent t = Talent.imported(full("厉志远", em.find(Township.class, township)).details(), importId, TestClock.CLOCK);
            BulkInsert.insert(em, TestClock.CLOCK, List.of(t), "import_id", origin(importId));
            return t;
        });

        assertNotNull(bulk.getId());
        assertTrue(bulk.getId() > persisted);
        assertEquals(row(persisted), row(bulk.getId()), "every column but the key as persist wrote it, expertise and version included");
        assertEquals(1L, db.query("SELECT version FROM talent WHERE id = ?", bulk.getId()).get(0).get(0));
        Talent read = db.read(em -> em.find(Talent.class, bulk.getId()));
        assertEquals(List.of("新材料", "检测"), read.getExpertise());
        assertEquals("洪凝街道", db.read(em -> em.find(Talent.class, bulk.getId()).getTownship().getName()));

        assertTrue(entries(new RecordRef("TALENT", bulk.getId())).isEmpty(), "no entry per record, and no key per person");
        assertTrue(db.query("SELECT secret FROM audit_key WHERE subject = ?", "TALENT:" + bulk.getId()).isEmpty());
        List<AuditEntry> onImport = bulkEntries(origin(importId));
        assertEquals(1, onImport.size());
        assertEquals(BulkInsert.ACTION, onImport.get(0).getAction());
        assertEquals("TALENT " + bulk.getId() + " (1)", onImport.get(0).getDetail());
        List<AuditRow> history = db.read(em -> officeTrail(em)
                .history(new RecordRef("TALENT", bulk.getId()), origin(importId), 15));
        assertEquals(List.of(BulkInsert.ACTION), history.stream().map(AuditRow::action).toList(), "the record's history shows its import");
        assertEquals(List.of(), db.read(em -> officeTrail(em)
                .history(new RecordRef("TALENT", persisted), origin(importId), 15)).stream().filter(r -> r.action().equals(BulkInsert.ACTION))
                .toList(), "and no other record's");
    }

    @Test
    void theKeysComeBackInTheOrderOfTheListAndOtherImportsRowsAreNotTaken() {
        long mine = db.inTransaction(BulkInsertJpaTest::batch);
        long other = db.inTransaction(BulkInsertJpaTest::batch);
        List<Talent> first = new ArrayList<>();
        db.run(em -> {
            for (int i = 0; i < 1203; i++) {
                first.add(Talent.imported(TalentBuilder.talent("人才" + i).details(), mine, TestClock.CLOCK));
            }
            BulkInsert.insert(em, TestClock.CLOCK, first, "import_id", origin(mine));
        });
        db.run(em -> BulkInsert.insert(em, TestClock.CLOCK, List.of(Talent.imported(TalentBuilder.talent("别人").details(), other,
                TestClock.CLOCK)), "import_id", origin(other)));
        List<Talent> second = new ArrayList<>();
        db.run(em -> {
            for (int i = 0; i < 3; i++) {
                second.add(Talent.imported(TalentBuilder.talent("后来" + i).details(), mine, TestClock.CLOCK));
            }
            BulkInsert.insert(em, TestClock.CLOCK, second, "import_id", origin(mine));
        });

        for (Talent t : first) {
            assertEquals(t.getName(), db.query("SELECT name FROM talent WHERE id = ?", t.getId()).get(0).get(0));
        }
        for (Talent t : second) {
            assertEquals(t.getName(), db.query("SELECT name FROM talent WHERE id = ?", t.getId()).get(0).get(0));
        }
        List<String> details = bulkEntries(origin(mine)).stream().map(AuditEntry::getDetail).toList();
        assertEquals(List.of("TALENT " + first.getFirst().getId() + "-" + first.getLast().getId() + " (1203)",
                "TALENT " + second.getFirst().getId() + "-" + second.getLast().getId() + " (3)"), details);
    }

    @Test
    void twoImportsAtOnceNeitherWaitForEachOtherNorTakeTheOthersRows() throws Exception {
        long a = db.inTransaction(BulkInsertJpaTest::batch);
        long b = db.inTransaction(BulkInsertJpaTest::batch);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Talent>>> runs = new ArrayList<>();
            for (long importId : List.of(a, b)) {
                runs.add(two.submit(() -> {
                    List<Talent> all = new ArrayList<>();
                    for (int chunk = 0; chunk < 6; chunk++) {
                        List<Talent> rows = new ArrayList<>();
                        for (int i = 0; i < 300; i++) {
                            rows.add(Talent.imported(TalentBuilder.talent(importId + "-" + chunk + "-" + i).details(), importId, TestClock.CLOCK));
                        }
                        db.run(em -> BulkInsert.insert(em, TestClock.CLOCK, rows, "import_id", origin(importId)));
                        all.addAll(rows);
                    }
                    return all;
                }));
            }
            for (var run : runs) {
                for (Talent t : run.get(2, java.util.concurrent.TimeUnit.MINUTES)) {
                    assertEquals(List.of(t.getName(), t.getImportId()), db.query("SELECT name, import_id FROM talent WHERE id = ?", t.getId()).get(0));
                }
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aBatchThatFailsLeavesNothingOnceRolledBack() {
        long importId = db.inTransaction(BulkInsertJpaTest::batch);
        String tooLong = "长".repeat(300);
        assertThrows(RuntimeException.class, () -> db.run(em -> BulkInsert.insert(em, TestClock.CLOCK, List.of(
                Talent.imported(TalentBuilder.talent("甲").details(), importId, TestClock.CLOCK),
                Talent.imported(TalentBuilder.talent("乙").employer(tooLong).details(), importId, TestClock.CLOCK)), "import_id",
                origin(importId))));
        assertEquals(0L, ((Number) db.query("SELECT COUNT(*) FROM talent").get(0).get(0)).longValue());
        assertTrue(bulkEntries(origin(importId)).isEmpty());
    }

    /** every column of the row but the key */
    private static Map<String, Object> row(long id) {
        try (var c = db.connection(); var s = c.prepareStatement("SELECT * FROM talent WHERE id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                Map<String, Object> row = new java.util.TreeMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String column = rs.getMetaData().getColumnName(i);
                    if (!column.equalsIgnoreCase("id")) {
                        row.put(column, rs.getObject(i) == null ? "null" : rs.getObject(i));
                    }
                }
                return row;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the trail as office staff read it */
    private static AuditTrail officeTrail(jakarta.persistence.EntityManager em) {
        AuditTrail trail = TestTrails.over(em, TestClock.CLOCK);
        trail.user = new cn.wulian.liancai.shared.security.CurrentUser() {
            @Override
            public boolean hasRole(String asked) {
                return asked.equals(cn.wulian.liancai.shared.security.Role.OFFICE);
            }
        };
        return trail;
    }

    private static RecordRef origin(long importId) {
        return new RecordRef("IMPORT_BATCH", importId);
    }

    /** the import's entries of bulk inserts (its own creation has one too) */
    private static List<AuditEntry> bulkEntries(RecordRef origin) {
        return entries(origin).stream().filter(e -> e.getAction().equals(BulkInsert.ACTION)).toList();
    }

    private static List<AuditEntry> entries(RecordRef record) {
        return db.read(em -> em.createQuery("select e from AuditEntry e where e.recordKind = :k and e.recordId = :id order by e.id",
                AuditEntry.class).setParameter("k", record.kind()).setParameter("id", record.id()).getResultList());
    }
}
