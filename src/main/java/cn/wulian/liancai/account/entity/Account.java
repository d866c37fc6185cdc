package cn.wulian.liancai.account.entity;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A person who logs in: office staff, a platform manager (bound to exactly one platform), a
 * reviewer or an administrator. Only the password's PBKDF2 hash is stored.
 */
@Entity
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a left join fetch a.platform where a.username = :username")
@NamedQuery(name = Account.STAFF, query = "select a from Account a where a.role in ('OFFICE', 'ADMIN') and a.enabled = true order by a.username")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String STAFF = "Account.staff";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String role;
    @ManyToOne(fetch = FetchType.LAZY)
    private Platform platform;
    /** the holder's own talent record, if they have one: conflicts of interest are found through it */
    private Long talentId;
    private String passwordHash;
    private String email;
    private boolean enabled = true;
    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String role, Platform platform, String passwordHash, String email) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw new IllegalArgumentException("username must be 2–40 lower-case letters, digits, '.', '_' or '-': " + username);
        }
        if (!Role.isKnown(role)) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        // a manager acts for their platform; a reviewer may run one, which the award reads as a conflict of interest
        if (Role.PLATFORM_MANAGER.equals(role) ? platform == null : platform != null && !Role.REVIEWER.equals(role)) {
            throw new IllegalArgumentException("a platform manager is bound to a platform; only a reviewer may also name one");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName);
        this.role = role;
        this.platform = platform;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.email = email;
    }

    public void disable() {
        enabled = false;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getRole() { return role; }
    public Platform getPlatform() { return platform; }
    public String getPasswordHash() { return passwordHash; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }

    /** staff may be a talent's liaison officer and record interactions */
    public boolean isStaff() {
        return Role.OFFICE.equals(role) || Role.ADMIN.equals(role);
    }

    public Long getTalentId() {
        return talentId;
    }

    /** links the account to its holder's talent record (or unlinks it with null) */
    public void linkTalent(Long talentId) {
        this.talentId = talentId;
    }
}
