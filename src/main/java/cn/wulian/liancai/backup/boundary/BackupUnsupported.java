package cn.wulian.liancai.backup.boundary;

/**
 * A backup was asked for on a database the app does not back up itself (409): PostgreSQL is backed up
 * with its own tools ({@code pg_dump}, README "PostgreSQL"), not from inside the app.
 */
public class BackupUnsupported extends BackupRefused {

    public BackupUnsupported(String product) {
        super("backups of " + product + " are taken with its own tools (pg_dump), not by the app", "backup.unsupported", product);
    }
}
