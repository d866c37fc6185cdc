package cn.wulian.liancai.service.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.DomainViolation;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Working days around the 2026 holidays as the State Council set them: the Spring Festival (15–23
 * February off, Saturday 14 and Saturday 28 February worked) and National Day (1–7 October off,
 * Sunday 20 September and Saturday 10 October worked).
 */
class WorkingCalendarTest {

    static final WorkingCalendar CALENDAR = calendar();

    static WorkingCalendar calendar() {
        Map<LocalDate, Boolean> days = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2026, 2, 16); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6) {
                days.put(d, false);
            }
        }
        days.put(LocalDate.of(2026, 2, 14), true);
        days.put(LocalDate.of(2026, 2, 28), true);
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6) {
                days.put(d, false);
            }
        }
        days.put(LocalDate.of(2026, 9, 20), true);
        days.put(LocalDate.of(2026, 10, 10), true);
        return new WorkingCalendar(days);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void weekdaysWorkWeekendsRestExceptWhereTheCalendarSaysOtherwise() {
        assertTrue(CALENDAR.isWorkingDay(day(12, 4)), "a Friday");
        assertFalse(CALENDAR.isWorkingDay(day(12, 5)), "a Saturday");
        assertFalse(CALENDAR.isWorkingDay(day(2, 17)), "a Tuesday of the Spring Festival");
        assertTrue(CALENDAR.isWorkingDay(day(2, 14)), "the Saturday worked before it");
        assertTrue(CALENDAR.isWorkingDay(day(9, 20)), "the Sunday worked before National Day");
        assertFalse(CALENDAR.isWorkingDay(day(10, 5)), "a Monday of National Day");
    }

    @Test
    void aTargetCountsFromTheDayAfterReceipt() {
        assertEquals(day(12, 4), CALENDAR.addWorkingDays(day(12, 4), 0), "no days: the day itself");
        assertEquals(day(12, 7), CALENDAR.addWorkingDays(day(12, 4), 1), "Friday + 1: the next Monday");
        assertEquals(day(12, 14), CALENDAR.addWorkingDays(day(12, 4), 6));
        assertEquals(day(12, 7), CALENDAR.addWorkingDays(day(12, 5), 1), "received on a Saturday: Monday is the first day");
    }

    @Test
    void theSpringFestivalStopsTheCountAndItsWorkedSaturdaysCount() {
        // Friday 13 February + 1: the worked Saturday 14th; + 2: Tuesday 24th, after the nine days off
        assertEquals(day(2, 14), CALENDAR.addWorkingDays(day(2, 13), 1));
        assertEquals(day(2, 24), CALENDAR.addWorkingDays(day(2, 13), 2));
        // received during the holiday: counted from the first working day after it
        assertEquals(day(2, 24), CALENDAR.addWorkingDays(day(2, 18), 1));
        // the week after: Monday 23rd is still off, Saturday 28th is worked
        assertEquals(day(2, 28), CALENDAR.addWorkingDays(day(2, 24), 4));
        assertEquals(day(3, 2), CALENDAR.addWorkingDays(day(2, 24), 5));
    }

    @Test
    void nationalDayWithItsWorkedSundayBeforeAndSaturdayAfter() {
        // Friday 18 September + 1: the worked Sunday 20th
        assertEquals(day(9, 20), CALENDAR.addWorkingDays(day(9, 18), 1));
        // Wednesday 30 September + 1: Thursday 8 October, the first working day after the seven days off
        assertEquals(day(10, 8), CALENDAR.addWorkingDays(day(9, 30), 1));
        assertEquals(day(10, 10), CALENDAR.addWorkingDays(day(9, 30), 3), "8th, 9th, then the worked Saturday 10th");
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheLast() {
        assertEquals(0, CALENDAR.workingDaysBetween(day(12, 4), day(12, 4)));
        assertEquals(0, CALENDAR.workingDaysBetween(day(12, 4), day(12, 1)), "backwards: none");
        assertEquals(1, CALENDAR.workingDaysBetween(day(12, 4), day(12, 7)));
        assertEquals(2, CALENDAR.workingDaysBetween(day(2, 13), day(2, 24)), "the worked Saturday and the Tuesday after");
        for (int n = 0; n < 40; n++) {
            assertEquals(n, CALENDAR.workingDaysBetween(day(9, 15), CALENDAR.addWorkingDays(day(9, 15), n)), "the inverse of adding " + n);
        }
    }

    @Test
    void aNegativeTargetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkingDays(day(1, 5), -1));
    }

    @Test
    void aDayIsNamedOnlyWhereItChangesSomething() {
        assertEquals("validation.calendar.holidayOnWeekend",
                assertThrows(DomainViolation.class, () -> new CalendarDay(day(12, 5), false, "周六")).fieldKeys().get("working"));
        assertEquals("validation.calendar.workdayOnWeekday",
                assertThrows(DomainViolation.class, () -> new CalendarDay(day(12, 4), true, "周五")).fieldKeys().get("working"));
        assertEquals("validation.size80",
                assertThrows(DomainViolation.class, () -> new CalendarDay(day(10, 1), false, "节".repeat(81))).fieldKeys().get("name"));
        assertEquals("国庆节", new CalendarDay(day(10, 1), false, " 国庆节 ").getName());
        assertEquals(java.util.Set.of(2026), CALENDAR.yearsKnown());
    }
}
