package cn.wulian.liancai.talent.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How a follow-up's day stands against today, as the office plans its week (Monday to Sunday):
 * overdue before today, this week from today to Sunday, later after that. Each group is a range
 * of days, so that the workbench counts and lists it by a date query.
 */
public enum FollowUpDue {
    OVERDUE, THIS_WEEK, LATER;

    /** the contact log's first possible day: the overdue group reaches back to it */
    private static final LocalDate EARLIEST = LocalDate.of(Interaction.EARLIEST_YEAR, 1, 1);
    /** a follow-up is at most five years ahead; the later group stops well beyond that */
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public static FollowUpDue of(LocalDate day, LocalDate today) {
        if (day.isBefore(today)) {
            return OVERDUE;
        }
        return day.isAfter(weekEnds(today)) ? LATER : THIS_WEEK;
    }

    /** the Sunday that ends today's week (today itself on a Sunday) */
    public static LocalDate weekEnds(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** the first day of the group, seen from today */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case OVERDUE -> EARLIEST;
            case THIS_WEEK -> today;
            case LATER -> weekEnds(today).plusDays(1);
        };
    }

    /** the last day of the group, seen from today */
    public LocalDate until(LocalDate today) {
        return switch (this) {
            case OVERDUE -> today.minusDays(1);
            case THIS_WEEK -> weekEnds(today);
            case LATER -> LAST;
        };
    }
}
