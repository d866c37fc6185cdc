package cn.wulian.liancai.project.control;

import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.persistence.Listing;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The project list's filters and sorts. {@code platform} is forced by the facade for a manager; a
 * flag filter arrives as the set of ids that carry the flag, since flags are computed, not stored.
 * {@code platform=none} finds the projects no platform houses.
 */
public class ProjectQuery {

    /** the names a list may be sorted by → the attribute */
    public static final Map<String, String> SORTABLE = Map.of("title", "title", "plannedInvestment", "plannedInvestment",
            "actualInvestment", "actualInvestment", "stage", "stage", "openedOn", "openedOn", "stageSince", "stageSince",
            "countyLeader", "countyLeader", "industry", "industry", "updatedAt", "updatedAt");

    private final EntityManager em;

    public ProjectQuery(EntityManager em) {
        this.em = em;
    }

    /** @param onlyIds when not null, only these projects (a computed filter's result) */
    public Page<Project> page(PageRequest request, Collection<Long> onlyIds) {
        if (onlyIds != null && onlyIds.isEmpty()) {
            return new Page<>(0, List.of());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Project> countRoot = count.from(Project.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request, onlyIds).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Project> select = cb.createQuery(Project.class);
        Root<Project> root = select.from(Project.class);
        fetchShown(root);
        select.select(root).where(predicates(cb, root, request, onlyIds).toArray(Predicate[]::new)).orderBy(order(cb, root, request));
        List<Project> rows = em.createQuery(select).setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList();
        return new Page<>(total, rows);
    }

    /** the ids of the whole list in the order of its pages, for an export; {@code onlyIds} as in {@link #page} */
    public List<Long> ids(PageRequest request, Collection<Long> onlyIds) {
        if (onlyIds != null && onlyIds.isEmpty()) {
            return List.of();
        }
        return Listing.ids(em, Project.class, (cb, root) -> predicates(cb, root, request, onlyIds), (cb, root) -> order(cb, root, request));
    }

    /** these projects, in this order, with what a row of the list shows of them */
    public List<Project> inOrder(List<Long> ids) {
        return Listing.inOrder(em, Project.class, ids, ProjectQuery::fetchShown);
    }

    private static void fetchShown(Root<Project> root) {
        root.fetch("platform", JoinType.LEFT);
        root.fetch("team", JoinType.LEFT);
        root.fetch("leadTalent", JoinType.LEFT);
        root.fetch("township", JoinType.LEFT);
        root.fetch("recommenderTalent", JoinType.LEFT);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Project> root, PageRequest request) {
        String attribute = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "updatedAt");
        boolean ascending = request.sortField() != null && request.ascending();
        return List.of(ascending ? cb.asc(root.get(attribute)) : cb.desc(root.get(attribute)), cb.asc(root.get("id")));
    }

    /** every project the request's filters (not its paging) select */
    public List<Project> all(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Project> select = cb.createQuery(Project.class);
        Root<Project> root = select.from(Project.class);
        select.select(root).where(predicates(cb, root, request, null).toArray(Predicate[]::new));
        return em.createQuery(select).getResultList();
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, Root<Project> root, PageRequest r, Collection<Long> onlyIds) {
        List<Predicate> where = new ArrayList<>();
        if (onlyIds != null) {
            where.add(root.get("id").in(onlyIds));
        }
        String platform = r.filter("platform");
        if ("none".equals(platform)) {
            // through a join of its own: the row query also fetch-joins the platform, and a path to it would match nothing
            where.add(cb.isNull(root.join("platform", JoinType.LEFT).get("id")));
        } else if (platform != null) {
            where.add(cb.equal(root.join("platform", JoinType.LEFT).get("code"), platform));
        }
        String stage = r.filter("stage");
        if (stage != null) {
            ProjectStage s = parse(stage);
            where.add(s == null ? cb.disjunction() : cb.equal(root.get("stage"), s));
        }
        equal(cb, where, root.get("industry"), r.filter("industry"));
        equal(cb, where, root.get("countyLeader"), r.filter("countyLeader"));
        String township = r.filter("township");
        if (township != null) {
            where.add(cb.equal(root.join("township", JoinType.LEFT).get("code"), township));
        }
        String team = r.filter("team");
        if (team != null) {
            where.add(team.matches("\\d{1,18}") ? cb.equal(root.join("team", JoinType.LEFT).get("id"), Long.valueOf(team)) : cb.disjunction());
        }
        String q = r.filter("q");
        if (q != null) {
            String pattern = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("title")), pattern, '\\'),
                    cb.like(cb.lower(root.get("location")), pattern, '\\'),
                    cb.like(cb.lower(root.get("countyLeader")), pattern, '\\'),
                    cb.like(cb.lower(root.join("leadTalent", JoinType.LEFT).get("name")), pattern, '\\')));
        }
        return where;
    }

    private static void equal(CriteriaBuilder cb, List<Predicate> where, jakarta.persistence.criteria.Path<Object> path, String value) {
        if (value != null) {
            where.add(cb.equal(path, value));
        }
    }

    private static ProjectStage parse(String stage) {
        try {
            return ProjectStage.valueOf(stage.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
