package cn.wulian.liancai.talent.entity;

import static cn.wulian.liancai.talent.entity.FollowUpDue.LATER;
import static cn.wulian.liancai.talent.entity.FollowUpDue.OVERDUE;
import static cn.wulian.liancai.talent.entity.FollowUpDue.THIS_WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The office's week runs Monday to Sunday: where a follow-up's day falls at the week's edges. */
class FollowUpDueTest {

    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);
    static final LocalDate MONDAY = SUNDAY.plusDays(1);

    @Test
    void onASundayTheWeekIsTodayAlone() {
        assertEquals(OVERDUE, FollowUpDue.of(SUNDAY.minusDays(1), SUNDAY));
        assertEquals(THIS_WEEK, FollowUpDue.of(SUNDAY, SUNDAY));
        assertEquals(LATER, FollowUpDue.of(MONDAY, SUNDAY));
    }

    @Test
    void onAMondayTheWeekRunsToSundayAndLastSundayIsOverdue() {
        assertEquals(OVERDUE, FollowUpDue.of(SUNDAY, MONDAY));
        assertEquals(THIS_WEEK, FollowUpDue.of(MONDAY, MONDAY));
        assertEquals(THIS_WEEK, FollowUpDue.of(MONDAY.plusDays(6), MONDAY));
        assertEquals(LATER, FollowUpDue.of(MONDAY.plusDays(7), MONDAY));
    }

    /** the ranges the queries ask for hold exactly the days {@link FollowUpDue#of} puts in the group */
    @Test
    void eachGroupsRangeHoldsItsDaysAndNoOthers() {
        for (LocalDate today = MONDAY.minusDays(3); today.isBefore(MONDAY.plusDays(8)); today = today.plusDays(1)) {
            for (LocalDate day = today.minusDays(9); day.isBefore(today.plusDays(16)); day = day.plusDays(1)) {
                for (FollowUpDue group : FollowUpDue.values()) {
                    boolean inRange = !day.isBefore(group.from(today)) && !day.isAfter(group.until(today));
                    assertEquals(FollowUpDue.of(day, today) == group, inRange, group + " on " + today + " for " + day);
                }
            }
        }
    }
}
