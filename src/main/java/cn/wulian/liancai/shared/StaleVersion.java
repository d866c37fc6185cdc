package cn.wulian.liancai.shared;

/** Someone else saved the record after the caller read it; the caller's change would overwrite theirs. */
public class StaleVersion extends RuntimeException {

    private final String what;

    public StaleVersion(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
        this.what = what;
    }

    /** the kind of record, as named in code ("team", "award cycle"); {@code RecordKinds} words it */
    public String what() {
        return what;
    }
}
