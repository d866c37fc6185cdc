package cn.wulian.liancai.talent.boundary;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.search.boundary.FiredChanges;
import cn.wulian.liancai.shared.Batch;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.audit.AuditEntry;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
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
 * A batch of talents on embedded Derby with the real schema: each talent in a transaction of its
 * own, as the facade's proxy opens them in the app. A row refused (an erased record, a version read
 * before someone else's change, an id that does not exist) is reported with its reason, and the
 * rows before and after it are changed all the same; each change is one audit entry of its talent;
 * a request wrong as a whole changes nothing.
 */
class TalentBatchJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    long first;
    long second;
    long erased;
    long third;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void fourTalentsAndTwoAccounts() {
        db.clear();
        db.run(em -> {
            persist(em, new Account("office", "人才办 王", Role.OFFICE, null, "hash", null));
            persist(em, new Account("office2", "人才办 李", Role.OFFICE, null, "hash", null));
            persist(em, new Account("reviewer1", "评审 赵", Role.REVIEWER, null, "hash", null));
            first = persist(em, talent("甲").build()).getId();
            second = persist(em, talent("乙").build()).getId();
            Talent gone = persist(em, talent("丙").build());
            gone.erase(CLOCK);
            erased = gone.getId();
            third = persist(em, talent("丁").stage(Stage.CONTACTED).build()).getId();
        });
    }

    @Test
    void aRefusedRowIsReportedAndTheRowsAroundItAreChanged() {
        long missing = 987_654L;
        List<Batch.Outcome> outcomes = batch(Role.OFFICE).reassign(
                new TalentBatchInput(List.of(first, erased, missing, second, third), "engaged", null, null), Messages.CHINESE);

        assertEquals(List.of(first, erased, missing, second, third), outcomes.stream().map(Batch.Outcome::id).toList(), "in the order asked");
        assertEquals(List.of(true, false, false, true, true), outcomes.stream().map(Batch.Outcome::ok).toList(), outcomes::toString);
        assertEquals(Messages.text(Messages.CHINESE, "validation.talent.erased"), outcomes.get(1).fields().get("name"), "why, in the caller's language");
        assertEquals(Messages.text(Messages.CHINESE, "validation.talent.erased"), outcomes.get(1).reason());
        assertTrue(outcomes.get(2).fields().containsKey("id"), outcomes.get(2)::toString);
        for (long id : List.of(first, second, third)) {
            assertEquals(Stage.ENGAGED, stageOf(id));
            assertEquals(List.of("CREATED", "UPDATED"), actions(id), "one entry for the change, as a single change has");
        }
        assertEquals(Stage.IDENTIFIED, stageOf(erased), "the erased record is left as it was");
    }

    @Test
    void aTalentSavedSinceTheListWasReadIsReportedNotOverwritten() {
        long read = db.read(em -> em.find(Talent.class, first).getVersion());
        long readSecond = db.read(em -> em.find(Talent.class, second).getVersion());
        // someone else changes the first talent after the list showed it
        batch(Role.OFFICE).reassign(new TalentBatchInput(List.of(first), "RETURNED", null, null), Messages.CHINESE);

        List<Batch.Outcome> outcomes = batch(Role.OFFICE).reassign(new TalentBatchInput(List.of(first, second), null, "office2",
                Map.of(String.valueOf(first), read, String.valueOf(second), readSecond)), java.util.Locale.ENGLISH);

        assertFalse(outcomes.get(0).ok());
        assertTrue(outcomes.get(0).fields().containsKey("version"), outcomes.get(0)::toString);
        assertTrue(outcomes.get(0).error().contains("changed"), "in English: " + outcomes.get(0).error());
        assertTrue(outcomes.get(1).ok(), outcomes.get(1)::toString);
        assertNull(liaisonOf(first), "the other's change stands");
        assertEquals(Stage.RETURNED, stageOf(first));
        assertEquals("office2", liaisonOf(second));
    }

    @Test
    void aRowAlreadyAsAskedIsDoneWithoutAChange() {
        List<Batch.Outcome> outcomes = batch(Role.OFFICE).reassign(new TalentBatchInput(List.of(third), "CONTACTED", null, null), Messages.CHINESE);

        assertTrue(outcomes.get(0).ok());
        assertEquals(List.of("CREATED"), actions(third), "nothing changed, nothing written");
    }

    @Test
    void aRequestWrongAsAWholeIsRefusedBeforeAnyRowIsChanged() {
        TalentBatch office = batch(Role.OFFICE);
        assertEquals("validation.batch.empty", field(() -> office.reassign(new TalentBatchInput(List.of(), "ENGAGED", null, null), Messages.CHINESE), "ids"));
        List<Long> tooMany = new ArrayList<>();
        for (long i = 1; i <= Batch.MAX_IDS + 1; i++) {
            tooMany.add(i);
        }
        assertEquals("validation.batch.tooMany", field(() -> office.reassign(new TalentBatchInput(tooMany, "ENGAGED", null, null), Messages.CHINESE), "ids"));
        assertEquals("validation.choice", field(() -> office.reassign(new TalentBatchInput(List.of(first), "HIRED", null, null), Messages.CHINESE), "stage"));
        assertEquals("validation.batch.nothing", field(() -> office.reassign(new TalentBatchInput(List.of(first), " ", null, null), Messages.CHINESE), "stage"));
        assertEquals("validation.liaison.unknown",
                field(() -> office.reassign(new TalentBatchInput(List.of(first), "ENGAGED", "nobody", null), Messages.CHINESE), "liaison"));
        assertEquals("validation.liaison.notStaff",
                field(() -> office.reassign(new TalentBatchInput(List.of(first, second), "ENGAGED", "reviewer1", null), Messages.CHINESE), "liaison"));
        assertThrows(Forbidden.class, () -> batch(Role.PLATFORM_MANAGER).reassign(new TalentBatchInput(List.of(first), "ENGAGED", null, null), Messages.CHINESE));

        assertEquals(Stage.IDENTIFIED, stageOf(first));
        assertEquals(Stage.IDENTIFIED, stageOf(second));
        assertEquals(List.of("CREATED"), actions(first));
    }

    @Test
    void anIdGivenTwiceIsDoneOnce() {
        List<Batch.Outcome> outcomes = batch(Role.OFFICE).reassign(new TalentBatchInput(List.of(first, first), "ENGAGED", null, null), Messages.CHINESE);

        assertEquals(1, outcomes.size());
        assertEquals(List.of("CREATED", "UPDATED"), actions(first));
    }

    // ---- the batch as the container wires it: each call of the facade a transaction of its own

    private static TalentBatch batch(String role) {
        CurrentUser caller = new CurrentUser() {
            @Override
            public boolean hasRole(String asked) {
                return asked.equals(role);
            }
        };
        Talents perCall = new Talents() {
            @Override
            public void reassign(long id, Stage stage, String liaison, Long version) {
                db.run(em -> {
                    wire(this, em, caller);
                    super.reassign(id, stage, liaison, version);
                });
            }

            @Override
            public void requireLiaison(String username) {
                db.run(em -> {
                    wire(this, em, caller);
                    super.requireLiaison(username);
                });
            }
        };
        TalentBatch batch = new TalentBatch();
        batch.talents = perCall;
        batch.user = caller;
        return batch;
    }

    private static void wire(Talents talents, jakarta.persistence.EntityManager em, CurrentUser caller) {
        talents.em = em;
        talents.user = caller;
        talents.clock = CLOCK;
        talents.indexChanges = new FiredChanges(); // the search index is not what this test is about
    }

    private static String field(Runnable call, String field) {
        DomainViolation e = assertThrows(DomainViolation.class, call::run);
        return e.fieldKeys().get(field);
    }

    private static Stage stageOf(long id) {
        return db.read(em -> em.find(Talent.class, id).getStage());
    }

    private static String liaisonOf(long id) {
        return db.read(em -> {
            Account a = em.find(Talent.class, id).getLiaison();
            return a == null ? null : a.getUsername();
        });
    }

    private static List<String> actions(long id) {
        return db.read(em -> em.createQuery("select e from AuditEntry e where e.recordKind = 'TALENT' and e.recordId = :id order by e.id",
                AuditEntry.class).setParameter("id", id).getResultList()).stream().map(AuditEntry::getAction).toList();
    }
}
