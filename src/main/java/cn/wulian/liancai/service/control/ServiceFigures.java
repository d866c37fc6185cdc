package cn.wulian.liancai.service.control;

import cn.wulian.liancai.service.entity.Department;
import cn.wulian.liancai.service.entity.ServiceRequest;
import cn.wulian.liancai.service.entity.WorkingCalendar;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How fast the departments settle what the talents ask, per department and month of a year:
 * requests received (by the day received), settled (by the day resolved), the share of those settled
 * on or before their due day, the median working days from receipt to resolution, and the mean
 * satisfaction of the settled ones the talent rated at closing; and, whatever the year, each
 * department's open requests, overdue and due soon. A reopened request counts as settled only
 * once resolved again. Read in one pass over the year's requests: a county files hundreds a year.
 */
public class ServiceFigures {

    private final EntityManager em;
    private final WorkingCalendar calendar;
    private final LocalDate today;
    private final int soonDays;

    public ServiceFigures(EntityManager em, WorkingCalendar calendar, LocalDate today, int soonDays) {
        this.em = em;
        this.calendar = calendar;
        this.today = today;
        this.soonDays = soonDays;
    }

    /** one department's figures for a month ({@code month} null: the whole year; {@code department} null: all departments) */
    public record Row(String department, String departmentName, Integer month, long received, long settled, long onTime,
                      Double onTimeRate, Double medianDays, Double satisfaction, long rated) implements Serializable {
    }

    /** a department's open requests now */
    public record Backlog(String department, String departmentName, long open, long overdue, long dueSoon) implements Serializable {
    }

    /**
     * @param rows         per department and month, months with nothing left out
     * @param departments  per department for the year
     * @param months       per month, all departments together (all twelve)
     * @param total        the year
     * @param backlog      each department's open requests now, most overdue first
     */
    public record Figures(int year, List<Row> rows, List<Row> departments, List<Row> months, Row total, List<Backlog> backlog)
            implements Serializable {
    }

    public Figures of(int year, boolean english) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ServiceRequest> requests = em.createQuery("select r from ServiceRequest r left join fetch r.department"
                        + " where r.receivedOn between :first and :last or r.resolvedOn between :first and :last", ServiceRequest.class)
                .setParameter("first", first).setParameter("last", last).getResultList();
        Map<String, String> names = new LinkedHashMap<>();
        for (Department d : em.createNamedQuery(Department.ALL, Department.class).getResultList()) {
            names.put(d.getCode(), d.label(english));
        }
        List<Row> rows = new ArrayList<>();
        List<Row> departments = new ArrayList<>();
        // every request has a department (filing requires one): a row per department, retired ones included
        for (String code : names.keySet()) {
            Predicate<ServiceRequest> of = r -> code.equals(r.getDepartment().getCode());
            for (int m = 1; m <= 12; m++) {
                Row row = row(code, names.get(code), m, requests, of, year);
                if (row.received() > 0 || row.settled() > 0) {
                    rows.add(row);
                }
            }
            departments.add(row(code, names.get(code), null, requests, of, year));
        }
        List<Row> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(row(null, null, m, requests, r -> true, year));
        }
        return new Figures(year, rows, departments, months, row(null, null, null, requests, r -> true, year), backlog(names));
    }

    private Row row(String code, String name, Integer month, List<ServiceRequest> all, Predicate<ServiceRequest> of, int year) {
        Predicate<LocalDate> inPeriod = d -> d != null && d.getYear() == year && (month == null || d.getMonthValue() == month);
        long received = 0;
        List<ServiceRequest> settled = new ArrayList<>();
        for (ServiceRequest r : all) {
            if (!of.test(r)) {
                continue;
            }
            if (inPeriod.test(r.getReceivedOn())) {
                received++;
            }
            if (inPeriod.test(r.getResolvedOn())) {
                settled.add(r);
            }
        }
        long onTime = settled.stream().filter(ServiceRequest::onTime).count();
        List<Integer> days = settled.stream().map(r -> r.daysToSettle(calendar)).sorted().toList();
        List<Integer> scores = settled.stream().map(ServiceRequest::getSatisfaction).filter(java.util.Objects::nonNull).toList();
        return new Row(code, name, month, received, settled.size(), onTime,
                settled.isEmpty() ? null : (double) onTime / settled.size(), median(days),
                scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElseThrow(), scores.size());
    }

    /** the middle value, or the mean of the two middle ones; null for none */
    static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private List<Backlog> backlog(Map<String, String> names) {
        List<ServiceRequest> open = em.createQuery("select r from ServiceRequest r left join fetch r.department where r.status in :open",
                ServiceRequest.class).setParameter("open", ServiceRequestQuery.openStatuses()).getResultList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        names.keySet().forEach(code -> counts.put(code, new long[3]));
        for (ServiceRequest r : open) {
            long[] c = counts.computeIfAbsent(r.getDepartment().getCode(), k -> new long[3]);
            c[0]++;
            if (r.overdue(today)) {
                c[1]++;
            } else if (r.dueSoon(today, soonDays, calendar)) {
                c[2]++;
            }
        }
        List<Backlog> backlog = new ArrayList<>();
        counts.forEach((code, c) -> backlog.add(new Backlog(code, names.get(code), c[0], c[1], c[2])));
        backlog.sort(Comparator.comparingLong(Backlog::overdue).reversed().thenComparing(Comparator.comparingLong(Backlog::open).reversed()));
        return backlog;
    }
}
