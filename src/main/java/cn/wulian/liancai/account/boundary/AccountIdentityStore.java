package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.shared.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Checks a user name and password against the account table; the account's role becomes its one
 * group (and so its role). Disabled accounts cannot log in. A hash made with fewer iterations than
 * now required is replaced after a successful check, while the password is at hand.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var found = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", up.getCaller())
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            hashing.verifyNothing(up.getPasswordAsString());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = found.get();
        if (!hashing.verify(up.getPasswordAsString(), account.getPasswordHash()) || !account.isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (hashing.isOutdated(account.getPasswordHash())) {
            em.createNativeQuery(Account.UPGRADE_HASH_SQL).setParameter(1, hashing.hash(up.getPasswordAsString()))
                    .setParameter(2, account.getId()).setParameter(3, account.getPasswordHash()).executeUpdate();
            em.getEntityManagerFactory().getCache().evict(Account.class, account.getId());
        }
        return new CredentialValidationResult(account.getUsername(), Set.of(account.getRole()));
    }
}
