package cn.wulian.liancai.shared.security;

import cn.wulian.liancai.account.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is calling, with their role and, for a platform manager, their platform. Every rule about
 * scope and masking asks this bean, in pages and in the API alike.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private Account account;
    private boolean loaded;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    /** the account behind the caller, or null when not logged in */
    public Account account() {
        if (!loaded) {
            loaded = true;
            String name = getUsername();
            if (name != null) {
                account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                        .setParameter("username", name).getResultStream().findFirst().orElse(null);
            }
        }
        return account;
    }

    public String getDisplayName() {
        Account a = account();
        return a == null ? getUsername() : a.getDisplayName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /** office staff and administrators: the people who look after talents */
    public boolean isStaff() {
        return hasRole(Role.OFFICE) || hasRole(Role.ADMIN);
    }

    public String getRole() {
        for (String r : Role.ALL) {
            if (hasRole(r)) {
                return r;
            }
        }
        return null;
    }

    /** the platform a manager is bound to, or null */
    public String platformCode() {
        Account a = account();
        return a == null || a.getPlatform() == null ? null : a.getPlatform().getCode();
    }

    /**
     * Tokens that the search index's documents name as their readers: the caller's role and, for
     * a manager, their platform.
     */
    public Set<String> grants() {
        Set<String> grants = new LinkedHashSet<>();
        String role = getRole();
        if (role != null) {
            grants.add("role:" + role);
        }
        String platform = platformCode();
        if (platform != null) {
            grants.add("platform:" + platform);
        }
        return grants;
    }
}
