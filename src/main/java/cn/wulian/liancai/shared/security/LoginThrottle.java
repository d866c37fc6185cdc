package cn.wulian.liancai.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing, for the login page and HTTP Basic alike.
 * <ul>
 * <li>Per user name: after {@code free} failures, each further attempt must wait twice as long as
 * the one before (from {@code base} seconds, at most {@code max}) after the latest failure.</li>
 * <li>Per client address: the same, counted in <em>different user names</em> that failed from it —
 * one guesser trying many accounts (password spraying). Counting names rather than attempts keeps an
 * office behind one address usable when one colleague mistypes their own password again and again,
 * and leaves other accounts unaffected by an attack on one.</li>
 * </ul>
 * An attempt that comes too early is refused <em>without</em> running the password hash, so
 * guessing costs the server no more than a map look-up; it does not count as a failure either, so the
 * holder can log in as soon as the wait is over. A success clears the user name's count, not the
 * address's. A count is forgotten after {@code max} seconds without failure. Counts are kept in
 * memory, per instance.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_ENTRIES = 100_000;
    /** names remembered per address: enough to reach any sensible threshold */
    static final int MAX_NAMES = 64;

    @Inject
    @ConfigProperty(name = "liancai.login.free-failures", defaultValue = "5")
    int free;

    @Inject
    @ConfigProperty(name = "liancai.login.address-free-names", defaultValue = "5")
    int addressFree;

    @Inject
    @ConfigProperty(name = "liancai.login.base-delay-seconds", defaultValue = "1")
    long baseSeconds;

    @Inject
    @ConfigProperty(name = "liancai.login.max-delay-seconds", defaultValue = "900")
    long maxSeconds;

    LongSupplier nanos = System::nanoTime;

    private record Failures(int count, long lastNanos) {
    }

    private record Sprayed(Set<String> names, long lastNanos) {
    }

    private final ConcurrentHashMap<String, Failures> byName = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Sprayed> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle() {
    }

    LoginThrottle(int free, int addressFree, long baseSeconds, long maxSeconds, LongSupplier nanos) {
        this.free = free;
        this.addressFree = addressFree;
        this.baseSeconds = baseSeconds;
        this.maxSeconds = maxSeconds;
        this.nanos = nanos;
    }

    /** seconds (rounded up) before this user name may be tried from this address; 0 when now */
    public long waitSeconds(String username, String address) {
        long now = nanos.getAsLong();
        long wait = 0;
        Failures f = byName.get(name(username));
        if (f != null && f.count() >= free) {
            wait = f.lastNanos() + delayNanos(f.count() - free) - now;
        }
        Sprayed s = address == null ? null : byAddress.get(address);
        if (s != null && s.names().size() >= addressFree) {
            wait = Math.max(wait, s.lastNanos() + delayNanos(s.names().size() - addressFree) - now);
        }
        return wait <= 0 ? 0 : (wait + 999_999_999L) / 1_000_000_000L;
    }

    public void failed(String username, String address) {
        long now = nanos.getAsLong();
        if (byName.size() + byAddress.size() >= MAX_ENTRIES) {
            forgetQuiet(now);
        }
        String name = name(username);
        byName.compute(name, (k, old) -> new Failures(old == null || quiet(old.lastNanos(), now) ? 1 : old.count() + 1, now));
        if (address != null) {
            byAddress.compute(address, (k, old) -> {
                Set<String> names = old == null || quiet(old.lastNanos(), now) ? new HashSet<>() : new HashSet<>(old.names());
                if (names.size() < MAX_NAMES) {
                    names.add(name);
                }
                return new Sprayed(Set.copyOf(names), now);
            });
        }
    }

    public void succeeded(String username) {
        byName.remove(name(username));
    }

    /** the wait after {@code beyond} failures past the free ones: base, 2·base, 4·base … at most max */
    long delayNanos(int beyond) {
        long seconds = baseSeconds;
        for (int i = 0; i < beyond && seconds < maxSeconds; i++) {
            seconds *= 2;
        }
        return Math.min(seconds, maxSeconds) * 1_000_000_000L;
    }

    /** no failure for longer than the longest wait: the count starts again */
    private boolean quiet(long lastNanos, long now) {
        return now - lastNanos > maxSeconds * 1_000_000_000L;
    }

    private void forgetQuiet(long now) {
        byName.entrySet().removeIf(e -> quiet(e.getValue().lastNanos(), now));
        byAddress.entrySet().removeIf(e -> quiet(e.getValue().lastNanos(), now));
        if (byName.size() + byAddress.size() >= MAX_ENTRIES) {
            // a flood of names or addresses: forgetting all is better than running out of memory
            byName.clear();
            byAddress.clear();
        }
    }

    private static String name(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
