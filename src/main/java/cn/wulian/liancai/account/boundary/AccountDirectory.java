package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CallerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The account table as {@code shared.security} sees it: a caller's role, platform and linked talent. */
@ApplicationScoped
public class AccountDirectory implements CallerDirectory {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Caller> find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst()
                .map(a -> new Caller(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.isEnabled(),
                        a.getPlatform() == null ? null : a.getPlatform().getCode(), a.getTalentId()));
    }
}
