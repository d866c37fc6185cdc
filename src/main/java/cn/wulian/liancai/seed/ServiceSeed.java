package cn.wulian.liancai.seed;

import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.rules.entity.Subject;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.service.entity.CalendarDay;
import cn.wulian.liancai.service.entity.Department;
import cn.wulian.liancai.service.entity.ServiceKind;
import cn.wulian.liancai.service.entity.ServiceRequest;
import cn.wulian.liancai.service.entity.WorkingCalendar;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The one-stop service's reference data — the departments, the kinds of request and the office
 * calendar — and the demo requests, each step taken on its day through the requests' own rules.
 */
final class ServiceSeed {

    private final EntityManager em;
    private final BiFunction<LocalDate, Integer, Clock> on;

    ServiceSeed(EntityManager em, BiFunction<LocalDate, Integer, Clock> on) {
        this.em = em;
        this.on = on;
    }

    /**
     * Departments and kinds once (the office's to edit after that: a retired one stays retired);
     * the calendar's dates of every year the database names no date of, so a release that ships the
     * next year's holidays adds them, and a year the office has entered is left as the office has it.
     *
     * @param firstTime whether the departments and kinds were never loaded
     * @return how many rows were added
     */
    int loadReference(boolean firstTime, List<Map<String, String>> departments, List<Map<String, String>> kinds,
                      List<Map<String, String>> days) {
        int added = 0;
        if (firstTime) {
            Map<String, Department> known = new HashMap<>();
            em.createNamedQuery(Department.ALL, Department.class).getResultList().forEach(d -> known.put(d.getCode(), d));
            int order = 0;
            for (Map<String, String> row : departments) {
                order++;
                if (!known.containsKey(row.get("code"))) {
                    Department d = new Department(row.get("code"), row.get("name"), row.get("name_en"), order);
                    em.persist(d);
                    known.put(d.getCode(), d);
                    added++;
                }
            }
            Set<String> kindCodes = new HashSet<>(em.createQuery("select k.code from ServiceKind k", String.class).getResultList());
            order = 0;
            for (Map<String, String> row : kinds) {
                order++;
                if (!kindCodes.contains(row.get("code"))) {
                    Department usual = row.get("department") == null ? null : known.get(row.get("department"));
                    if (row.get("department") != null && usual == null) {
                        throw new IllegalStateException("service_kinds.csv names an unknown department: " + row.get("department"));
                    }
                    em.persist(new ServiceKind(row.get("code"), row.get("name"), row.get("name_en"), Integer.valueOf(row.get("target_days")),
                            usual, order));
                    added++;
                }
            }
        }
        Set<Integer> yearsKnown = new HashSet<>();
        em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList().forEach(d -> yearsKnown.add(d.getDate().getYear()));
        for (Map<String, String> row : days) {
            LocalDate date = LocalDate.parse(row.get("date"));
            if (!yearsKnown.contains(date.getYear())) {
                em.persist(new CalendarDay(date, Boolean.parseBoolean(row.get("working")), row.get("name")));
                added++;
            }
        }
        em.flush();
        return added;
    }

    /** the demo requests, each filed, assigned, started, resolved and closed on the days the file gives */
    int loadDemo(List<Map<String, String>> rows, Map<String, Talent> talents, Map<String, Team> teams, Map<String, Project> projects) {
        Map<String, ServiceKind> kinds = new HashMap<>();
        em.createNamedQuery(ServiceKind.ALL, ServiceKind.class).getResultList().forEach(k -> kinds.put(k.getCode(), k));
        Map<String, Department> departments = new HashMap<>();
        em.createNamedQuery(Department.ALL, Department.class).getResultList().forEach(d -> departments.put(d.getCode(), d));
        WorkingCalendar calendar = WorkingCalendar.of(em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList());
        int added = 0;
        for (Map<String, String> row : rows) {
            String key = row.get("subject_key");
            Subject subject = switch (SubjectKind.valueOf(row.get("subject_kind"))) {
                case TALENT -> Subject.of(required(talents.get(key), key));
                case TEAM -> Subject.of(required(teams.get(key), key));
                case PROJECT -> Subject.of(required(projects.get(key), key));
            };
            LocalDate received = LocalDate.parse(row.get("received_on"));
            ServiceRequest r = new ServiceRequest(required(kinds.get(row.get("kind")), row.get("kind")), subject, row.get("description"),
                    received, null, calendar, row.get("received_by"), on.apply(received, 9));
            em.persist(r);
            em.persist(r.received());
            if (row.get("assigned_on") != null) {
                em.persist(r.assign(required(departments.get(row.get("department")), row.get("department")), row.get("officer"), null,
                        row.get("received_by"), on.apply(LocalDate.parse(row.get("assigned_on")), 10)));
            }
            if (row.get("started_on") != null) {
                em.persist(r.start(null, row.get("officer"), on.apply(LocalDate.parse(row.get("started_on")), 11)));
            }
            if (row.get("resolved_on") != null) {
                LocalDate resolved = LocalDate.parse(row.get("resolved_on"));
                em.persist(r.resolve(row.get("resolution"), resolved, row.get("officer"), on.apply(resolved, 16)));
            }
            if (row.get("closed_on") != null) {
                em.persist(r.close(Integer.valueOf(row.get("satisfaction")), row.get("remark"), row.get("officer"),
                        on.apply(LocalDate.parse(row.get("closed_on")), 15)));
            }
            em.flush();
            added++;
        }
        return added;
    }

    private static <T> T required(T found, String key) {
        if (found == null) {
            throw new IllegalStateException("demo service request names an unknown record: " + key);
        }
        return found;
    }
}
