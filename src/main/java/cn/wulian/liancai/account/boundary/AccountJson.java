package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.entity.Account;
import java.io.Serializable;
import java.time.Instant;

/**
 * An account as the API and the pages show it; never its password hash.
 *
 * @param platform   the code of the platform a manager acts for, or a reviewer runs
 * @param talentId   the holder's own talent record, if linked
 * @param failedLogins wrong passwords given since the holder last logged in
 */
public record AccountJson(long id, String username, String displayName, String role, String platform, String platformName,
                          Long talentId, String talentName, String email, boolean enabled, boolean mustChangePassword,
                          int failedLogins, Instant lastLoginAt, Instant createdAt, Instant disabledAt, long version) implements Serializable {

    static AccountJson of(Account a, String talentName) {
        return new AccountJson(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(),
                a.getPlatform() == null ? null : a.getPlatform().getCode(), a.getPlatform() == null ? null : a.getPlatform().getName(),
                a.getTalentId(), talentName, a.getEmail(), a.isEnabled(), a.isMustChangePassword(), a.getFailedLogins(),
                a.getLastLoginAt(), a.getCreatedAt(), a.getDisabledAt(), a.getVersion());
    }
}
