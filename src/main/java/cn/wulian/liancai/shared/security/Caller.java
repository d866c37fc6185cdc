package cn.wulian.liancai.shared.security;

/**
 * What the rest of the application knows of the person calling: their account as a value, so that
 * {@code shared} and the features below {@code account} need not know the account entity.
 *
 * @param accountId              the account's database id
 * @param platformCode           the platform a manager acts for, or a reviewer runs; null for others
 * @param talentId               the holder's own talent record, if linked
 * @param securityStamp          changes with the password, the role and the account's state: a session
 *                               opened under another stamp is over
 * @param passwordChangeRequired the account holds a one-time password: its holder may do nothing but
 *                               choose their own
 */
public record Caller(long accountId, String username, String displayName, String role, boolean enabled,
                     String platformCode, Long talentId, long securityStamp, boolean passwordChangeRequired) {
}
