package cn.wulian.liancai.account.boundary;

/**
 * A password to set. For one's own: {@code currentPassword} and {@code newPassword}. For someone
 * else's (an administrator resetting it): {@code newPassword}, a one-time password, and the
 * account's {@code version}.
 */
public record PasswordInput(String currentPassword, String newPassword, Long version) {
}
