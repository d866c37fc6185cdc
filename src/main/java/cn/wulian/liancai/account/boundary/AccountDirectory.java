package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CallerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** The account table as {@code shared.security} sees it: a caller's role, platform and log-in record. */
@ApplicationScoped
public class AccountDirectory implements CallerDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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
    }

    @Override
    @Transactional
    public FailedLogins loggedIn(String username) {
        FailedLogins unseen = account(username)
                .map(a -> a.getFailedLogins() == 0 ? FailedLogins.NONE : new FailedLogins(a.getFailedLogins(), a.getLastFailedLoginAt()))
                .orElse(FailedLogins.NONE);
        record(Account.LOGGED_IN_SQL, username);
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
