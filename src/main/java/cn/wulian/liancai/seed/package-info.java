/**
 * Owns start-up, the top of the order (it may use every feature): migrate the schema, load {@code data-seed/} (reference data always, the demo set when
 * the database is a demo — decided once, when it is created, from {@code liancai.demo}, and recorded in it —
 * and otherwise the first administrator with a one-time password), then bring the search index in step with the database. Loading is
 * idempotent: rows are keyed (code, user name, talent key) and the demo set is recorded as applied.
 */
package cn.wulian.liancai.seed;
