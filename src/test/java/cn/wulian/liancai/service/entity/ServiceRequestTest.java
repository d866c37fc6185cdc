package cn.wulian.liancai.service.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.rules.entity.Subject;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.TestClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A service request's own rules: the due day from the kind's target, each step and what it needs,
 * where each step may be taken from, reopening, and the on-time rule at its edges. Today is Friday
 * 27 November 2026 (TestClock).
 */
class ServiceRequestTest {

    static final Subject TEAM = new Subject(SubjectKind.TEAM, null, null, null, null, "莲山生物");
    static final Department ZJJ = new Department("zjj", "县住建局", "Housing Bureau", 1);
    static final Department RSJ = new Department("rsj", "县人社局", null, 2);
    static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Map.of());

    static ServiceKind housing(int days) {
        return new ServiceKind("housing", "住房保障", "Housing", days, ZJJ, 1);
    }

    static ServiceRequest received(int targetDays, LocalDate on) {
        return new ServiceRequest(housing(targetDays), TEAM, "申请人才公寓", on, null, WEEKDAYS, "office", CLOCK);
    }

    static Map<String, String> errors(Runnable r) {
        return assertThrows(DomainViolation.class, r::run).fieldKeys();
    }

    static Clock on(LocalDate day) {
        return TestClock.at(day.atTime(15, 0));
    }

    @Test
    void aRequestIsDueItsKindsTargetInWorkingDaysAfterReceiptAndGoesToTheKindsDepartment() {
        ServiceRequest r = received(5, null);
        assertEquals(TestClock.TODAY, r.getReceivedOn(), "received today when no day is given");
        assertEquals(LocalDate.of(2026, 12, 4), r.getDueOn(), "Friday + 5 working days: the next Friday");
        assertEquals(ZJJ, r.getDepartment());
        assertEquals(5, r.getTargetDays());
        assertEquals(ServiceStatus.RECEIVED, r.getStatus());
        ServiceStep first = r.received();
        assertEquals(ServiceAction.RECEIVE, first.getAction());
        assertEquals("申请人才公寓", first.getNote());
        assertEquals("office", first.getBy());
    }

    @Test
    void filingChecksEveryFieldAtOnce() {
        ServiceKind retired = housing(5);
        retired.revise("住房保障", null, null, null, null, false);
        Department closed = new Department("old", "旧部门", null, 9);
        closed.revise("旧部门", null, null, false);
        Map<String, String> e = errors(() -> new ServiceRequest(retired, TEAM, " ", TestClock.TODAY.plusDays(1), closed, WEEKDAYS, "office", CLOCK));
        assertEquals("validation.service.kindRetired", e.get("kind"));
        assertEquals("validation.service.departmentRetired", e.get("department"));
        assertEquals("validation.required", e.get("description"));
        assertEquals("validation.date.future", e.get("receivedOn"));
        assertEquals("validation.service.receivedLongAgo",
                errors(() -> received(5, TestClock.TODAY.minusDays(367))).get("receivedOn"));
        assertEquals("validation.size2000", errors(() -> new ServiceRequest(housing(5), TEAM, "字".repeat(2001), null, null, WEEKDAYS,
                "office", CLOCK)).get("description"));
        ServiceKind nowhere = new ServiceKind("other", "其他", null, 10, null, 2);
        assertEquals("validation.required", errors(() -> new ServiceRequest(nowhere, TEAM, "咨询", null, null, WEEKDAYS, "office", CLOCK))
                .get("department"), "a kind without a usual department needs one named");
    }

    @Test
    void theWholeWayWithWhoAndWhatAtEachStep() {
        ServiceRequest r = received(5, null);
        ServiceStep assigned = r.assign(RSJ, "office2", "转人社局", "office", CLOCK);
        assertEquals(ServiceStatus.ASSIGNED, r.getStatus());
        assertEquals(RSJ, r.getDepartment());
        assertEquals("office2", r.getOfficer());
        assertEquals(RSJ, assigned.getDepartment());
        assertEquals(ServiceStatus.RECEIVED, assigned.getFrom());
        r.start(null, "office2", CLOCK);
        assertEquals(ServiceStatus.IN_PROGRESS, r.getStatus());
        ServiceStep handOver = r.assign(ZJJ, "office", null, "office2", CLOCK);
        assertEquals(ServiceStatus.IN_PROGRESS, r.getStatus(), "handed over while in progress, it stays in progress");
        assertEquals(ServiceStatus.IN_PROGRESS, handOver.getTo());
        r.note("已电话联系本人", "office", CLOCK);
        r.resolve("已安排公寓", null, "office", CLOCK);
        assertEquals(ServiceStatus.RESOLVED, r.getStatus());
        assertEquals(TestClock.TODAY, r.getResolvedOn());
        ServiceStep closed = r.close(4, " 满意 ", "office", CLOCK);
        assertEquals(ServiceStatus.CLOSED, r.getStatus());
        assertEquals(4, r.getSatisfaction());
        assertEquals("满意", r.getSatisfactionNote());
        assertEquals(4, closed.getSatisfaction());
        assertEquals(CLOCK.instant(), r.getClosedAt());
    }

    @Test
    void eachStepOnlyFromWhereItMayBeTaken() {
        for (ServiceStatus s : ServiceStatus.values()) {
            Set<ServiceAction> open = ServiceAction.open(s);
            assertFalse(open.contains(ServiceAction.RECEIVE), "receiving is the filing, never a step");
            assertEquals(s == ServiceStatus.CLOSED ? EnumSet.of(ServiceAction.REOPEN) : open, open);
        }
        ServiceRequest r = received(5, null);
        assertEquals("validation.service.step", errors(() -> r.start(null, "office", CLOCK)).get("action"));
        assertEquals("validation.service.step", errors(() -> r.resolve("好了", null, "office", CLOCK)).get("action"));
        assertEquals("validation.service.step", errors(() -> r.close(5, null, "office", CLOCK)).get("action"));
        assertEquals("validation.service.step", errors(() -> r.reopen("再办", "office", CLOCK)).get("action"));
        r.assign(null, "office", null, "office", CLOCK);
        r.start(null, "office", CLOCK);
        r.resolve("好了", null, "office", CLOCK);
        r.close(5, null, "office", CLOCK);
        assertEquals("validation.service.step", errors(() -> r.note("再问问", "office", CLOCK)).get("action"), "a closed request takes no notes");
        assertEquals("validation.service.step", errors(() -> r.assign(ZJJ, "office", null, "office", CLOCK)).get("action"));
    }

    @Test
    void aStepsOwnFieldsAreChecked() {
        ServiceRequest r = received(5, null);
        Map<String, String> e = errors(() -> r.assign(null, " ", "字".repeat(2001), "office", CLOCK));
        assertEquals("validation.required", e.get("officer"));
        assertEquals("validation.size2000", e.get("note"));
        r.assign(null, "office", null, "office", CLOCK);
        r.start(null, "office", CLOCK);
        assertEquals("validation.service.resolutionRequired", errors(() -> r.resolve(" ", null, "office", CLOCK)).get("note"));
        assertEquals("validation.date.future", errors(() -> r.resolve("好了", TestClock.TODAY.plusDays(1), "office", CLOCK)).get("resolvedOn"));
        assertEquals("validation.service.resolvedBeforeReceived",
                errors(() -> r.resolve("好了", TestClock.TODAY.minusDays(1), "office", CLOCK)).get("resolvedOn"));
        assertEquals("validation.required", errors(() -> r.note(null, "office", CLOCK)).get("note"));
        r.resolve("好了", null, "office", CLOCK);
        assertEquals("validation.required", errors(() -> r.close(null, null, "office", CLOCK)).get("satisfaction"));
        assertEquals("validation.service.satisfaction", errors(() -> r.close(0, null, "office", CLOCK)).get("satisfaction"));
        assertEquals("validation.service.satisfaction", errors(() -> r.close(6, null, "office", CLOCK)).get("satisfaction"));
        assertEquals("validation.size500", errors(() -> r.close(3, "字".repeat(501), "office", CLOCK)).get("note"));
        assertEquals(ServiceStatus.RESOLVED, r.getStatus(), "a refused step changes nothing");
        assertEquals("validation.required", errors(() -> r.reopen(" ", "office", CLOCK)).get("note"));
    }

    @Test
    void onTimeMeansResolvedOnOrBeforeTheDueDay() {
        LocalDate received = LocalDate.of(2026, 11, 2);
        ServiceRequest onTheDay = settled(received, 5, LocalDate.of(2026, 11, 9));
        assertEquals(LocalDate.of(2026, 11, 9), onTheDay.getDueOn());
        assertTrue(onTheDay.onTime(), "resolved on the due day itself");
        assertEquals(5, onTheDay.daysToSettle(WEEKDAYS));
        ServiceRequest dayLate = settled(received, 5, LocalDate.of(2026, 11, 10));
        assertFalse(dayLate.onTime(), "a day after");
        ServiceRequest sameDay = settled(received, 5, received);
        assertTrue(sameDay.onTime());
        assertEquals(0, sameDay.daysToSettle(WEEKDAYS));
        assertFalse(received(5, received).onTime(), "open: not on time yet");
        assertNull(received(5, received).daysToSettle(WEEKDAYS));
    }

    @Test
    void overdueAfterTheDueDayAndDueSoonWithinTheNextWorkingDays() {
        // received Monday 16 November, 5 working days: due Monday 23rd
        ServiceRequest r = received(5, LocalDate.of(2026, 11, 16));
        assertEquals(LocalDate.of(2026, 11, 23), r.getDueOn());
        assertFalse(r.overdue(LocalDate.of(2026, 11, 23)), "on the due day it is not overdue yet");
        assertTrue(r.overdue(LocalDate.of(2026, 11, 24)));
        assertTrue(r.dueSoon(LocalDate.of(2026, 11, 20), 2, WEEKDAYS), "Friday: Monday is within two working days");
        assertFalse(r.dueSoon(LocalDate.of(2026, 11, 18), 2, WEEKDAYS), "Wednesday: Monday is three working days on");
        assertTrue(r.dueSoon(LocalDate.of(2026, 11, 23), 2, WEEKDAYS), "the due day itself");
        assertFalse(r.dueSoon(LocalDate.of(2026, 11, 24), 2, WEEKDAYS), "overdue is not due soon");
        ServiceRequest settled = settled(LocalDate.of(2026, 11, 16), 5, LocalDate.of(2026, 11, 26));
        assertFalse(settled.overdue(LocalDate.of(2026, 11, 27)), "settled, even late, is no longer overdue");
    }

    @Test
    void reopeningTakesBackTheResolutionAndTheRatingButNotTheDueDay() {
        ServiceRequest r = settled(LocalDate.of(2026, 11, 2), 5, LocalDate.of(2026, 11, 6));
        r.close(2, "没解决", "office", CLOCK);
        ServiceStep reopened = r.reopen("人才反映公寓仍未交付", "office", CLOCK);
        assertEquals(ServiceStatus.IN_PROGRESS, r.getStatus());
        assertEquals(ServiceStatus.CLOSED, reopened.getFrom());
        assertNull(r.getResolvedOn());
        assertNull(r.getSatisfaction());
        assertNull(r.getClosedAt());
        assertEquals(LocalDate.of(2026, 11, 9), r.getDueOn());
        assertTrue(r.overdue(TestClock.TODAY), "the work came back after its due day");
        r.resolve("公寓已交付", null, "office", CLOCK);
        assertFalse(r.onTime(), "settled again after the due day: late");
    }

    static ServiceRequest settled(LocalDate received, int target, LocalDate resolved) {
        ServiceRequest r = received(target, received);
        r.assign(null, "office", null, "office", CLOCK);
        r.start(null, "office", CLOCK);
        r.resolve("办好了", resolved, "office", CLOCK);
        return r;
    }

    @Test
    void aKindsTargetIsOneToTwoHundredFiftyWorkingDays() {
        assertEquals("validation.service.target", errors(() -> housing(0)).get("targetDays"));
        assertEquals("validation.service.target", errors(() -> housing(251)).get("targetDays"));
        assertEquals("validation.required", errors(() -> new ServiceKind("x", "x", null, null, null, 1)).get("targetDays"));
        assertEquals("validation.catalog.code", errors(() -> new ServiceKind("9x", "x", null, 5, null, 1)).get("code"));
        assertEquals("validation.required", errors(() -> new ServiceKind("x", " ", null, 5, null, 1)).get("name"));
        ServiceKind k = housing(5);
        k.revise("住房", "Housing", 10, RSJ, 3, null);
        assertEquals(10, k.getTargetDays());
        assertEquals(RSJ, k.getDepartment());
        assertTrue(k.isActive());
    }
}
