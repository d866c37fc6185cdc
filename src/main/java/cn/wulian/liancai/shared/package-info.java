/**
 * Plumbing every feature uses and none owns: the one authentication mechanism and the caller's
 * role and scope ({@code security}), REST error mapping to one JSON shape ({@code rest}), message
 * bundles in Chinese and English ({@code i18n}), the data source, migrations and naming
 * ({@code persistence}), and the JSF helpers for lazy tables and field messages ({@code web}).
 * Domain errors ({@code DomainViolation}, {@code NotFound}, {@code StaleVersion}, {@code Forbidden})
 * mean the same in pages and in the API.
 */
package cn.wulian.liancai.shared;
