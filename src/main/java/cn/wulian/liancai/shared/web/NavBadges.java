package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * The counts beside the navigation entries ({@code #{navBadges.of('followups')}}), each asked of
 * its {@link WorkCount} once per request: the layout renders an entry's badge and its title from
 * the same figure.
 */
@Named
@RequestScoped
public class NavBadges {

    @Inject
    Instance<WorkCount> counts;

    @Inject
    CurrentUser user;

    private final Map<String, Long> known = new HashMap<>();

    /** The work waiting in the entry for the signed-in user; 0 for no work, an unknown entry or no user. */
    public long of(String entry) {
        return known.computeIfAbsent(entry, this::count);
    }

    private long count(String entry) {
        if (!user.isLoggedIn()) {
            return 0;
        }
        long sum = 0;
        for (WorkCount count : counts) {
            if (count.entry().equals(entry)) {
                sum += count.count(user);
            }
        }
        return sum;
    }
}
