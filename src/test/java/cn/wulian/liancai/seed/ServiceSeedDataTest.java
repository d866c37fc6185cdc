package cn.wulian.liancai.seed;

import static cn.wulian.liancai.seed.SeedDataTest.column;
import static cn.wulian.liancai.seed.SeedDataTest.offending;
import static cn.wulian.liancai.seed.SeedDataTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.service.entity.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The service catalogue's files (departments, kinds, the office calendar) and the demo requests:
 * codes unique and in the app's format, every reference to something that exists, each calendar date
 * one that changes its weekday, and each demo request's days in the order its steps take them.
 */
class ServiceSeedDataTest {

    static final String DEPARTMENTS = "departments.csv";
    static final String KINDS = "service_kinds.csv";
    static final String CALENDAR = "working_calendar.csv";
    static final String REQUESTS = "demo/service_requests.csv";

    @Test
    void departmentsAndKindsHaveUniqueCodesInTheAppsFormat() {
        SeedDataTest.assertUnique(DEPARTMENTS, "code");
        SeedDataTest.assertUnique(KINDS, "code");
        for (String file : List.of(DEPARTMENTS, KINDS)) {
            assertEquals(List.of(), offending(file, "code", r -> !r.get("code").matches("[a-z][a-z0-9-]{0,39}")), file + ": codes");
            assertEquals(List.of(), offending(file, "code", r -> r.get("name") == null || r.get("name").length() > 80), file + ": names");
        }
        Set<String> departments = column(DEPARTMENTS, "code");
        assertEquals(List.of(), offending(KINDS, "code", r -> r.get("department") != null && !departments.contains(r.get("department"))),
                "kinds name departments of the file");
        assertEquals(List.of(), offending(KINDS, "code", r -> {
            int days = Integer.parseInt(r.get("target_days"));
            return days < 1 || days > 250;
        }), "targets are 1–250 working days");
        assertTrue(column(KINDS, "code").containsAll(Set.of("housing", "schooling", "spouse-job", "registration", "financing", "other")),
                "the kinds the issue names");
    }

    @Test
    void theCalendarNamesOnlyDatesThatAreNotWhatTheirWeekdaySays() {
        SeedDataTest.assertUnique(CALENDAR, "date");
        assertEquals(List.of(), offending(CALENDAR, "date", r -> {
            DayOfWeek d = LocalDate.parse(r.get("date")).getDayOfWeek();
            boolean weekend = d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
            return Boolean.parseBoolean(r.get("working")) != weekend || !Set.of("true", "false").contains(r.get("working"));
        }), "a holiday on a weekday or a worked weekend day");
        // the 2026 Spring Festival: 16–20 and 23 February off, Saturdays 14 and 28 worked
        Map<LocalDate, Boolean> days = new TreeMap<>();
        rows(CALENDAR).forEach(r -> days.put(LocalDate.parse(r.get("date")), Boolean.parseBoolean(r.get("working"))));
        WorkingCalendar calendar = new WorkingCalendar(days);
        assertEquals(LocalDate.of(2026, 2, 24), calendar.addWorkingDays(LocalDate.of(2026, 2, 14), 1));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 28)));
        assertEquals(Set.of(2025, 2026), calendar.yearsKnown());
    }

    @Test
    void demoRequestsNameWhatExistsAndTakeTheirStepsInOrder() {
        SeedDataTest.assertUnique(REQUESTS, "key");
        Set<String> kinds = column(KINDS, "code");
        Set<String> departments = column(DEPARTMENTS, "code");
        Set<String> users = column(SeedDataTest.USERS, "username");
        Set<String> talents = column(SeedDataTest.TALENTS, "key");
        Set<String> teams = column(SeedDataTest.TEAMS, "key");
        Set<String> projects = column(SeedDataTest.PROJECTS, "key");
        assertEquals(List.of(), offending(REQUESTS, "key", r -> !kinds.contains(r.get("kind"))), "kinds");
        Map<String, Set<String>> subjects = Map.of("TALENT", talents, "TEAM", teams, "PROJECT", projects);
        assertEquals(List.of(), offending(REQUESTS, "key",
                r -> !subjects.getOrDefault(r.get("subject_kind"), Set.of()).contains(r.get("subject_key"))), "subjects");
        assertEquals(List.of(), offending(REQUESTS, "key", r -> !users.contains(r.get("received_by"))
                || r.get("officer") != null && !users.contains(r.get("officer"))), "accounts");
        assertEquals(List.of(), offending(REQUESTS, "key", r -> r.get("assigned_on") != null
                && (r.get("officer") == null || !departments.contains(r.get("department")))), "an assignment names its officer and department");
        assertEquals(List.of(), offending(REQUESTS, "key", r -> {
            LocalDate last = LocalDate.parse(r.get("received_on"));
            for (String step : List.of("assigned_on", "started_on", "resolved_on", "closed_on")) {
                if (r.get(step) == null) {
                    continue;
                }
                LocalDate on = LocalDate.parse(r.get(step));
                if (on.isBefore(last)) {
                    return true;
                }
                last = on;
            }
            return false;
        }), "each step on or after the one before");
        assertEquals(List.of(), offending(REQUESTS, "key", r -> r.get("resolved_on") != null && r.get("started_on") == null
                || r.get("started_on") != null && r.get("assigned_on") == null
                || r.get("closed_on") != null && (r.get("resolved_on") == null || r.get("satisfaction") == null)), "no step skipped");
    }
}
