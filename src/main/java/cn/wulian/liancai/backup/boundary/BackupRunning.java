package cn.wulian.liancai.backup.boundary;

/** A backup was asked for while another one runs (409): one at a time. */
public class BackupRunning extends BackupRefused {

    private final String running;

    public BackupRunning(String running) {
        super("backup " + running + " is still running", "backup.running", running);
        this.running = running;
    }

    /** the name of the backup that runs */
    public String running() {
        return running;
    }
}
