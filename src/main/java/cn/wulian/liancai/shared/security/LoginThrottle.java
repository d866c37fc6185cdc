package cn.wulian.liancai.shared.security;

import cn.wulian.liancai.shared.persistence.Database;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
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
 * guessing costs the server no more than a look-up by key; it does not count as a failure either, so
 * the holder can log in as soon as the wait is over. A success clears the user name's count, not the
 * address's. A count is forgotten after {@code max} seconds without failure.
 *
 * <p>The counts are kept in the database ({@link FailureCounts#inDatabase}): every instance of a
 * cluster sees the same ones, so a guesser spread over several instances gets no more attempts, and a
 * restart does not start them again. Times are the wall clock's, which the instances share.
 */
@ApplicationScoped
public class LoginThrottle {

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

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    LongSupplier millis = System::currentTimeMillis;

    private FailureCounts counts;

    public LoginThrottle() {
    }

    LoginThrottle(int free, int addressFree, long baseSeconds, long maxSeconds, LongSupplier millis, FailureCounts counts) {
        this.free = free;
        this.addressFree = addressFree;
        this.baseSeconds = baseSeconds;
        this.maxSeconds = maxSeconds;
        this.millis = millis;
        this.counts = counts;
    }

    @PostConstruct
    void init() {
        counts = FailureCounts.inDatabase(dataSource);
    }

    /** seconds (rounded up) before this user name may be tried from this address; 0 when now */
    public long waitSeconds(String username, String address) {
        long now = millis.getAsLong();
        long wait = 0;
        FailureCounts.Count byName = counts.find(FailureCounts.NAME + name(username));
        if (byName != null && byName.failures() >= free) {
            wait = byName.lastMillis() + delayMillis(byName.failures() - free) - now;
        }
        FailureCounts.Count byAddress = address == null ? null : counts.find(FailureCounts.ADDRESS + address);
        if (byAddress != null && byAddress.failures() >= addressFree) {
            wait = Math.max(wait, byAddress.lastMillis() + delayMillis(byAddress.failures() - addressFree) - now);
        }
        return wait <= 0 ? 0 : (wait + 999) / 1000;
    }

    public void failed(String username, String address) {
        long now = millis.getAsLong();
        long quietBefore = now - maxSeconds * 1000;
        String name = name(username);
        counts.failed(FailureCounts.NAME + name, null, now, quietBefore);
        if (address != null) {
            counts.failed(FailureCounts.ADDRESS + address, name, now, quietBefore);
        }
    }

    public void succeeded(String username) {
        counts.clear(FailureCounts.NAME + name(username));
    }

    /** the wait after {@code beyond} failures past the free ones: base, 2·base, 4·base … at most max */
    long delayMillis(int beyond) {
        long seconds = baseSeconds;
        for (int i = 0; i < beyond && seconds < maxSeconds; i++) {
            seconds *= 2;
        }
        return Math.min(seconds, maxSeconds) * 1000;
    }

    private static String name(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
