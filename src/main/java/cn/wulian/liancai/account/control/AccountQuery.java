package cn.wulian.liancai.account.control;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.persistence.Listing;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The account list's filters: {@code q} (user name or display name), {@code role}, {@code platform}
 * (code) and {@code status} ({@code enabled} or {@code disabled}).
 */
public class AccountQuery {

    public static final List<String> FILTERS = List.of("q", "role", "platform", "status");

    /** the names a list may be sorted by → the attribute */
    public static final Map<String, String> SORTABLE = Map.of("username", "username", "displayName", "displayName", "role", "role",
            "lastLoginAt", "lastLoginAt", "createdAt", "createdAt", "enabled", "enabled");

    private final Listing<Account> listing;

    public AccountQuery(EntityManager em) {
        this.listing = new Listing<>(em, Account.class, SORTABLE, "username", true);
    }

    public Page<Account> page(PageRequest request) {
        // with no sort asked for, by user name from a to z
        return listing.page(request, (cb, root) -> predicates(cb, root, request), root -> root.fetch("platform", JoinType.LEFT));
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, Root<Account> root, PageRequest r) {
        List<Predicate> where = new ArrayList<>();
        String q = r.filter("q");
        if (q != null) {
            String pattern = Listing.containing(q);
            where.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'), cb.like(cb.lower(root.get("displayName")), pattern, '\\')));
        }
        String role = r.filter("role");
        if (role != null) {
            where.add(cb.equal(root.get("role"), role));
        }
        String platform = r.filter("platform");
        if (platform != null) {
            where.add(cb.equal(root.join("platform", JoinType.LEFT).get("code"), platform));
        }
        String status = r.filter("status");
        if (status != null) {
            // by the moment of disabling: a boolean literal in a criteria query reaches Derby as 0 or 1 under Payara's EclipseLink
            where.add("disabled".equals(status) ? cb.isNotNull(root.get("disabledAt")) : cb.isNull(root.get("disabledAt")));
        }
        return where;
    }
}
