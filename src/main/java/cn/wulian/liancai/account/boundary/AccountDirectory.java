package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CallerDirectory;
import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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

    @Override
    public Optional<Caller> find(String username) {
        return account(username).map(a -> new Caller(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.isEnabled(),
                a.getPlatform() == null ? null : a.getPlatform().getCode(), a.getTalentId(), a.getSecurityStamp(),
                a.isMustChangePassword()));
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
