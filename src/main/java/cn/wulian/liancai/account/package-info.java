/**
 * The people who log in: their role, a manager's platform, and the PBKDF2 hash of their password.
 */
package cn.wulian.liancai.account;
