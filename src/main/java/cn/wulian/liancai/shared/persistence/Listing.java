package cn.wulian.liancai.shared.persistence;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One page of a filtered, sorted list of entities, the way every list of the app is read: the
 * count of the whole list, then the window, sorted by one column and then by id so that pages
 * neither repeat nor skip a row.
 *
 * @param <T> the entity listed
 */
public final class Listing<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final Map<String, String> sortable;
    private final String defaultSort;
    private final boolean defaultAscending;

    /**
     * @param sortable         sort names a request may give → the entity's attribute
     * @param defaultSort      the attribute sorted by when the request names none it may
     * @param defaultAscending that sort's direction
     */
    public Listing(EntityManager em, Class<T> type, Map<String, String> sortable, String defaultSort, boolean defaultAscending) {
        this.em = em;
        this.type = type;
        this.sortable = sortable;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
    }

    /**
     * @param where  the request's filters as predicates over the root
     * @param fetch  joins to fetch with the rows (not with the count)
     */
    public Page<T> page(PageRequest request, BiFunction<CriteriaBuilder, Root<T>, List<Predicate>> where, Consumer<Root<T>> fetch) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(where.apply(cb, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        fetch.accept(root);
        select.select(root).where(where.apply(cb, root).toArray(Predicate[]::new));
        String asked = request.sortField() == null ? null : sortable.get(request.sortField());
        Expression<?> sortBy = root.get(asked == null ? defaultSort : asked);
        boolean ascending = asked == null ? defaultAscending : request.ascending();
        select.orderBy(ascending ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
        List<T> rows = em.createQuery(select).setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList();
        return new Page<>(total, rows);
    }

    /** a LIKE pattern (escape character {@code \}) matching text that contains {@code typed}, ignoring case */
    public static String containing(String typed) {
        return "%" + typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
