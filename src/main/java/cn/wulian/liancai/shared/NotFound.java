package cn.wulian.liancai.shared;

/**
 * The record does not exist: 404, naming the kind of record ({@code what}, e.g. "team"). A record
 * that exists but lies outside a platform manager's scope is refused with {@link Forbidden} (403)
 * instead, exactly like a missing id asked for by that manager, so that ids cannot be probed (see
 * {@code CurrentUser.inScope}).
 */
public class NotFound extends RuntimeException {

    private final String what;

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
    }

    /** the kind of record, as named in code ("team", "award cycle"); {@code RecordKinds} words it */
    public String what() {
        return what;
    }
}
