package cn.wulian.liancai.shared.security;

/**
 * The four roles of the system. Group names in the identity store equal these names, and Payara
 * maps groups to same-named roles, so {@code @RolesAllowed(Role.OFFICE)} works as written.
 */
public final class Role {
    /** talent office staff (人才办): everything about talents, policies, awards set-up */
    public static final String OFFICE = "OFFICE";
    /** an incubator manager, bound to one platform: only that platform's teams and projects */
    public static final String PLATFORM_MANAGER = "PLATFORM_MANAGER";
    /** an award committee member: assigned nominations only, never edits profiles */
    public static final String REVIEWER = "REVIEWER";
    /** system administrator: accounts and configuration, and everything office staff may do */
    public static final String ADMIN = "ADMIN";

    public static final String[] ALL = {OFFICE, PLATFORM_MANAGER, REVIEWER, ADMIN};

    private Role() {
    }

    public static boolean isKnown(String role) {
        for (String r : ALL) {
            if (r.equals(role)) {
                return true;
            }
        }
        return false;
    }
}
