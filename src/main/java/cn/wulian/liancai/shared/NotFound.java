package cn.wulian.liancai.shared;

/**
 * The record does not exist, or the caller may not know that it exists: both answer 404 so that
 * ids cannot be probed.
 */
public class NotFound extends RuntimeException {
    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
