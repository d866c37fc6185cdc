package cn.wulian.liancai.team.control;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.persistence.Listing;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The team list's filters and sorts. {@code platform} is forced by the facade for a manager, so a
 * manager's list never holds another platform's team, whatever the request says.
 */
public class TeamQuery {

    /** the names a list may be sorted by → the attribute */
    public static final Map<String, String> SORTABLE = Map.of("name", "name", "foundedOn", "foundedOn", "headcount", "headcount",
            "status", "status", "updatedAt", "updatedAt", "field", "field");

    private final EntityManager em;

    public TeamQuery(EntityManager em) {
        this.em = em;
    }

    public Page<Team> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Team> countRoot = count.from(Team.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Team> select = cb.createQuery(Team.class);
        Root<Team> root = select.from(Team.class);
        fetchShown(root);
        select.select(root).where(predicates(cb, root, request).toArray(Predicate[]::new)).orderBy(order(cb, root, request));
        List<Team> rows = em.createQuery(select).setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList();
        return new Page<>(total, rows);
    }

    /** the ids of the whole list in the order of its pages, for an export */
    public List<Long> ids(PageRequest request) {
        return Listing.ids(em, Team.class, (cb, root) -> predicates(cb, root, request), (cb, root) -> order(cb, root, request));
    }

    /** these teams, in this order, with what a row of the list shows of them */
    public List<Team> inOrder(List<Long> ids) {
        return Listing.inOrder(em, Team.class, ids, TeamQuery::fetchShown);
    }

    private static void fetchShown(Root<Team> root) {
        root.fetch("platform", JoinType.LEFT);
        root.fetch("leader", JoinType.LEFT);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Team> root, PageRequest request) {
        String attribute = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "updatedAt");
        boolean ascending = request.sortField() != null && request.ascending();
        Expression<?> sortBy = root.get(attribute);
        return List.of(ascending ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, Root<Team> root, PageRequest r) {
        List<Predicate> where = new ArrayList<>();
        String platform = r.filter("platform");
        if (platform != null) {
            where.add(cb.equal(root.join("platform", JoinType.LEFT).get("code"), platform));
        }
        String status = r.filter("status");
        if (status != null) {
            TeamStatus s = parse(status);
            where.add(s == null ? cb.disjunction() : cb.equal(root.get("status"), s));
        }
        String field = r.filter("field");
        if (field != null) {
            where.add(cb.equal(root.get("field"), field));
        }
        String q = r.filter("q");
        if (q != null) {
            String pattern = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("name")), pattern, '\\'),
                    cb.like(cb.lower(root.get("companyName")), pattern, '\\'),
                    cb.like(cb.lower(root.join("leader", JoinType.LEFT).get("name")), pattern, '\\')));
        }
        return where;
    }

    private static TeamStatus parse(String status) {
        try {
            return TeamStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
