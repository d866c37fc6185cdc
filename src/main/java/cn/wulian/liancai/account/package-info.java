/**
 * Owns the people who log in: their role, a manager's platform, the talent record an account holder
 * may be linked to, and the PBKDF2 hash of their password. It checks credentials for the one
 * authentication mechanism ({@code AccountIdentityStore}) and tells {@code shared.security} who is
 * calling ({@code AccountDirectory} implements {@code CallerDirectory}).
 * An account that records name (as liaison, as the one who took a step) is kept for that history;
 * only one nothing names may be deleted.
 */
package cn.wulian.liancai.account;
