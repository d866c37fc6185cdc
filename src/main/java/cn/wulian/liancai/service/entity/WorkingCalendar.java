package cn.wulian.liancai.service.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which days the county's offices work: Monday to Friday, except the dates the calendar names —
 * public holidays that fall on a weekday, and the weekend days the State Council moves work to
 * (调休). Service-level targets are counted in these working days.
 *
 * <p>A target of n working days from the day a request was received ends on the n-th working day
 * after it: received on a Friday with a target of 1, it is due the next Monday; received during the
 * Spring Festival, the days are counted from the first working day after it.
 */
public final class WorkingCalendar {

    /** a calendar long enough for any target the kinds may set (250 working days) several times over */
    private static final int MAX_STEPS = 10_000;

    private final Map<LocalDate, Boolean> exceptions;

    /** @param exceptions a date and whether it is worked, for the dates that are not what their weekday says */
    public WorkingCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = new TreeMap<>(exceptions);
    }

    public static WorkingCalendar of(Iterable<CalendarDay> days) {
        Map<LocalDate, Boolean> exceptions = new TreeMap<>();
        days.forEach(d -> exceptions.put(d.getDate(), d.isWorking()));
        return new WorkingCalendar(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean named = exceptions.get(day);
        if (named != null) {
            return named;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** the n-th working day after {@code from} (n ≥ 0; 0 is {@code from} itself) */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of working days: " + n);
        }
        LocalDate day = from;
        int left = n;
        for (int steps = 0; left > 0; steps++) {
            if (steps > MAX_STEPS) {
                throw new IllegalStateException("no working day in " + MAX_STEPS + " days after " + from);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** the working days after {@code from} up to and including {@code to}: 0 when {@code to} is not after {@code from} */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** the years for which the calendar names at least one date: a year without any has only weekends off */
    public Set<Integer> yearsKnown() {
        return exceptions.keySet().stream().map(LocalDate::getYear).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
