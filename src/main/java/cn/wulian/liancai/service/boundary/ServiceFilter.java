package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.service.entity.ServiceStatus;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.web.ListMemory;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The service-request list's filter bar: a quick choice (open, my reminders, overdue, all), status,
 * kind, department and words. A link's value that the menus cannot show opens the list unfiltered by
 * it. "Mine" is the signed-in officer's, set by the view.
 */
public class ServiceFilter implements ListMemory.Filter<ServiceFilter> {

    private static final long serialVersionUID = 1L;

    public static final String OPEN = "open";
    public static final String MINE = "mine";
    public static final String OVERDUE = "overdue";
    public static final String ALL = "all";
    static final List<String> QUICK = List.of(OPEN, MINE, OVERDUE, ALL);

    private String quick = OPEN;
    private String status;
    private String kind;
    private String department;
    private String q;

    /** the request with the chosen filters, by the names ServiceRequestQuery reads; {@code me} is the signed-in user */
    public PageRequest applyTo(PageRequest request, String me) {
        PageRequest r = request;
        switch (quick == null ? ALL : quick) {
            case OPEN -> r = r.withFilter("status", "open");
            case MINE -> r = r.withFilter("officer", me).withFilter("due", "attention");
            case OVERDUE -> r = r.withFilter("due", "overdue");
            default -> {
                // every request
            }
        }
        String[][] filters = {{"status", status}, {"kind", kind}, {"department", department}, {"q", q}};
        for (String[] f : filters) {
            if (f[1] != null && !f[1].isBlank()) {
                r = r.withFilter(f[0], f[1].strip());
            }
        }
        return r;
    }

    /** takes a link's parameters, each only if its menu offers it */
    public void fromLink(ServiceFilter link, Collection<String> kinds, Collection<String> departments) {
        quick = link.quick != null && QUICK.contains(link.quick) ? link.quick : link.status != null || link.kind != null
                || link.department != null ? ALL : OPEN;
        status = offered(getStatuses(), link.status == null ? null : link.status.toUpperCase(Locale.ROOT));
        kind = offered(kinds, link.kind == null ? null : link.kind.toLowerCase(Locale.ROOT));
        department = offered(departments, link.department == null ? null : link.department.toLowerCase(Locale.ROOT));
        q = link.q == null || link.q.isBlank() ? null : link.q.strip();
    }

    /** a link that names any filter, which then replaces the list's kept ones */
    @Override
    public boolean isAny() {
        return Stream.of(quick, status, kind, department, q).anyMatch(v -> v != null && !v.isBlank());
    }

    /** the choices of the filter this list was left with */
    @Override
    public void copyFrom(ServiceFilter kept) {
        quick = kept.quick;
        status = kept.status;
        kind = kept.kind;
        department = kept.department;
        q = kept.q;
    }

    public List<String> getStatuses() {
        return Arrays.stream(ServiceStatus.values()).map(Enum::name).toList();
    }

    private static String offered(Collection<String> options, String value) {
        return value != null && options.contains(value.strip()) ? value.strip() : null;
    }

    public String getQuick() { return quick; }
    public void setQuick(String quick) { this.quick = quick; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
