package cn.wulian.liancai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.account.control.AccountReferrers;
import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.award.control.AwardReferrers;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.control.ProjectReferrers;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.reference.Found;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Reference;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.Referrers;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.support.control.SupportReferrers;
import cn.wulian.liancai.talent.control.TalentReferrers;
import cn.wulian.liancai.talent.entity.Interaction;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentBuilder;
import cn.wulian.liancai.team.control.TeamReferrers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Metamodel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every feature's {@link Referrers} against the schema Liquibase builds, on embedded Derby: each
 * query runs for each kind of record that can be deleted, and references that need no workflow to
 * set up are found with their names and roles. (The references that do need one — teams,
 * projects, applications, nominations — are tested over HTTP in {@code ReferencesIT}.)
 */
class ReferrersJpaTest {

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

    @ParameterizedTest
    @EnumSource(value = RecordKind.class, names = {"TALENT", "TEAM", "PROJECT", "PLATFORM", "POLICY", "ACCOUNT"})
    void everyQueryRunsAndAnUnreferencedRecordIsFree(RecordKind kind) {
        assertEquals(0, db.read(em -> collect(em, new Referred(kind, -1, "nobody"))).total());
    }

    @Test
    void aPlatformIsNamedByItsManagerAndATalentByTheAccountOfItsHolder() {
        long platform = db.inTransaction(em -> persist(em, new Platform("fatong", "法桐小院", "Fatong", "众创空间", null, null, null, null,
                null, null)).getId());
        long talent = db.inTransaction(em -> persist(em, TalentBuilder.talent("厉志远").build()).getId());
        long manager = db.inTransaction(em -> {
            Account a = new Account("mgr-fatong", "法桐管理员", Role.PLATFORM_MANAGER, em.find(Platform.class, platform), "hash", null);
            a.linkTalent(talent);
            return persist(em, a).getId();
        });

        assertEquals(List.of(new Reference(RecordKind.ACCOUNT, manager, "法桐管理员", "reference.role.manager")),
                db.read(em -> collect(em, new Referred(RecordKind.PLATFORM, platform, "fatong"))).named());
        assertEquals(List.of(new Reference(RecordKind.ACCOUNT, manager, "法桐管理员", "reference.role.accountHolder")),
                db.read(em -> collect(em, Referred.of(RecordKind.TALENT, talent))).named());
    }

    @Test
    void anAccountIsNamedByTheTalentsItLooksAfterAndTheContactsItLogged() {
        long office = db.inTransaction(em -> persist(em, new Account("office2", "人才办 王", Role.OFFICE, null, "hash", null)).getId());
        long cared = db.inTransaction(em -> persist(em, TalentBuilder.talent("刘洋").liaison(em.find(Account.class, office)).build()).getId());
        long visited = db.inTransaction(em -> {
            Talent t = persist(em, TalentBuilder.talent("孙丽").build());
            persist(em, new Interaction(t, InteractionKind.CALL, LocalDateTime.of(2026, 3, 1, 10, 0), null, null, "电话联系", null,
                    (LocalDate) null, em.find(Account.class, office), TestClock.CLOCK));
            return t.getId();
        });

        Found found = db.read(em -> collect(em, new Referred(RecordKind.ACCOUNT, office, "office2")));
        assertEquals(List.of(new Reference(RecordKind.TALENT, cared, "刘洋", "reference.role.liaison"),
                new Reference(RecordKind.TALENT, visited, "孙丽", "reference.role.recordedBy")), found.named());
        assertEquals(2, found.total());
    }

    /**
     * A new association to a record that can be deleted must be declared by its feature's
     * {@link Referrers}, or be data of the referred record that goes with it: this list makes whoever
     * adds one decide which. (References by user name or by a bare id, such as
     * {@code Account.talentId}, are not associations and are listed in the referrers themselves.)
     */
    @Test
    void everyAssociationToARecordThatCanBeDeletedIsAccountedFor() {
        Set<String> deletable = Set.of("Talent", "Team", "Project", "Platform", "Policy", "Account");
        Set<String> associations = new TreeSet<>();
        Metamodel model = db.emf().getMetamodel();
        Stream.concat(model.getEntities().stream(), model.getEmbeddables().stream()).forEach(type -> type.getAttributes().stream()
                .filter(Attribute::isAssociation)
                .filter(a -> deletable.contains(a.getJavaType().getSimpleName()))
                .forEach(a -> associations.add(type.getJavaType().getSimpleName() + "." + a.getName())));
        assertEquals(new TreeSet<>(Set.of(
                // declared by the referring feature's Referrers
                "Team.leader", "TeamMember.talent", "Team.platform",
                "Project.leadTalent", "Project.recommenderTalent", "Project.team", "Project.platform",
                "Application.talent", "Application.team", "Application.project", "Application.platform", "Application.policy",
                "Nomination.talent", "Nomination.platform",
                "ServiceRequest.talent", "ServiceRequest.team", "ServiceRequest.project", "ServiceRequest.platform",
                "Account.platform",
                "Talent.liaison", "Interaction.recordedBy",
                // the referred record's own data, deleted with it
                "Talent.referrer", "Interaction.talent", "TalentRelation.fromTalent", "TalentRelation.toTalent",
                "TeamTransition.team", "StageTransition.project", "Milestone.project", "ProgressUpdate.project",
                // a merge: the redirects to a deleted survivor go with it (Talents.remove), its merge records by the foreign keys' cascade
                "Talent.mergedInto", "TalentMerge.survivor", "TalentMerge.merged")), associations);
    }

    /** what every feature's referrers find, as the container would ask them */
    private static Found collect(EntityManager em, Referred target) {
        Found found = new Found(target, 10);
        for (Referrers r : List.of(new TalentReferrers(), new TeamReferrers(), new ProjectReferrers(), new SupportReferrers(),
                new AwardReferrers(), new AccountReferrers())) {
            inject(r, em).collect(target, found);
        }
        return found;
    }

    /** the persistence context the container would inject into the package-private field */
    private static Referrers inject(Referrers r, EntityManager em) {
        try {
            var field = r.getClass().getDeclaredField("em");
            field.setAccessible(true);
            field.set(r, em);
            return r;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }
}
