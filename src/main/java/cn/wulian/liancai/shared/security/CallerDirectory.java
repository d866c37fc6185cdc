package cn.wulian.liancai.shared.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Looks up a logged-in user name, and keeps the account's log-in record. Declared here and
 * implemented by the {@code account} feature, which sits above {@code shared}: security plumbing
 * must not import a feature.
 */
public interface CallerDirectory {

    /** the account of that user name, enabled or not; empty when there is none */
    Optional<Caller> find(String username);

    /**
     * How people are named where they are read (a spreadsheet, a page): by their display name, one look-up per
     * user name however many rows name them; a name no account has any more as written.
     */
    default Function<String, String> names() {
        Map<String, String> known = new HashMap<>();
        return username -> username == null || username.isBlank() ? username : known.computeIfAbsent(username,
                u -> find(u).map(Caller::displayName).filter(n -> !n.isBlank()).orElse(u));
    }

    /** a wrong password was given for this user name (nothing happens when there is no such account) */
    void failedLogin(String username);

    /**
     * The holder logged in through the login page: answers the failed attempts since their previous
     * log-in, to be shown to them once, and starts the count again.
     */
    FailedLogins loggedIn(String username);

    /** failed log-ins the holder has not been told of yet; {@code last} is null when there were none */
    record FailedLogins(int count, Instant last) implements Serializable {
        public static final FailedLogins NONE = new FailedLogins(0, null);
    }
}
