package cn.wulian.liancai.support.control;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.persistence.Listing;
import cn.wulian.liancai.support.entity.Application;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application list's filters and sorts: {@code status} (one, or several separated by commas:
 * the office queue asks for {@code SUBMITTED,APPROVED,GRANTED}), {@code policy}, {@code kind},
 * {@code platform} (forced by the facade for a manager; {@code none} for talents), {@code year}
 * of submission and {@code q} in the beneficiary's name. Newest first unless sorted.
 */
public class ApplicationQuery {

    /** the names a list may be sorted by → the attribute */
    public static final Map<String, String> SORTABLE = Map.of("submittedAt", "submittedAt", "subjectName", "subjectName",
            "policyCode", "policyCode", "status", "status", "approvedAmount", "approvedAmount", "requestedAmount", "requestedAmount",
            "decidedAt", "decidedAt", "disbursed", "disbursed");

    private final EntityManager em;
    private final ZoneId zone;

    public ApplicationQuery(EntityManager em, ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    public Page<Application> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Application> countRoot = count.from(Application.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Application> select = cb.createQuery(Application.class);
        Root<Application> root = select.from(Application.class);
        fetchShown(root);
        select.select(root).where(predicates(cb, root, request).toArray(Predicate[]::new)).orderBy(order(cb, root, request));
        List<Application> rows = em.createQuery(select).setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList();
        return new Page<>(total, rows);
    }

    /** the ids of the whole list in the order of its pages, for an export */
    public List<Long> ids(PageRequest request) {
        return Listing.ids(em, Application.class, (cb, root) -> predicates(cb, root, request), (cb, root) -> order(cb, root, request));
    }

    /** these applications, in this order, with what a row of the list shows of them */
    public List<Application> inOrder(List<Long> ids) {
        return Listing.inOrder(em, Application.class, ids, ApplicationQuery::fetchShown);
    }

    private static void fetchShown(Root<Application> root) {
        root.fetch("platform", JoinType.LEFT);
        root.fetch("policy");
        // each row names its subject's id: fetched with the row, not one query per row (an export reads thousands)
        root.fetch("talent", JoinType.LEFT);
        root.fetch("team", JoinType.LEFT);
        root.fetch("project", JoinType.LEFT);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Application> root, PageRequest request) {
        String attribute = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "submittedAt");
        boolean ascending = request.sortField() != null && request.ascending();
        return List.of(ascending ? cb.asc(root.get(attribute)) : cb.desc(root.get(attribute)), cb.desc(root.get("id")));
    }

    private List<Predicate> predicates(CriteriaBuilder cb, Root<Application> root, PageRequest r) {
        List<Predicate> where = new ArrayList<>();
        String platform = r.filter("platform");
        if ("none".equals(platform)) {
            where.add(cb.isNull(root.join("platform", JoinType.LEFT).get("id")));
        } else if (platform != null) {
            where.add(cb.equal(root.join("platform", JoinType.LEFT).get("code"), platform));
        }
        String status = r.filter("status");
        if (status != null) {
            List<ApplicationStatus> wanted = new ArrayList<>();
            for (String s : status.split(",")) {
                ApplicationStatus one = parse(ApplicationStatus.class, s);
                if (one != null) {
                    wanted.add(one);
                }
            }
            where.add(wanted.isEmpty() ? cb.disjunction() : root.get("status").in(wanted));
        }
        String policy = r.filter("policy");
        if (policy != null) {
            where.add(cb.equal(root.get("policyCode"), policy.toLowerCase(Locale.ROOT)));
        }
        String kind = r.filter("kind");
        if (kind != null) {
            SubjectKind k = parse(SubjectKind.class, kind);
            where.add(k == null ? cb.disjunction() : cb.equal(root.get("subjectKind"), k));
        }
        String year = r.filter("year");
        if (year != null) {
            if (year.matches("\\d{4}")) {
                int y = Integer.parseInt(year);
                where.add(cb.between(root.get("submittedAt"), LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant(),
                        LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant().minusNanos(1000)));
            } else {
                where.add(cb.disjunction());
            }
        }
        String subject = r.filter("subject");
        if (subject != null) {
            // "TEAM:12": one beneficiary's applications, for its page
            String[] parts = subject.split(":");
            SubjectKind k = parts.length == 2 ? parse(SubjectKind.class, parts[0]) : null;
            if (k == null || !parts[1].matches("\\d{1,18}")) {
                where.add(cb.disjunction());
            } else {
                String attribute = k.name().toLowerCase(Locale.ROOT);
                where.add(cb.equal(root.join(attribute, JoinType.LEFT).get("id"), Long.valueOf(parts[1])));
            }
        }
        String q = r.filter("q");
        if (q != null) {
            String pattern = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.like(cb.lower(root.get("subjectName")), pattern, '\\'));
        }
        return where;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
