package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.References;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The accounts' use cases, administrators only. So far only deleting one created by mistake: an
 * account that any record names (a talent's liaison, a logged contact, a step of a team, project,
 * application or award) stays, so that history keeps saying who did what; it can be disabled.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    References references;

    public void remove(String username) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new Forbidden("accounts are the administrator's");
        }
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("account", username));
        if (account.getUsername().equals(user.getUsername())) {
            throw DomainViolation.of("username", "validation.account.self");
        }
        references.requireUnused(new Referred(RecordKind.ACCOUNT, account.getId(), account.getUsername()));
        em.remove(account);
    }
}
