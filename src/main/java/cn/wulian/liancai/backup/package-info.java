/**
 * Online backups of the database and the search index, and their restore.
 *
 * <p><b>A backup</b> is a folder {@code liancai-yyyyMMdd-HHmmss} under {@code liancai.backup.dir}
 * (default: {@code backups} beside the data folder) holding {@code db/} (the database's own online
 * backup, taken while users keep working), {@code index/} (the search index as of its latest commit,
 * copied while writes go on) and {@code manifest.properties}, written last: a folder without one is a
 * backup that did not finish. One backup runs at a time: from the admin page, {@code POST
 * /api/admin/backups} or the daily schedule ({@code liancai.backup.daily-at}, in {@code liancai.zone}).
 *
 * <p><b>Verified after writing.</b> The copied database is opened on its own, read-only: it must
 * have the live schema's tables and change sets, every table must pass the database's consistency
 * check, and each is counted; the manifest's row counts are those of the copy, so writes during the
 * backup cannot make them disagree. The index copy must pass Lucene's check and hold the documents
 * counted at the commit it was taken from. A backup failing any of this is kept, marked not verified,
 * and never counts towards {@code liancai.backup.keep}: older backups are deleted only after a
 * verified one.
 *
 * <p><b>Restore</b> ({@code ./mvnw -Prestore -Dbackup=… -Ddata=…}, the application stopped) puts a
 * verified backup's database and index into a data folder. The two copies are taken one after the
 * other, so the index may miss or hold a write made in between; the application's start-up compares
 * the index with the database and rebuilds what differs, so a restored application searches exactly
 * the restored database.
 *
 * <p><b>Databases.</b> Only {@link cn.wulian.liancai.backup.control.DatabaseCopies} knows the database
 * product (chosen by the JDBC product name); everything else is plain JDBC. The app backs up embedded
 * Derby only: a PostgreSQL database is backed up with PostgreSQL's own {@code pg_dump} (README "Backups on
 * PostgreSQL"), and a backup asked of the app there is refused (409), saying so.
 *
 * <p><b>Moving to PostgreSQL</b> ({@code ./mvnw -Pmove-to-postgresql -Ddata=… -Ddb.url=…}, the application
 * stopped) copies a data folder's Derby database into an empty PostgreSQL database in one transaction,
 * identities continued and every table counted on both sides
 * ({@link cn.wulian.liancai.backup.control.DatabaseMove}). It belongs here because it is, like a restore,
 * a whole-database copy that runs beside the application, not inside it.
 */
package cn.wulian.liancai.backup;
