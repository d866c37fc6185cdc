package cn.wulian.liancai.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.PageRequest;

/**
 * Who is calling, with their role and, for a platform manager, their platform. Every rule about
 * scope and masking asks this bean, in pages and in the API alike.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    CallerDirectory directory;

    private Caller caller;
    private boolean loaded;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    /** the account behind the caller, read once per request; null when not logged in */
    public Caller caller() {
        if (!loaded) {
            loaded = true;
            String name = getUsername();
            caller = name == null ? null : directory.find(name).orElse(null);
        }
        return caller;
    }

    /**
     * The caller's role when this request has already read their account, else null: for the
     * audit trail, which is written while the persistence context commits and must not query it
     * then. Every change is made after a role check, which reads the account.
     */
    public String roleIfRead() {
        return loaded && caller != null && caller.enabled() ? caller.role() : null;
    }

    public String getDisplayName() {
        Caller a = caller();
        return a == null ? getUsername() : a.displayName();
    }

    /**
     * Answers from the account table, not from {@code SecurityContext.isCallerInRole}: on Payara
     * Micro 7.2025.1 the latter now and then answers false for a logged-in caller under concurrent
     * load (seen: 3 of 1,500 page requests), and the table is also where a changed role takes effect
     * at once. The container still enforces its own role checks at the door.
     */
    public boolean hasRole(String role) {
        Caller a = caller();
        return a != null && a.enabled() && a.role().equals(role);
    }

    /** office staff and administrators: the people who look after talents */
    public boolean isStaff() {
        return hasRole(Role.OFFICE) || hasRole(Role.ADMIN);
    }

    public String getRole() {
        Caller a = caller();
        return a == null || !a.enabled() ? null : a.role();
    }

    /**
     * The grant tokens of those who may read the office's internal notes (a talent's 备注, the notes
     * on talent relations): office staff and administrators. The one rule, read by
     * {@link #maySeeInternalNotes()} for pages, API answers and exports, and by the search index's
     * documents as the readers of the field the notes are indexed in.
     */
    public static final Set<String> INTERNAL_NOTE_READERS = Set.of(grant(Role.OFFICE), grant(Role.ADMIN));

    /** whether this caller may read the office's internal notes; everyone else gets none of them, not even masked */
    public boolean maySeeInternalNotes() {
        return grants().stream().anyMatch(INTERNAL_NOTE_READERS::contains);
    }

    /** the platform a manager is bound to, or null */
    public String platformCode() {
        Caller a = caller();
        // only a manager acts for a platform; a reviewer who runs one sits on the committee as a reviewer (the award reads it as a conflict)
        return a == null || !hasRole(Role.PLATFORM_MANAGER) ? null : a.platformCode();
    }

    /**
     * Tokens that the search index's documents name as their readers: the caller's role and, for
     * a manager, their platform.
     */
    public Set<String> grants() {
        Set<String> grants = new LinkedHashSet<>();
        String role = getRole();
        if (role != null) {
            grants.add(grant(role));
        }
        String platform = platformCode();
        if (platform != null) {
            grants.add("platform:" + platform);
        }
        return grants;
    }

    private static String grant(String role) {
        return "role:" + role;
    }

    /**
     * A record as this caller may see it: office staff any existing one (404 when missing); a
     * manager only one of their own platform — another platform's id and a missing id are refused
     * alike (403), so a manager cannot learn which ids exist.
     *
     * @param found      the record, or null when there is none
     * @param platformOf the platform code of a record, null when no platform houses it
     */
    public <T> T inScope(T found, Function<T, String> platformOf, String what, long id) {
        if (hasRole(Role.PLATFORM_MANAGER)) {
            String own = platformCode();
            if (found == null || own == null || !own.equals(platformOf.apply(found))) {
                throw new Forbidden("not a " + what + " of the manager's platform");
            }
        } else if (found == null) {
            throw new NotFound(what, id);
        }
        return found;
    }

    public boolean isManager() {
        return hasRole(Role.PLATFORM_MANAGER);
    }

    /** refuses anyone but office staff, administrators and platform managers */
    public void requireStaffOrManager(String why) {
        if (!isStaff() && !isManager()) {
            throw new Forbidden(why);
        }
    }

    /** refuses anyone but office staff and administrators */
    public void requireStaff(String why) {
        if (!isStaff()) {
            throw new Forbidden(why);
        }
    }

    /**
     * refuses anyone who holds none of these roles ({@link Role#ALL}: anyone signed in with an
     * enabled account)
     */
    public void requireRole(String why, String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return;
            }
        }
        throw new Forbidden(why);
    }

    /**
     * A list request as this caller may make it: a manager's is their own platform's. Asked for another platform's, it
     * finds nothing — what of that platform they may see — rather than their own records under the other's name.
     */
    public PageRequest scoped(PageRequest request) {
        if (!isManager()) {
            return request;
        }
        String asked = request.filter("platform");
        boolean another = asked != null && !asked.isBlank() && !asked.strip().equals(platformCode());
        return request.withFilter("platform", another ? NO_PLATFORM : platformCode());
    }

    /** a platform filter no record matches: no platform's code has a space or a bracket */
    static final String NO_PLATFORM = "(another platform)";
}
