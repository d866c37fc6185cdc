package cn.wulian.liancai.talent.boundary;

import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Interaction;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentBuilder;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An officer's follow-ups as the 工作台 groups them, on embedded Derby with the app's clock set to
 * either side of a week's end: the groups, their counts, the badge's figure, and moving one.
 */
class FollowUpsJpaTest {

    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);
    static final LocalDate MONDAY = SUNDAY.plusDays(1);

    @TempDir
    static Path dir;

    static TestDatabase db;

    Map<String, Long> talents;
    Map<String, Long> contacts;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    /** follow-ups of "office" on the days around the week's end, one closed, one another officer's */
    @BeforeEach
    void followUps() {
        db.clear();
        Clock logged = TestClock.at(LocalDateTime.of(2026, 11, 20, 9, 0));
        talents = new java.util.HashMap<>();
        contacts = new java.util.HashMap<>();
        db.run(em -> {
            Account office = persist(em, new Account("office", "人才办", Role.OFFICE, null, "h", null));
            Account other = persist(em, new Account("office2", "人才办二", Role.OFFICE, null, "h", null));
            log(em, "周六", office, SUNDAY.minusDays(1), office, logged);
            log(em, "周日", office, SUNDAY, office, logged);
            log(em, "周一", office, MONDAY, office, logged);
            log(em, "下周日", office, MONDAY.plusDays(6), office, logged);
            log(em, "下下周一", office, MONDAY.plusDays(7), office, logged);
            log(em, "别人的", other, SUNDAY.minusDays(3), other, logged);
            Talent closed = log(em, "已联络", office, SUNDAY.minusDays(5), office, logged);
            em.persist(new Interaction(closed, InteractionKind.VISIT, LocalDateTime.of(2026, 11, 21, 9, 0), null, null, "又见", null, null,
                    office, logged));
        });
    }

    Talent log(EntityManager em, String name, Account liaison, LocalDate followUp, Account by, Clock clock) {
        Talent t = persist(em, TalentBuilder.talent(name).liaison(liaison).build());
        Interaction i = persist(em, new Interaction(t, InteractionKind.CALL, LocalDateTime.of(2026, 11, 20, 9, 0), null, null, "联系" + name,
                null, followUp, by, clock));
        talents.put(name, t.getId());
        contacts.put(name, i.getId());
        return t;
    }

    <T> T as(LocalDate today, Function<FollowUps, T> use) {
        return db.inTransaction(em -> {
            Clock clock = TestClock.at(today.atTime(10, 0));
            Talents t = new Talents();
            t.clock = clock;
            FollowUps f = new FollowUps();
            f.em = em;
            f.clock = clock;
            f.talents = t;
            f.user = officer("office");
            return use.apply(f);
        });
    }

    static CurrentUser officer(String name) {
        return new CurrentUser() {
            @Override
            public String getUsername() {
                return name;
            }

            @Override
            public Caller caller() {
                return new Caller(1, name, name, Role.OFFICE, true, null, null, 0, false);
            }
        };
    }

    static Map<String, List<String>> names(List<FollowUps.Group> plan) {
        return plan.stream().collect(Collectors.toMap(FollowUps.Group::key,
                g -> g.rows().stream().map(InteractionJson::talentName).toList()));
    }

    @Test
    void onSundayTheWeekEndsTodayAndMondayIsLater() {
        List<FollowUps.Group> plan = as(SUNDAY, f -> f.plan(8));
        assertEquals(Map.of("OVERDUE", List.of("周六"), "THIS_WEEK", List.of("周日"), "LATER", List.of("周一", "下周日", "下下周一")), names(plan));
        assertEquals(List.of(1L, 1L, 3L), plan.stream().map(FollowUps.Group::count).toList());
        assertEquals(2, (long) as(SUNDAY, FollowUps::waiting), "overdue and this week, as the badge counts them");
    }

    @Test
    void onMondaySundayIsOverdueAndTheWeekRunsToNextSunday() {
        List<FollowUps.Group> plan = as(MONDAY, f -> f.plan(8));
        assertEquals(Map.of("OVERDUE", List.of("周六", "周日"), "THIS_WEEK", List.of("周一", "下周日"), "LATER", List.of("下下周一")), names(plan));
        assertEquals(4, (long) as(MONDAY, FollowUps::waiting));
    }

    @Test
    void aGroupShowsItsFirstRowsAndCountsThemAll() {
        List<FollowUps.Group> plan = as(SUNDAY, f -> f.plan(2));
        assertEquals(List.of("周一", "下周日"), names(plan).get("LATER"));
        assertEquals(3, plan.get(2).count());
    }

    @Test
    void rescheduledToLaterTheFollowUpLeavesTheOverdueGroup() {
        as(SUNDAY, f -> f.reschedule(talents.get("周六"), contacts.get("周六"), MONDAY.plusDays(1)));
        Map<String, List<String>> plan = names(as(SUNDAY, f -> f.plan(8)));
        assertEquals(List.of(), plan.get("OVERDUE"));
        assertEquals(List.of("周一", "周六", "下周日", "下下周一"), plan.get("LATER"));
    }

    @Test
    void aFollowUpIsNotMovedIntoThePastNorBeyondFiveYearsNorOnceClosed() {
        DomainViolation past = assertThrows(DomainViolation.class,
                () -> as(SUNDAY, f -> f.reschedule(talents.get("周一"), contacts.get("周一"), SUNDAY.minusDays(1))));
        assertEquals(Map.of("followUpOn", "validation.followUp.past"), past.fieldKeys());
        DomainViolation far = assertThrows(DomainViolation.class,
                () -> as(SUNDAY, f -> f.reschedule(talents.get("周一"), contacts.get("周一"), SUNDAY.plusYears(5).plusDays(1))));
        assertEquals(Map.of("followUpOn", "validation.followUp.tooFar"), far.fieldKeys());
        DomainViolation none = assertThrows(DomainViolation.class,
                () -> as(SUNDAY, f -> f.reschedule(talents.get("周一"), contacts.get("周一"), null)));
        assertEquals(Map.of("followUpOn", "validation.required"), none.fieldKeys());
        DomainViolation closed = assertThrows(DomainViolation.class,
                () -> as(SUNDAY, f -> f.reschedule(talents.get("已联络"), contacts.get("已联络"), MONDAY)));
        assertEquals(Map.of("followUpOn", "validation.followUp.closed"), closed.fieldKeys());
        assertEquals(MONDAY, db.read(em -> em.find(Interaction.class, contacts.get("周一")).getFollowUpOn()), "nothing moved");
    }
}
