package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;

/**
 * The one rule every authorisation matrix checks for a record housed by a platform: nobody and
 * reviewers are refused everything; a manager may use the endpoint on their own platform's record
 * (unless it is the office's to use) and is refused another platform's id exactly as a missing id;
 * office staff use it on any record and get 404 for a missing one. A refused call changes nothing.
 */
final class ScopeMatrix {

    private ScopeMatrix() {
    }

    /**
     * @param officeOnly whether managers are refused even on their own platform
     * @param mine       the reply for the caller's own platform's record
     * @param theirs     for another platform's record
     * @param missing    for an id that does not exist
     * @param own        reads the own record as office sees it, before and after
     * @param other      the same for the other platform's record
     */
    static void check(Caller caller, boolean officeOnly, int success, String what, Api.Reply mine, Api.Reply theirs, Api.Reply missing,
                      String ownBefore, Supplier<String> own, String otherBefore, Supplier<String> other) {
        if (caller.refusal() != 0) {
            status(caller.refusal(), mine, what + " (own)");
            status(caller.refusal(), theirs, what + " (other platform)");
            status(caller.refusal(), missing, what + " (no such id)");
            assertEquals(ownBefore, own.get(), what + " changed the record");
        } else if (caller.manager()) {
            if (officeOnly) {
                status(403, mine, what + " (own platform, but the office's to do)");
                assertEquals(ownBefore, own.get(), what + " changed the record");
            } else {
                status(success, mine, what + " (own platform)");
            }
            status(403, theirs, what + " (other platform)");
            status(403, missing, what + " (no such id: no hint that it does not exist)");
            assertEquals(theirs.body(), missing.body(), "another platform's id and a missing id must be refused alike");
        } else {
            status(success, mine, what);
            status(success, theirs, what + " (any platform)");
            status(404, missing, what + " (no such id)");
        }
        if (caller.refusal() != 0 || caller.manager()) {
            assertEquals(otherBefore, other.get(), what + " changed another platform's record");
        }
    }

    private static void status(int expected, Api.Reply r, String what) {
        assertEquals(expected, r.status(), () -> what + ": " + r.body());
    }
}
