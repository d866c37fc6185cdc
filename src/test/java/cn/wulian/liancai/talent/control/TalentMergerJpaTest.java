package cn.wulian.liancai.talent.control;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.TestClock.NOW;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.award.control.NominationMergeParticipant;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.control.ProjectMergeParticipant;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectDetails;
import cn.wulian.liancai.project.entity.RecommenderKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.support.control.ApplicationMergeParticipant;
import cn.wulian.liancai.talent.entity.Interaction;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.RelationKind;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentMerge;
import cn.wulian.liancai.talent.entity.TalentRelation;
import cn.wulian.liancai.team.control.TeamMergeParticipant;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import cn.wulian.liancai.team.entity.TeamMember;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge on embedded Derby with the real schema and every participant: the survivor takes the
 * picked fields, everything that named the merged record names the survivor (contacts, relations —
 * a duplicate and a self relation dropped —, referrals, the holder's account, a team's leader and
 * member places, a project's lead and recommender), and undo puts every row back exactly as it was;
 * once anything changed on top of the merge, undo is refused and says what.
 */
class TalentMergerJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    long survivor;
    long merged;
    long referred;
    long classmate;
    long relative;
    long team;
    long project;
    long holder;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void twoRecordsOfOnePerson() {
        db.clear();
        db.run(em -> {
            Township h = persist(em, new Township("371121001", "洪凝街道", null, "街道"));
            Platform p = persist(em, new Platform("fatong", "法桐小院", null, null, null, null, null, null, null, null));
            Account office = persist(em, new Account("office", "人才办", Role.OFFICE, null, "hash", "office@liancai.example"));
            Talent a = persist(em, talent("张伟").birthYear(1990).township(h).phone("13800138000").employer("旧单位").liaison(office).build());
            Talent b = persist(em, talent("張偉").birthYear(1990).township(h).phone("+86 138-0013-8000").email("zw@example.com")
                    .employer("新单位").notes("B 的备注").build());
            Talent c = persist(em, talent("引荐对象").referrer(b).build());
            Talent d = persist(em, talent("同学丁").build());
            Talent e = persist(em, talent("亲戚戊").build());
            em.persist(new TalentRelation(c, b, RelationKind.REFERRED_BY, null));
            em.persist(new TalentRelation(a, d, RelationKind.CLASSMATE, "高中同学"));
            em.persist(new TalentRelation(d, b, RelationKind.CLASSMATE, "同一个同学"));
            em.persist(new TalentRelation(a, b, RelationKind.COLLEAGUE, null));
            em.persist(new TalentRelation(b, e, RelationKind.RELATIVE, "表亲"));
            em.persist(new Interaction(b, InteractionKind.CALL, NOW.minusDays(3), null, null, "电话联系", null, null, office, CLOCK));
            Account holderAccount = persist(em, new Account("zhangwei", "张伟", Role.REVIEWER, null, "hash", "zw@liancai.example"));
            holderAccount.linkTalent(b.getId());
            Team t = persist(em, new Team(p, new TeamDetails("伟团队", b, "新材料", null, 5, null, null, null, null, null,
                    List.of(new TeamMember(d, null, null, "CTO"), new TeamMember(b, null, null, "CEO")), List.of(), List.of()), CLOCK));
            Project pr = persist(em, new Project(new ProjectDetails("伟项目", null, b, p, "新材料", null, null, new BigDecimal("1000000"), null,
                    "副县长 测试", RecommenderKind.TALENT, b, null, null, null, TODAY.minusMonths(1), null), CLOCK));
            em.flush();
            survivor = a.getId();
            merged = b.getId();
            referred = c.getId();
            classmate = d.getId();
            relative = e.getId();
            team = t.getId();
            project = pr.getId();
            holder = holderAccount.getId();
        });
    }

    private static TalentMerger merger(EntityManager em) {
        return new TalentMerger(em, List.of(new TeamMergeParticipant(em, CLOCK), new ProjectMergeParticipant(em, CLOCK),
                new ApplicationMergeParticipant(em), new NominationMergeParticipant(em)), CLOCK);
    }

    private long merge(Map<String, String> picks) {
        return db.inTransaction(em -> merger(em).merge(em.find(Talent.class, survivor), em.find(Talent.class, merged), picks, "office")
                .getId());
    }

    /** every row a merge may touch, as SQL sees it, without ids of relations (undo recreates a dropped one) and the clocks */
    private List<String> rows() {
        List<String> rows = new java.util.ArrayList<>();
        db.query("SELECT id, name, birth_year, township_id, phone, email, employer, notes, liaison_id, referrer_id, merged_into_id,"
                + " name_key, phone_key, email_key FROM talent ORDER BY id").forEach(r -> rows.add("talent " + r));
        new TreeSet<>(db.query("SELECT from_talent_id, to_talent_id, kind, note FROM talent_relation").stream().map(Object::toString).toList())
                .forEach(r -> rows.add("relation " + r));
        db.query("SELECT id, talent_id FROM interaction ORDER BY id").forEach(r -> rows.add("interaction " + r));
        db.query("SELECT id, talent_id FROM account ORDER BY id").forEach(r -> rows.add("account " + r));
        db.query("SELECT id, leader_id FROM team ORDER BY id").forEach(r -> rows.add("team " + r));
        db.query("SELECT team_id, sort_order, talent_id, role FROM team_member ORDER BY team_id, sort_order").forEach(r -> rows.add("member " + r));
        db.query("SELECT id, lead_talent_id, recommender_talent_id FROM project ORDER BY id").forEach(r -> rows.add("project " + r));
        return rows;
    }

    @Test
    void theSurvivorTakesThePickedFieldsAndEverythingThatNamedTheMergedRecord() {
        long id = merge(Map.of("employer", "merged"));

        db.run(em -> {
            Talent a = em.find(Talent.class, survivor);
            Talent b = em.find(Talent.class, merged);
            assertEquals("张伟", a.getName());
            assertEquals("13800138000", a.getPhone());
            assertEquals("zw@example.com", a.getEmail(), "empty on the survivor: the other's value by default");
            assertEquals("新单位", a.getEmployer(), "picked");
            assertEquals("B 的备注", a.getNotes());
            assertEquals("office", a.getLiaison().getUsername());
            assertEquals(a, b.getMergedInto());
            assertEquals(a, em.find(Talent.class, referred).getReferrer());
            assertEquals(Long.valueOf(survivor), em.find(Account.class, holder).getTalentId());
            Team t = em.find(Team.class, team);
            assertEquals(a, t.getLeader());
            assertEquals(List.of("同学丁", "张伟"), t.getMembers().stream().map(TeamMember::displayName).toList());
            assertEquals("CEO", t.getMembers().get(1).getRole());
            Project p = em.find(Project.class, project);
            assertEquals(a, p.getLeadTalent());
            assertEquals(a, p.getRecommenderTalent());
            TalentMerge m = em.find(TalentMerge.class, id);
            assertEquals(List.of("employer", "email", "notes"), m.getFieldsFromMerged());
            assertEquals(List.of(), merger(em).changedSince(m));
        });
        assertEquals(List.of(List.of(survivor)), db.query("SELECT talent_id FROM interaction"));
        // the classmate once (the second was the same tie), the colleague tie to itself gone, the referral and the relative moved
        assertEquals(new TreeSet<>(List.of(
                        List.of(referred, survivor, "REFERRED_BY").toString(),
                        List.of(survivor, classmate, "CLASSMATE", "高中同学").toString(),
                        List.of(survivor, relative, "RELATIVE", "表亲").toString())),
                new TreeSet<>(db.query("SELECT from_talent_id, to_talent_id, kind, note FROM talent_relation").stream()
                        .map(r -> r.stream().filter(java.util.Objects::nonNull).toList().toString()).toList()));
        assertEquals(List.of(), db.read(em -> new DuplicateFinder(em).pairs(0, 10)).rows(), "the merged record is no candidate");
    }

    @Test
    void undoRestoresEveryRowExactly() {
        List<String> before = rows();
        long id = merge(Map.of("employer", "merged", "name", "merged"));
        assertTrue(!before.equals(rows()));

        db.run(em -> merger(em).undo(em.find(TalentMerge.class, id), "office"));

        assertEquals(before, rows());
        db.run(em -> {
            TalentMerge m = em.find(TalentMerge.class, id);
            assertTrue(m.isUndone());
            assertEquals("office", m.getUndoneBy());
            DomainViolation twice = assertThrows(DomainViolation.class, () -> merger(em).undo(m, "office"));
            assertEquals("validation.merge.undone", twice.fieldKeys().get("merge"));
        });
    }

    @Test
    void undoIsRefusedOnceTheSurvivorOrAMovedRecordChangedAndSaysWhat() {
        long id = merge(Map.of());
        db.run(em -> {
            em.find(Talent.class, survivor).revise(talent("张伟").phone("13800138001").details(), CLOCK);
            Team t = em.find(Team.class, team);
            t.revise(new TeamDetails("伟团队（改名）", t.getLeader(), "新材料", null, 6, null, null, null, null, null,
                    t.getMembers(), List.of(), List.of()), CLOCK);
        });
        List<String> changed = db.read(em -> merger(em).changedSince(em.find(TalentMerge.class, id)));
        assertEquals(List.of("TALENT:" + survivor, "TEAM:" + team), changed);

        DomainViolation refused = assertThrows(DomainViolation.class,
                () -> db.run(em -> merger(em).undo(em.find(TalentMerge.class, id), "office")));
        assertEquals("validation.merge.changedSince", refused.fieldKeys().get("merge"));
        assertTrue(refused.text("merge", java.util.Locale.ENGLISH).contains("TEAM:" + team));
        assertNull(db.read(em -> em.find(TalentMerge.class, id).getUndoneAt()));
        assertEquals(List.of(List.of(survivor)), db.query("SELECT merged_into_id FROM talent WHERE id = ?", merged));
    }

    @Test
    void erasingThePersonForgetsTheRecordsAsTheyWereAndUndoIsRefused() {
        long id = merge(Map.of());
        assertTrue(db.query("SELECT survivor_before, merged_before FROM talent_merge").toString().contains("13800138000"));
        db.run(em -> {
            em.find(Talent.class, survivor).erase(CLOCK);
            em.createNamedQuery(TalentMerge.OF_TALENT, TalentMerge.class).setParameter("talent", survivor).getResultList()
                    .forEach(TalentMerge::forgetRecordsBefore);
        });
        assertEquals(List.of(List.of("{}", "{}")), db.query("SELECT survivor_before, merged_before FROM talent_merge"));
        DomainViolation refused = assertThrows(DomainViolation.class,
                () -> db.run(em -> merger(em).undo(em.find(TalentMerge.class, id), "office")));
        assertEquals("validation.merge.changedSince", refused.fieldKeys().get("merge"));
    }

    @Test
    void twoMembersOfOneTeamAreNotMergedIntoOneMemberListedTwice() {
        db.run(em -> {
            Team t = em.find(Team.class, team);
            List<TeamMember> members = new java.util.ArrayList<>(t.getMembers());
            members.add(new TeamMember(em.find(Talent.class, survivor), null, null, "顾问"));
            t.revise(new TeamDetails("伟团队", t.getLeader(), "新材料", null, 5, null, null, null, null, null, members, List.of(), List.of()), CLOCK);
        });
        List<String> before = rows();

        DomainViolation refused = assertThrows(DomainViolation.class, () -> merge(Map.of()));
        assertEquals("validation.merge.sameTeam", refused.fieldKeys().get("mergedId"));
        assertTrue(refused.text("mergedId", java.util.Locale.SIMPLIFIED_CHINESE).contains("伟团队"));
        assertEquals(before, rows(), "nothing merged, nothing moved");
    }

    @Test
    void theSameTalentTwiceAnErasedOrAMergedOneIsRefused() {
        DomainViolation same = assertThrows(DomainViolation.class, () -> db.run(em ->
                merger(em).merge(em.find(Talent.class, survivor), em.find(Talent.class, survivor), Map.of(), "office")));
        assertEquals("validation.merge.same", same.fieldKeys().get("mergedId"));
        DomainViolation pick = assertThrows(DomainViolation.class, () -> merge(Map.of("name", "both")));
        assertEquals("validation.merge.pick", pick.fieldKeys().get("fields.name"));
        merge(Map.of());
        DomainViolation again = assertThrows(DomainViolation.class, () -> db.run(em ->
                merger(em).merge(em.find(Talent.class, relative), em.find(Talent.class, merged), Map.of(), "office")));
        assertEquals("validation.merge.alreadyMerged", again.fieldKeys().get("mergedId"));
        db.run(em -> em.find(Talent.class, relative).erase(CLOCK));
        DomainViolation erased = assertThrows(DomainViolation.class, () -> db.run(em ->
                merger(em).merge(em.find(Talent.class, survivor), em.find(Talent.class, relative), Map.of(), "office")));
        assertEquals("validation.talent.erased", erased.fieldKeys().get("mergedId"));
    }
}
