/**
 * Plumbing every feature uses and none owns; it imports no feature. The one authentication mechanism
 * and the caller's role and scope ({@code security}; who the caller is comes through the
 * {@code CallerDirectory} contract that {@code account} implements), REST error mapping to one JSON shape ({@code rest}), message
 * bundles in Chinese and English ({@code i18n}), the data source, migrations and naming
 * ({@code persistence}), and the web tier's helpers ({@code web}): lazy tables and field messages,
 * the security headers and Content-Security-Policy, HTTPS, session limits, and {@code ClientAddress} —
 * the client's address and scheme, believing proxy headers only from configured proxies.
 * {@code InputChecks} turns raw input into values, reporting every wrong field at once;
 * {@code FileKind} tells an uploaded file's kind by its content and refuses what could run;
 * {@code WebLinks} takes only http and https addresses for links others click. Every API body is
 * bounded ({@code rest.BoundedBodies}). Several instances on one database ({@code cluster}): a change
 * log written in each changing transaction, which every instance follows to keep its own search index
 * and caches in step, and claims that let a scheduled job run once per cluster.
 * Domain errors ({@code DomainViolation}, {@code NotFound}, {@code StaleVersion}, {@code Forbidden})
 * mean the same in pages and in the API.
 */
package cn.wulian.liancai.shared;
