package cn.wulian.liancai.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Interaction;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentBuilder;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import cn.wulian.liancai.team.entity.TeamMember;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trail as the persistence provider writes it, on the schema Liquibase builds, on embedded
 * Derby: an entry for every insert, update and delete, in the same transaction, with the values
 * before and after, the record's owner, and a person's values sealed with their key.
 */
class AuditListenerJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

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
    }

    @Test
    void aNewTalentIsWrittenWithItsValuesSealedWithItsOwnKey() {
        long id = db.inTransaction(em -> TestDatabase.persist(em, TalentBuilder.talent("厉志远").phone("13912345678").employer("华为").build()).getId());

        AuditEntry created = only("TALENT", id);
        assertEquals("CREATED", created.getAction());
        assertEquals("system", created.getActor(), "no request: the loader's own work");
        assertEquals(new RecordRef("TALENT", id), created.subject());
        assertTrue(AuditSeal.isSealed(created.getChanges()), "a person's values are sealed");
        assertTrue(!created.getChanges().contains("13912345678"));
        Map<String, Change> changes = opened(created);
        assertEquals(new Change("phone", null, "13912345678"), changes.get("phone"));
        assertEquals(new Change("name", null, "厉志远"), changes.get("name"));
        assertTrue(!changes.containsKey("updatedAt") && !changes.containsKey("version") && !changes.containsKey("id"),
                "no time stamp every change moves, no version, no id: " + changes.keySet());
    }

    @Test
    void anUpdateNamesExactlyTheFieldsThatChangedWithTheirValuesBeforeAndAfter() {
        long id = db.inTransaction(em -> TestDatabase.persist(em, TalentBuilder.talent("厉志远").phone("13912345678").employer("华为").build()).getId());
        db.run(em -> em.find(Talent.class, id).revise(TalentBuilder.talent("厉志远").phone("13800000000").employer("腾讯").details(), TestClock.CLOCK));

        List<AuditEntry> entries = entries("TALENT", id);
        assertEquals(List.of("CREATED", "UPDATED"), entries.stream().map(AuditEntry::getAction).toList());
        AuditEntry updated = entries.get(1);
        assertEquals("employer,phone", updated.getFieldNames(), "the names are kept in the clear, for the list");
        assertEquals(Map.of("phone", new Change("phone", "13912345678", "13800000000"), "employer", new Change("employer", "华为", "腾讯")),
                opened(updated));
    }

    @Test
    void aContactBelongsToItsTalentsHistoryAndARolledBackChangeLeavesNoEntry() {
        long talent = db.inTransaction(em -> TestDatabase.persist(em, TalentBuilder.talent("厉志远").build()).getId());
        long contact = db.inTransaction(em -> TestDatabase.persist(em, new Interaction(em.find(Talent.class, talent), InteractionKind.values()[0],
                LocalDateTime.of(2026, 3, 1, 10, 0), "五莲", null, "回乡考察", null, null, null, TestClock.CLOCK)).getId());

        AuditEntry entry = only("INTERACTION", contact);
        assertEquals(new RecordRef("TALENT", talent), entry.subject(), "the contact shows in its talent's history");
        assertEquals("TALENT:" + talent, opened(entry).get("talent").after(), "a reference is written as the record it names");

        List<String> before = entries("TALENT", talent).stream().map(e -> e.record() + " " + e.getAction()).toList();
        assertThrows(RuntimeException.class, () -> db.run(em -> {
            em.find(Talent.class, talent).revise(TalentBuilder.talent("改了名").details(), TestClock.CLOCK);
            em.flush();
            throw new IllegalStateException("the use case fails after the change was flushed");
        }));
        assertEquals(before, entries("TALENT", talent).stream().map(e -> e.record() + " " + e.getAction()).toList(),
                "the change rolled back and its entry with it");
    }

    @Test
    void aTeamsMembersAreComparedAsAWholeAndADeleteKeepsTheValuesBefore() {
        long platform = db.inTransaction(em -> TestDatabase.persist(em, new Platform("fatong", "法桐小院", "Fatong", "众创空间", null, null, null,
                null, null, null)).getId());
        long talent = db.inTransaction(em -> TestDatabase.persist(em, TalentBuilder.talent("厉志远").build()).getId());
        long team = db.inTransaction(em -> TestDatabase.persist(em, new Team(em.find(Platform.class, platform),
                details(List.of(new TeamMember(em.find(Talent.class, talent), null, null, "负责人"))), TestClock.CLOCK)).getId());
        db.run(em -> em.find(Team.class, team).revise(details(List.of(new TeamMember(em.find(Talent.class, talent), null, null, "负责人"),
                new TeamMember(null, "王芳", "财务", null))), TestClock.CLOCK));

        List<AuditEntry> entries = entries("TEAM", team);
        AuditEntry updated = entries.get(1);
        assertEquals("members", updated.getFieldNames());
        Change members = Change.fromJson(updated.getChanges()).get(0);
        assertEquals("talent=TALENT:" + talent + ", role=负责人", members.before());
        assertEquals("talent=TALENT:" + talent + ", role=负责人; outsideName=王芳, outsideRole=财务", members.after());

        db.run(em -> em.remove(em.find(Team.class, team)));
        AuditEntry deleted = entries("TEAM", team).get(2);
        assertEquals("DELETED", deleted.getAction());
        Map<String, String> before = Change.fromJson(deleted.getChanges()).stream().collect(Collectors.toMap(Change::field, Change::before));
        assertEquals("星火团队", before.get("name"));
        assertEquals("PLATFORM:" + platform, before.get("platform"));
    }

    @Test
    void forgettingAPersonsKeyLeavesTheEntriesButNotTheirValues() {
        long id = db.inTransaction(em -> TestDatabase.persist(em, TalentBuilder.talent("厉志远").phone("13912345678").build()).getId());
        db.run(em -> AuditWriter.forgetKey(em.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class), new RecordRef("TALENT", id)));

        AuditEntry entry = only("TALENT", id);
        assertNull(AuditSeal.open(key("TALENT:" + id), entry.getChanges()), "nothing can open it any more");
        assertTrue(entry.getFieldNames().contains("phone"), "which fields changed stays known");
    }

    @Test
    void anEntryCannotBeChangedOrRemovedThroughThePersistenceContext() throws Exception {
        long id = db.inTransaction(em -> TestDatabase.persist(em, TalentBuilder.talent("厉志远").build()).getId());
        long entry = only("TALENT", id).getId();
        assertThrows(IllegalArgumentException.class, () -> db.run(em -> em.remove(em.find(AuditEntry.class, entry))),
                "a read-only entity is never managed, so it cannot be removed");
        assertEquals(1, db.query("SELECT COUNT(*) FROM audit_entry WHERE id = ?", entry).get(0).get(0) instanceof Number n ? n.intValue() : -1,
                "the entry is still there");
    }

    private static TeamDetails details(List<TeamMember> members) {
        return new TeamDetails("星火团队", null, "智能制造", LocalDate.of(2024, 5, 1), 3, null, null, null, null, null, members, List.of(), List.of());
    }

    private static List<AuditEntry> entries(String kind, long id) {
        return db.read(em -> em.createQuery("select e from AuditEntry e where e.subjectKind = :k and e.subjectId = :id order by e.id", AuditEntry.class)
                .setParameter("k", kind).setParameter("id", id).getResultList());
    }

    private static AuditEntry only(String kind, long id) {
        List<AuditEntry> found = db.read(em -> em.createQuery("select e from AuditEntry e where e.recordKind = :k and e.recordId = :id", AuditEntry.class)
                .setParameter("k", kind).setParameter("id", id).getResultList());
        assertEquals(1, found.size(), "entries of " + kind + ":" + id);
        return found.get(0);
    }

    private static String key(String subject) {
        List<List<Object>> rows = db.query("SELECT secret FROM audit_key WHERE subject = ?", subject);
        return rows.isEmpty() ? null : (String) rows.get(0).get(0);
    }

    private static Map<String, Change> opened(AuditEntry e) {
        String json = AuditSeal.open(key(e.subject().toString()), e.getChanges());
        return Change.fromJson(json).stream().collect(Collectors.toMap(Change::field, c -> c));
    }

    /**
     * The trail is listed by when its changes happened, newest first, not by the order its entries were written in:
     * an entry written later can be of an earlier change (the demo's history, written at its start with the days it
     * happened on).
     */
    @Test
    void newestChangeFirstWhateverOrderTheEntriesWereWrittenIn() {
        Instant noon = TestClock.CLOCK.instant();
        Actor office = new Actor("office", "OFFICE");
        db.inTransaction(em -> {
            AuditTrail trail = TestTrails.over(em, TestClock.CLOCK);
            // written in this order: b (at noon), a (an hour before), c (an hour after), then d at noon like b
            trail.recordAt(noon, office, new RecordRef("TALENT", 2L), null, "UPDATED", List.of(), "b");
            trail.recordAt(noon.minus(Duration.ofHours(1)), office, new RecordRef("TALENT", 1L), null, "UPDATED", List.of(), "a");
            trail.recordAt(noon.plus(Duration.ofHours(1)), office, new RecordRef("TALENT", 3L), null, "UPDATED", List.of(), "c");
            trail.recordAt(noon, office, new RecordRef("TALENT", 4L), null, "UPDATED", List.of(), "d");
            return null;
        });

        List<String> listed = db.inTransaction(em -> {
            AuditTrail trail = TestTrails.over(em, TestClock.CLOCK);
            trail.user = staff();
            return trail.list(new PageRequest(0, 10, null, false, Map.of())).rows().stream().map(AuditRow::detail).toList();
        });

        // ties (b and d, both at noon) keep the order they were written in
        assertEquals(List.of("c", "b", "d", "a"), listed);
    }

    private static CurrentUser staff() {
        return new CurrentUser() {
            @Override
            public Caller caller() {
                return new Caller(1, "office", "office", Role.OFFICE, true, null, null, 0, false);
            }
        };
    }
}
