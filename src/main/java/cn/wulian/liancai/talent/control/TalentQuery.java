package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.shared.Batch;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.persistence.Listing;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The talent list's filters and sort orders as a JPA criteria query. Text filters match a part of
 * the value ("大学" finds every university); {@code q} matches any of the text columns (the quick
 * filter, e.g. on a phone where most columns are hidden); codes (stage, degree, township) match exactly; {@code ids}
 * ("12,15,3") keeps the rows a user picked. Merged
 * records (redirects to their survivor) are never listed. Unknown
 * filter or sort names are ignored rather than failing, since they come from the browser.
 */
public class TalentQuery {

    /** the names a list may be sorted by → the attribute */
    public static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "birthYear", "birthYear", "degree", "degree", "school", "school",
            "city", "city", "employer", "employer", "stage", "stage", "updatedAt", "updatedAt",
            "township", "township.code");

    private final EntityManager em;

    public TalentQuery(EntityManager em) {
        this.em = em;
    }

    public Page<Talent> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Talent> countRoot = count.from(Talent.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Talent> select = cb.createQuery(Talent.class);
        Root<Talent> root = select.from(Talent.class);
        fetchShown(root);
        select.select(root).where(predicates(cb, root, request).toArray(Predicate[]::new)).orderBy(order(cb, root, request));
        List<Talent> rows = em.createQuery(select)
                .setFirstResult(request.offset())
                .setMaxResults(request.limit())
                .getResultList();
        return new Page<>(total, rows);
    }

    /** the ids of the whole list in the order of its pages, for an export */
    public List<Long> ids(PageRequest request) {
        return Listing.ids(em, Talent.class, (cb, root) -> predicates(cb, root, request), (cb, root) -> order(cb, root, request));
    }

    /** these talents, in this order, with what a row of the list shows of them */
    public List<Talent> inOrder(List<Long> ids) {
        return Listing.inOrder(em, Talent.class, ids, TalentQuery::fetchShown);
    }

    private static void fetchShown(Root<Talent> root) {
        root.fetch("township", JoinType.LEFT);
        root.fetch("liaison", JoinType.LEFT);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Talent> root, PageRequest request) {
        String attribute = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "updatedAt");
        boolean ascending = request.sortField() == null ? false : request.ascending();
        Expression<?> sortBy = switch (attribute) {
            case "degree" -> rank(cb, root.get("degree"), Degree.values());
            case "stage" -> rank(cb, root.get("stage"), Stage.values());
            default -> path(root, attribute);
        };
        return List.of(ascending ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
    }

    /** enums sort by their order of rank (高中 < 大专 < … < 博士), not by the spelling of their codes */
    private static <E extends Enum<E>> Expression<Integer> rank(CriteriaBuilder cb, Path<E> path, E[] values) {
        // compared as the stored text: EclipseLink would otherwise bind the enum's ordinal
        CriteriaBuilder.SimpleCase<String, Integer> rank = cb.selectCase(path.as(String.class));
        for (E e : values) {
            rank = rank.when(e.name(), e.ordinal());
        }
        return rank.otherwise(-1);
    }

    private static Path<?> path(Root<Talent> root, String attribute) {
        int dot = attribute.indexOf('.');
        return dot < 0 ? root.get(attribute) : root.join(attribute.substring(0, dot), JoinType.LEFT).get(attribute.substring(dot + 1));
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, Root<Talent> root, PageRequest r) {
        List<Predicate> where = new ArrayList<>();
        // a merged record is a redirect to its survivor, not a talent of the list
        where.add(cb.isNull(root.get("mergedInto")));
        for (String text : List.of("name", "school", "major", "city", "employer", "title", "village")) {
            String v = r.filter(text);
            if (v != null) {
                where.add(cb.like(cb.lower(root.get(text)), "%" + escape(v.toLowerCase(Locale.ROOT)) + "%", '\\'));
            }
        }
        String quick = r.filter("q");
        if (quick != null) {
            String pattern = "%" + escape(quick.toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(List.of("name", "school", "major", "city", "employer", "title", "expertise").stream()
                    .map(f -> cb.like(cb.lower(root.get(f).as(String.class)), pattern, '\\'))
                    .toArray(Predicate[]::new)));
        }
        String expertise = r.filter("expertise");
        if (expertise != null) {
            where.add(cb.like(cb.lower(root.get("expertise").as(String.class)), "%" + escape(expertise.toLowerCase(Locale.ROOT)) + "%", '\\'));
        }
        String stage = r.filter("stage");
        if (stage != null) {
            Stage s = parse(Stage.class, stage);
            where.add(s == null ? cb.disjunction() : cb.equal(root.get("stage"), s));
        }
        String degree = r.filter("degree");
        if (degree != null) {
            Degree d = parse(Degree.class, degree);
            where.add(d == null ? cb.disjunction() : cb.equal(root.get("degree"), d));
        }
        String township = r.filter("township");
        if (township != null) {
            if ("-".equals(township)) {
                where.add(cb.isNull(root.join("township", JoinType.LEFT)));
            } else {
                var t = root.join("township", JoinType.LEFT);
                where.add(cb.or(cb.equal(t.get("code"), township), cb.equal(t.get("name"), township)));
            }
        }
        for (String[] exact : new String[][] {{"cities", "city"}, {"villages", "village"}}) {
            String spelled = r.filter(exact[0]);
            if (spelled != null) {
                // one place however it was written: the figures' link names every spelling it counted ("青岛|青島")
                List<String> spellings = java.util.Arrays.stream(spelled.split("\\|")).map(String::strip).filter(c -> !c.isEmpty())
                        .distinct().limit(50).toList();
                where.add(spellings.isEmpty() ? cb.disjunction() : root.get(exact[1]).in(spellings));
            }
        }
        String returned = r.filter("returned");
        if (returned != null) {
            // the returnees of one year, as the dashboard counts them; a year that cannot be read matches nothing
            Integer year = returned.matches("\\d{4}") ? Integer.valueOf(returned) : null;
            where.add(year == null ? cb.disjunction() : cb.between(root.get("returnedOn"),
                    java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31)));
        }
        String ids = r.filter("ids");
        if (ids != null) {
            // the rows a user picked (an export of the selection): ids that cannot be read match nothing
            List<Long> picked = idList(ids);
            where.add(picked.isEmpty() ? cb.disjunction() : root.get("id").in(picked));
        }
        String liaison = r.filter("liaison");
        if (liaison != null) {
            where.add(cb.equal(root.join("liaison", JoinType.LEFT).get("username"), liaison));
        }
        return where;
    }

    /** "12,15,3" → [12, 15, 3]; at most a batch's number of rows ({@link Batch#MAX_IDS}), what is not a number left out */
    static List<Long> idList(String ids) {
        List<Long> picked = new ArrayList<>();
        for (String part : ids.split(",")) {
            try {
                picked.add(Long.valueOf(part.strip()));
            } catch (NumberFormatException notAnId) {
                // not an id of any row
            }
        }
        return picked.stream().distinct().limit(Batch.MAX_IDS).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // the caller turns this into "matches nothing", as a user filtering by a wrong code expects
        }
    }

    private static String escape(String like) {
        return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
