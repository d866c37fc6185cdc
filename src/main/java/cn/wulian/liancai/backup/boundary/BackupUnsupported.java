package cn.wulian.liancai.backup.boundary;

/**
 * A backup was asked for on a database the app does not back up itself (409): PostgreSQL is backed up
 * with its own tools ({@code pg_dump}, README "PostgreSQL"), not from inside the app.
 */
public class BackupUnsupported extends BackupRefused {

    private final String product;

    public BackupUnsupported(String product) {
        super("backups of " + product + " are taken with its own tools (pg_dump), not by the app");
        this.product = product;
    }

    @Override
    public String messageKey() {
        return "backup.unsupported";
    }

    @Override
    public Object[] arguments() {
        return new Object[] {product};
    }

    /** the database product, as its driver names it */
    public String product() {
        return product;
    }
}
