package cn.wulian.liancai.service.control;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.service.entity.ServiceRequest;
import cn.wulian.liancai.service.entity.ServiceStatus;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.persistence.Listing;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service-request list's filters and sorts: {@code status} (one or several separated by commas,
 * or {@code open} for all not yet resolved), {@code kind}, {@code department}, {@code officer} (a
 * user name), {@code platform} (forced for a manager), {@code subject} ({@code TALENT:12}),
 * {@code due} ({@code overdue}: open and past the due day; {@code soon}: open and due from today to the
 * facade's "soon" day; {@code attention}: both; {@code late}: resolved after the due day), {@code year} received and
 * {@code q} in the subject's name or the description. Soonest due first unless sorted.
 */
public class ServiceRequestQuery {

    public static final List<String> FILTERS = List.of("status", "kind", "department", "officer", "platform", "subject", "due", "year", "q");

    /** the names a list may be sorted by → the attribute */
    public static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "dueOn", "dueOn", "status", "status",
            "subjectName", "subjectName", "officer", "officer", "resolvedOn", "resolvedOn", "id", "id");

    private final EntityManager em;
    private final LocalDate today;
    private final LocalDate soon;

    /** @param soon the last day a request due "soon" may be due on */
    public ServiceRequestQuery(EntityManager em, LocalDate today, LocalDate soon) {
        this.em = em;
        this.today = today;
        this.soon = soon;
    }

    private Listing<ServiceRequest> listing() {
        return new Listing<>(em, ServiceRequest.class, SORTABLE, "dueOn", true);
    }

    public Page<ServiceRequest> page(PageRequest request) {
        return listing().page(request, (cb, root) -> predicates(cb, root, request), ServiceRequestQuery::fetchShown);
    }

    public List<Long> ids(PageRequest request) {
        return listing().ids(request, (cb, root) -> predicates(cb, root, request));
    }

    public List<ServiceRequest> inOrder(List<Long> ids) {
        return Listing.inOrder(em, ServiceRequest.class, ids, ServiceRequestQuery::fetchShown);
    }

    private static void fetchShown(Root<ServiceRequest> root) {
        root.fetch("kind");
        root.fetch("department", JoinType.LEFT);
        root.fetch("platform", JoinType.LEFT);
        root.fetch("talent", JoinType.LEFT);
        root.fetch("team", JoinType.LEFT);
        root.fetch("project", JoinType.LEFT);
    }

    private List<Predicate> predicates(CriteriaBuilder cb, Root<ServiceRequest> root, PageRequest r) {
        List<Predicate> where = new ArrayList<>();
        String status = r.filter("status");
        if ("open".equalsIgnoreCase(status == null ? "" : status)) {
            where.add(root.get("status").in(openStatuses()));
        } else if (status != null) {
            List<ServiceStatus> wanted = new ArrayList<>();
            for (String s : status.split(",")) {
                ServiceStatus one = parse(ServiceStatus.class, s);
                if (one != null) {
                    wanted.add(one);
                }
            }
            where.add(wanted.isEmpty() ? cb.disjunction() : root.get("status").in(wanted));
        }
        String kind = r.filter("kind");
        if (kind != null) {
            where.add(cb.equal(root.join("kind").get("code"), kind.toLowerCase(Locale.ROOT)));
        }
        String department = r.filter("department");
        if (department != null) {
            where.add(cb.equal(root.join("department", JoinType.LEFT).get("code"), department.toLowerCase(Locale.ROOT)));
        }
        String officer = r.filter("officer");
        if (officer != null) {
            where.add(cb.equal(root.get("officer"), officer));
        }
        String platform = r.filter("platform");
        if (platform != null) {
            where.add(cb.equal(root.join("platform", JoinType.LEFT).get("code"), platform));
        }
        String subject = r.filter("subject");
        if (subject != null) {
            String[] parts = subject.split(":");
            SubjectKind k = parts.length == 2 ? parse(SubjectKind.class, parts[0]) : null;
            if (k == null || !parts[1].matches("\\d{1,18}")) {
                where.add(cb.disjunction());
            } else {
                where.add(cb.equal(root.join(k.name().toLowerCase(Locale.ROOT), JoinType.LEFT).get("id"), Long.valueOf(parts[1])));
            }
        }
        String due = r.filter("due");
        if ("overdue".equals(due)) {
            where.add(root.get("status").in(openStatuses()));
            where.add(cb.lessThan(root.get("dueOn"), today));
        } else if ("soon".equals(due)) {
            where.add(root.get("status").in(openStatuses()));
            where.add(cb.between(root.get("dueOn"), today, soon));
        } else if ("attention".equals(due)) {
            // the officer's reminders: overdue or due soon
            where.add(root.get("status").in(openStatuses()));
            where.add(cb.lessThanOrEqualTo(root.get("dueOn"), soon));
        } else if ("late".equals(due)) {
            // settled after the due day: the requests that missed the target
            where.add(cb.isNotNull(root.get("resolvedOn")));
            where.add(cb.greaterThan(root.get("resolvedOn"), root.get("dueOn")));
        } else if (due != null) {
            where.add(cb.disjunction());
        }
        String year = r.filter("year");
        if (year != null) {
            if (year.matches("\\d{4}")) {
                int y = Integer.parseInt(year);
                where.add(cb.between(root.get("receivedOn"), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            } else {
                where.add(cb.disjunction());
            }
        }
        String q = r.filter("q");
        if (q != null) {
            String pattern = Listing.containing(q);
            where.add(cb.or(cb.like(cb.lower(root.get("subjectName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("description")), pattern, '\\')));
        }
        return where;
    }

    static List<ServiceStatus> openStatuses() {
        return java.util.Arrays.stream(ServiceStatus.values()).filter(ServiceStatus::open).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
