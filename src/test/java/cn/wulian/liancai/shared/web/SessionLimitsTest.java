package cn.wulian.liancai.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

    private static final long START = 1_800_000_000_000L;

    @Test
    void aSessionEndsAtItsAbsoluteLimitHoweverBusy() {
        Duration twelveHours = Duration.ofHours(12);
        assertFalse(SessionLimits.outlived(START, START, twelveHours));
        assertFalse(SessionLimits.outlived(START, START + twelveHours.toMillis() - 1, twelveHours));
        assertTrue(SessionLimits.outlived(START, START + twelveHours.toMillis(), twelveHours));
        assertTrue(SessionLimits.outlived(START, START + Duration.ofDays(3).toMillis(), twelveHours));
    }
}
