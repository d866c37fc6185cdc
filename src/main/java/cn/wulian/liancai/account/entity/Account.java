package cn.wulian.liancai.account.entity;

import cn.wulian.liancai.shared.audit.NotAudited;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person who logs in: office staff, a platform manager (bound to exactly one platform), a
 * reviewer or an administrator. Only the password's PBKDF2 hash is stored.
 * <p>
 * The <em>security stamp</em> changes whenever what a login rests on changes — the password, the
 * role or platform, disabling: a session opened before carries the old stamp and ends at its next
 * request. A disabled account keeps its history (who did what) and cannot log in.
 */
@Entity
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a left join fetch a.platform where a.username = :username")
@NamedQuery(name = Account.STAFF, query = "select a from Account a where a.role in ('OFFICE', 'ADMIN') and a.enabled = true order by a.username")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String STAFF = "Account.staff";
    /*
     * The log-in record is written with plain SQL updates of its own: concurrent log-ins of one
     * account must not fail each other on the version, and a failed log-in must not make stale the
     * version an administrator's edit was read at (a JPQL update raises it). Callers evict the
     * account from the shared cache afterwards.
     */
    public static final String FAILED_LOGIN_SQL = "UPDATE account SET failed_logins = failed_logins + 1, last_failed_login_at = ? WHERE username = ?";
    public static final String LOGGED_IN_SQL = "UPDATE account SET failed_logins = 0, last_login_at = ? WHERE username = ?";
    /** the same password under a stronger hash: nothing else changes, no session ends */
    public static final String UPGRADE_HASH_SQL = "UPDATE account SET password_hash = ? WHERE id = ? AND password_hash = ?";

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_DISPLAY_NAME = 80;
    static final int MAX_EMAIL = 120;

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
    @NotAudited
    private String passwordHash;
    private String email;
    private boolean enabled = true;
    /** set by a one-time password (an administrator's, or the first administrator's): the holder must choose their own */
    private boolean mustChangePassword;
    @NotAudited
    private long securityStamp;
    /** failed log-ins since the holder last logged in, told to them then */
    @NotAudited
    private int failedLogins;
    @NotAudited
    private Instant lastFailedLoginAt;
    @NotAudited
    private Instant lastLoginAt;
    private Instant createdAt;
    private Instant disabledAt;
    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String role, Platform platform, String passwordHash, String email) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.put("username", "validation.account.username");
        }
        errors.putAll(profileErrors(displayName, email));
        errors.putAll(roleErrors(role, platform));
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.role = role;
        this.platform = platform;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.email = blankToNull(email);
    }

    /** the name and e-mail shown to others; the user name never changes (history names it) */
    public void revise(String displayName, String email) {
        Map<String, String> errors = profileErrors(displayName, email);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        this.displayName = displayName.strip();
        this.email = blankToNull(email);
    }

    /** a new role, with the platform it needs; ends the holder's open sessions when anything changes */
    public void assign(String role, Platform platform) {
        Map<String, String> errors = roleErrors(role, platform);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        if (!role.equals(this.role) || !Objects.equals(codeOf(platform), codeOf(this.platform))) {
            securityStamp++;
        }
        this.role = role;
        this.platform = platform;
    }

    /**
     * A password set for the holder by someone else (or at start-up): good for one log-in, after
     * which the holder must choose their own.
     */
    public void setOneTimePassword(String hash) {
        replacePassword(hash);
        mustChangePassword = true;
    }

    /** the holder's own new password */
    public void changePassword(String hash) {
        replacePassword(hash);
        mustChangePassword = false;
    }

    private void replacePassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
        securityStamp++;
    }

    public void disable(Instant at) {
        if (enabled) {
            enabled = false;
            disabledAt = at;
            securityStamp++;
        }
    }

    public void enable() {
        if (!enabled) {
            enabled = true;
            disabledAt = null;
            securityStamp++;
        }
    }

    public void createdAt(Instant at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }

    private static Map<String, String> profileErrors(String displayName, String email) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", "validation.required");
        } else if (displayName.strip().length() > MAX_DISPLAY_NAME) {
            errors.put("displayName", "validation.account.displayName");
        }
        if (email != null && !email.isBlank() && (email.strip().length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches())) {
            errors.put("email", "validation.email");
        }
        return errors;
    }

    private static Map<String, String> roleErrors(String role, Platform platform) {
        if (!Role.isKnown(role)) {
            return Map.of("role", "validation.account.role");
        }
        // a manager acts for their platform; a reviewer may run one, which the award reads as a conflict of interest
        if (Role.PLATFORM_MANAGER.equals(role) && platform == null) {
            return Map.of("platform", "validation.account.managerPlatform");
        }
        if (platform != null && !Role.PLATFORM_MANAGER.equals(role) && !Role.REVIEWER.equals(role)) {
            return Map.of("platform", "validation.account.noPlatform");
        }
        return Map.of();
    }

    private static String codeOf(Platform p) {
        return p == null ? null : p.getCode();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getRole() { return role; }
    public Platform getPlatform() { return platform; }
    public String getPasswordHash() { return passwordHash; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public long getSecurityStamp() { return securityStamp; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLastFailedLoginAt() { return lastFailedLoginAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDisabledAt() { return disabledAt; }
    public long getVersion() { return version; }

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
