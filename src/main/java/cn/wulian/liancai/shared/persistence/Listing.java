package cn.wulian.liancai.shared.persistence;

import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** ids per query in {@link #inOrder} */
    private static final int IN_LIST = 500;

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
        select.select(root).where(where.apply(cb, root).toArray(Predicate[]::new)).orderBy(order(cb, root, request));
        List<T> rows = em.createQuery(select).setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList();
        return new Page<>(total, rows);
    }

    /** the ids of the whole list, in the order of its pages: what an export reads its rows by ({@link #inOrder}) */
    public List<Long> ids(PageRequest request, BiFunction<CriteriaBuilder, Root<T>, List<Predicate>> where) {
        return ids(em, type, where, (cb, root) -> order(cb, root, request));
    }

    /**
     * The ids of the entities {@code where} selects, in {@code order} (which ends with the id, so
     * that ties keep one order): the first step of an export, eight bytes a row however wide the rows.
     */
    public static <E> List<Long> ids(EntityManager em, Class<E> type, BiFunction<CriteriaBuilder, Root<E>, List<Predicate>> where,
                                     BiFunction<CriteriaBuilder, Root<E>, List<Order>> order) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<E> root = select.from(type);
        select.select(root.get("id")).where(where.apply(cb, root).toArray(Predicate[]::new)).orderBy(order.apply(cb, root));
        return em.createQuery(select).getResultList();
    }

    private List<Order> order(CriteriaBuilder cb, Root<T> root, PageRequest request) {
        String asked = request.sortField() == null ? null : sortable.get(request.sortField());
        Expression<?> sortBy = root.get(asked == null ? defaultSort : asked);
        boolean ascending = asked == null ? defaultAscending : request.ascending();
        return List.of(ascending ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
    }

    /**
     * The entities of {@code ids} in the order of {@code ids}, in one query (an export's chunk);
     * an id whose row is gone is left out.
     *
     * @param fetch joins to fetch with the rows, as the list's page fetches them
     */
    public static <E> List<E> inOrder(EntityManager em, Class<E> type, List<Long> ids, Consumer<Root<E>> fetch) {
        PersistenceUnitUtil unit = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, E> byId = new HashMap<>();
        // Derby compiles a statement per length of an IN list: lists of one length, and not too long a statement
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<E> select = cb.createQuery(type);
            Root<E> root = select.from(type);
            fetch.accept(root);
            select.select(root).where(root.get("id").in(ids.subList(from, Math.min(ids.size(), from + IN_LIST))));
            for (E e : em.createQuery(select).getResultList()) {
                byId.put(unit.getIdentifier(e), e);
            }
        }
        List<E> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            E e = byId.get(id);
            if (e != null) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    /** a LIKE pattern (escape character {@code \}) matching text that contains {@code typed}, ignoring case */
    public static String containing(String typed) {
        return "%" + typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
