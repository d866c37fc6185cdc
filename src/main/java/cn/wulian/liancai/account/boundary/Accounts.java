package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.control.AccountQuery;
import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.account.entity.PasswordRules;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.References;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.PasswordHashing;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.security.VerifiedCredentials;
import cn.wulian.liancai.shared.cluster.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accounts' use cases. Administrators manage every account; office staff manage the accounts
 * of platform managers and reviewers (they add a platform's new manager, a committee's new member),
 * not their colleagues' nor the administrators'. Nobody changes their own role or disables
 * themselves, so an office always keeps an administrator. Every change that a log-in rests on
 * (password, role, platform, disabling) ends the holder's open sessions and any remembered API
 * credential at once.
 * <p>
 * An account is deleted only when created by mistake: one that any record names stays, so that
 * history keeps saying who did what; it is disabled instead.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    static final String KIND = "account";
    /** what office staff may grant and manage */
    static final Set<String> OFFICE_MANAGES = Set.of(Role.PLATFORM_MANAGER, Role.REVIEWER);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    References references;

    @Inject
    PasswordHashing hashing;

    @Inject
    VerifiedCredentials verified;

    @Inject
    ChangeLog changeLog;

    @Inject
    AccountDirectory directory;

    @Inject
    jakarta.enterprise.event.Event<AccountDirectory.AccountChanged> accountChanges;

    @Inject
    LinkedTalents talents;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    /** the trail's actions for a password set by an administrator, and by its holder (the hash itself is never kept) */
    static final String PASSWORD_RESET = "PASSWORD_RESET";
    static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

    public Page<AccountJson> list(PageRequest request) {
        user.requireStaff("accounts are the office's and the administrator's");
        Page<Account> page = new AccountQuery(em).page(request);
        return new Page<>(page.total(), page.rows().stream().map(this::json).toList());
    }

    public AccountJson find(String username) {
        user.requireStaff("accounts are the office's and the administrator's");
        return json(account(username));
    }

    /** the caller's own account */
    public AccountJson me() {
        return json(account(user.getUsername()));
    }

    public AccountJson create(AccountInput input) {
        user.requireStaff("accounts are the office's and the administrator's");
        requireMayGrant(input.role());
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.username() != null && !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", input.username()).getResultList().isEmpty()) {
            errors.put("username", "validation.account.taken");
        }
        Platform platform = platform(input.platform(), errors);
        Long talentId = talent(input.talentId(), errors);
        // every field's problem at once: the password rule's (its message takes the minimum length), the entity's, the look-ups'
        DomainViolation problems = null;
        try {
            PasswordRules.check("password", input.username(), input.password());
        } catch (DomainViolation v) {
            problems = v;
        }
        Account account = null;
        try {
            account = new Account(input.username(), input.displayName(), input.role(), platform, "-", input.email());
        } catch (DomainViolation v) {
            problems = problems == null ? v : problems.with(v.fieldKeys());
        }
        if (!errors.isEmpty()) {
            problems = problems == null ? new DomainViolation(errors) : problems.with(errors);
        }
        if (problems != null) {
            throw problems;
        }
        account.setOneTimePassword(hashing.hash(input.password()));
        account.linkTalent(talentId);
        account.createdAt(clock.instant());
        em.persist(account);
        em.flush();
        return json(account);
    }

    /** display name, e-mail, role, platform and linked talent */
    public AccountJson revise(String username, AccountInput input) {
        Account account = manageable(username);
        Versions.check(account.getVersion(), input.version(), KIND, username);
        Map<String, String> errors = new LinkedHashMap<>();
        Platform platform = platform(input.platform(), errors);
        Long talentId = talent(input.talentId(), errors);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        if (!account.getRole().equals(input.role())) {
            requireMayGrant(input.role());
            requireNotSelf(account, "role");
            requireAnotherAdministrator(account, "role");
        }
        account.revise(input.displayName(), input.email());
        account.assign(input.role(), platform);
        account.linkTalent(talentId);
        changed(username);
        return json(account);
    }

    public AccountJson disable(String username, Long version) {
        Account account = manageable(username);
        Versions.check(account.getVersion(), version, KIND, username);
        requireNotSelf(account, "enabled");
        requireAnotherAdministrator(account, "enabled");
        account.disable(clock.instant());
        changed(username);
        return json(account);
    }

    public AccountJson enable(String username, Long version) {
        Account account = manageable(username);
        Versions.check(account.getVersion(), version, KIND, username);
        account.enable();
        changed(username);
        return json(account);
    }

    /** a one-time password for someone who forgot theirs: they must change it at their next log-in */
    public AccountJson resetPassword(String username, PasswordInput input) {
        Account account = manageable(username);
        requireNotSelf(account, "newPassword");
        Versions.check(account.getVersion(), input.version(), KIND, username);
        PasswordRules.check("newPassword", username, input.newPassword());
        account.setOneTimePassword(hashing.hash(input.newPassword()));
        trail.record(RecordRef.of(Account.class, account.getId()), null, PASSWORD_RESET, null);
        changed(username);
        return json(account);
    }

    /**
     * The caller's own new password, given the current one. Answers the account's new security
     * stamp, which the caller's own session must take on to stay open.
     */
    public long changeOwnPassword(PasswordInput input) {
        Account account = account(user.getUsername());
        if (input.currentPassword() == null || !hashing.verify(input.currentPassword(), account.getPasswordHash())) {
            throw DomainViolation.of("currentPassword", "validation.password.current");
        }
        PasswordRules.check("newPassword", account.getUsername(), input.newPassword());
        if (input.newPassword().equals(input.currentPassword())) {
            throw DomainViolation.of("newPassword", "validation.password.same");
        }
        account.changePassword(hashing.hash(input.newPassword()));
        trail.record(RecordRef.of(Account.class, account.getId()), null, PASSWORD_CHANGED, null);
        changed(account.getUsername());
        return account.getSecurityStamp();
    }

    /** an account created by mistake; 409 naming what still refers to it */
    public void remove(String username) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new Forbidden("only an administrator deletes accounts");
        }
        Account account = account(username);
        if (account.getUsername().equals(user.getUsername())) {
            throw DomainViolation.of("username", "validation.account.self");
        }
        references.requireUnused(new Referred(RecordKind.ACCOUNT, account.getId(), account.getUsername()));
        em.remove(account);
        changed(username);
    }

    /** a password an administrator may hand over as a one-time password: 14 characters, about 80 bits */
    public String suggestPassword() {
        user.requireStaff("accounts are the office's and the administrator's");
        return PasswordRules.random(14);
    }

    private void changed(String username) {
        Versions.flush(em, KIND, username);
        // no remembered API credential outlives the change (sessions end by the security stamp), nor a remembered account
        verified.forgetAll();
        directory.forget();
        // and none on the other instances: they hear it from the change log and forget every account (0: one removed)
        long id = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().map(Account::getId).orElse(0L);
        changeLog.record(AccountDirectory.KIND, List.of(id));
        accountChanges.fire(new AccountDirectory.AccountChanged(username));
    }

    /** an account the caller may change: administrators any, office staff only managers' and reviewers' */
    private Account manageable(String username) {
        user.requireStaff("accounts are the office's and the administrator's");
        Account account = account(username);
        if (!user.hasRole(Role.ADMIN) && !OFFICE_MANAGES.contains(account.getRole())) {
            throw new Forbidden("office staff manage the accounts of platform managers and reviewers only");
        }
        return account;
    }

    private void requireMayGrant(String role) {
        if (!user.hasRole(Role.ADMIN) && role != null && !OFFICE_MANAGES.contains(role)) {
            throw new Forbidden("office staff grant the roles of platform manager and reviewer only");
        }
    }

    private void requireNotSelf(Account account, String field) {
        if (account.getUsername().equals(user.getUsername())) {
            throw DomainViolation.of(field, "validation.account.selfChange");
        }
    }

    /** the last enabled administrator stays one: nobody could manage accounts any more */
    private void requireAnotherAdministrator(Account account, String field) {
        if (Role.ADMIN.equals(account.getRole()) && account.isEnabled()
                && em.createQuery("select count(a) from Account a where a.role = 'ADMIN' and a.enabled = true", Long.class).getSingleResult() <= 1) {
            throw DomainViolation.of(field, "validation.account.lastAdmin");
        }
    }

    private Account account(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound(KIND, username));
    }

    private Platform platform(String code, Map<String, String> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Platform p = em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", code.strip())
                .getResultStream().findFirst().orElse(null);
        if (p == null) {
            errors.put("platform", "validation.platform.unknown");
        }
        return p;
    }

    private Long talent(Long talentId, Map<String, String> errors) {
        if (talentId != null && talents.nameOf(talentId).isEmpty()) {
            errors.put("talentId", "validation.talent.unknown");
        }
        return talentId;
    }

    private AccountJson json(Account a) {
        return AccountJson.of(a, a.getTalentId() == null ? null : talents.nameOf(a.getTalentId()).orElse(null));
    }
}
