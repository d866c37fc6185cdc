package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.shared.cluster.OtherInstancesChanged;
import cn.wulian.liancai.shared.security.VerifiedCredentials;
import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CallerDirectory;
import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The account table as {@code shared.security} sees it: a caller's role, platform and log-in record. */
@ApplicationScoped
public class AccountDirectory implements CallerDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    static final String LOGGED_IN = "LOGGED_IN";
    static final String LOGIN_FAILED = "LOGIN_FAILED";

    /**
     * How long a caller's account, once read, answers their next requests: every request reads it
     * (role, platform, enabled, security stamp), and an API client or a page's AJAX calls come in
     * bursts. A change made here is seen at once ({@link #forget}, when {@link Accounts} changes an
     * account, and again after its commit); one made on another instance within this time.
     */
    @Inject
    @ConfigProperty(name = "liancai.security.caller-cache-millis", defaultValue = "2000")
    long callerCacheMillis;

    private record Remembered(Optional<Caller> caller, long untilNanos) {
    }

    private final ConcurrentHashMap<String, Remembered> callers = new ConcurrentHashMap<>();

    @Override
    public Optional<Caller> find(String username) {
        Remembered remembered = callers.get(username);
        if (remembered != null && System.nanoTime() - remembered.untilNanos() < 0) {
            return remembered.caller();
        }
        Optional<Caller> caller = account(username).map(a -> new Caller(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(),
                a.isEnabled(), a.getPlatform() == null ? null : a.getPlatform().getCode(), a.getTalentId(), a.getSecurityStamp(),
                a.isMustChangePassword()));
        if (callers.size() > 10_000) {
            callers.clear(); // wrong names tried by the thousand must not grow the map
        }
        callers.put(username, new Remembered(caller, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(callerCacheMillis)));
        return caller;
    }

    /** no account read before a change answers after it: called in the changing transaction and after its end */
    void forget() {
        callers.clear();
    }

    void forgetAfter(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged changed) {
        forget();
    }

    /** the change log's kind of an account changed on one instance: every other one forgets what it remembered */
    static final String KIND = "accounts";

    @Inject
    VerifiedCredentials verified;

    void forgetChangedElsewhere(@Observes OtherInstancesChanged changed) {
        if (changed.has(KIND)) {
            forget();
            verified.forgetAll();
        }
    }

    /** fired when {@link Accounts} changed an account */
    record AccountChanged(String username) {
    }

    @Override
    @Transactional
    public void failedLogin(String username) {
        record(Account.FAILED_LOGIN_SQL, username);
        // whoever tried is named as they typed it: an unknown name is worth knowing too
        Long id = account(username).map(Account::getId).orElse(null);
        trail.record(new Actor(username, null), RecordRef.of(Account.class, id), null, LOGIN_FAILED, List.of(), null);
    }

    @Override
    @Transactional
    public FailedLogins loggedIn(String username) {
        FailedLogins unseen = account(username)
                .map(a -> a.getFailedLogins() == 0 ? FailedLogins.NONE : new FailedLogins(a.getFailedLogins(), a.getLastFailedLoginAt()))
                .orElse(FailedLogins.NONE);
        record(Account.LOGGED_IN_SQL, username);
        account(username).ifPresent(a -> trail.record(new Actor(a.getUsername(), a.getRole()), RecordRef.of(Account.class, a.getId()),
                null, LOGGED_IN, List.of(), null));
        return unseen;
    }

    private void record(String sql, String username) {
        em.createNativeQuery(sql).setParameter(1, Timestamp.from(clock.instant())).setParameter(2, username).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Account.class);
    }

    private Optional<Account> account(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }
}
