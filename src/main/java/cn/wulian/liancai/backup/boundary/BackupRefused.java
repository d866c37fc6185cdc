package cn.wulian.liancai.backup.boundary;

/** A backup that cannot start now or here (409), with the sentence for people: its bundle key and arguments. */
public abstract class BackupRefused extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    protected BackupRefused(String message, String messageKey, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** the bundle key of the sentence */
    public String messageKey() {
        return messageKey;
    }

    /** the sentence's arguments */
    public Object[] arguments() {
        return arguments.clone();
    }
}
