package cn.wulian.liancai.shared;

/** Someone else saved the record after the caller read it; the caller's change would overwrite theirs. */
public class StaleVersion extends RuntimeException {
    public StaleVersion(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
