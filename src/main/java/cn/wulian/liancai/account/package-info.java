/**
 * The people who log in: their role, a manager's platform, and the PBKDF2 hash of their password.
 * An account that records name (as liaison, as the one who took a step) is kept for that history;
 * only one nothing names may be deleted.
 */
package cn.wulian.liancai.account;
