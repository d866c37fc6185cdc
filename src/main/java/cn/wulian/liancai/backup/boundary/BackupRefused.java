package cn.wulian.liancai.backup.boundary;

/** A backup that cannot start now or here (409), with the sentence for people: its bundle key and arguments. */
public abstract class BackupRefused extends RuntimeException {

    protected BackupRefused(String message) {
        super(message);
    }

    /** the bundle key of the sentence */
    public abstract String messageKey();

    /** the sentence's arguments */
    public abstract Object[] arguments();
}
