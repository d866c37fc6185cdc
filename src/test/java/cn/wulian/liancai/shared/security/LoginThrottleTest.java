package cn.wulian.liancai.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** the throttle's rules over counts kept in memory; {@link LoginThrottleDatabaseTest} runs them over Derby */
class LoginThrottleTest {

    final AtomicLong now = new AtomicLong(1_800_000_000_000L);
    LoginThrottle throttle;

    /** where the counts are kept */
    FailureCounts counts() {
        return FailureCounts.inMemory();
    }

    @BeforeEach
    void throttle() {
        throttle = new LoginThrottle(5, 5, 1, 60, now::get, counts());
    }

    void seconds(long s) {
        now.addAndGet(TimeUnit.SECONDS.toMillis(s));
    }

    void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fiveFailuresAreFreeThenEachWaitDoubles() {
        fail("office", "10.0.0.1", 4);
        assertEquals(0, throttle.waitSeconds("office", "10.0.0.1"));
        fail("office", "10.0.0.1", 1);
        assertEquals(1, throttle.waitSeconds("office", "10.0.0.1"));
        seconds(1);
        assertEquals(0, throttle.waitSeconds("office", "10.0.0.1"), "the wait is over");
        fail("office", "10.0.0.1", 1);
        assertEquals(2, throttle.waitSeconds("office", "10.0.0.1"));
        seconds(2);
        fail("office", "10.0.0.1", 1);
        assertEquals(4, throttle.waitSeconds("office", "10.0.0.1"));
    }

    @Test
    void theWaitIsCapped() {
        fail("office", "10.0.0.1", 40);
        assertEquals(60, throttle.waitSeconds("office", "10.0.0.1"));
        fail("office", "10.0.0.1", 1_000);
        assertEquals(60, throttle.waitSeconds("office", "10.0.0.1"));
    }

    @Test
    void theUserNameIsThrottledFromAnyAddress() {
        fail("office", "10.0.0.1", 5);
        assertEquals(1, throttle.waitSeconds("office", "192.168.1.9"));
        assertEquals(1, throttle.waitSeconds(" Office ", "192.168.1.9"), "the same name, however typed");
    }

    @Test
    void manyFailuresForOneAccountLeaveOthersFromTheSameAddressAlone() {
        fail("office", "10.0.0.1", 50);
        assertEquals(60, throttle.waitSeconds("office", "10.0.0.1"));
        assertEquals(0, throttle.waitSeconds("office2", "10.0.0.1"));
    }

    @Test
    void aCountIsForgottenAfterTheLongestWaitWithoutFailure() {
        fail("office", "10.0.0.1", 10);
        seconds(61);
        assertEquals(0, throttle.waitSeconds("office", "10.0.0.1"));
        throttle.failed("office", "10.0.0.1");
        assertEquals(0, throttle.waitSeconds("office", "10.0.0.1"), "one failure after a quiet spell is the first again");
    }

    @Test
    void theAddressIsThrottledForAnyUserName() {
        throttle.failed("a1", "10.0.0.1");
        throttle.failed("a2", "10.0.0.1");
        throttle.failed("a3", "10.0.0.1");
        throttle.failed("a4", "10.0.0.1");
        throttle.failed("a5", "10.0.0.1");
        assertEquals(1, throttle.waitSeconds("a6", "10.0.0.1"), "five names tried from one address: spraying");
        assertEquals(0, throttle.waitSeconds("a6", "10.0.0.2"), "others are unaffected");
        throttle.failed("a1", "10.0.0.1");
        assertEquals(1, throttle.waitSeconds("a6", "10.0.0.1"), "a name tried again adds no name");
        throttle.failed("a6", "10.0.0.1");
        assertEquals(2, throttle.waitSeconds("a7", "10.0.0.1"));
        assertEquals(0, throttle.waitSeconds("office", "10.0.0.2"));
    }

    @Test
    void aSuccessClearsTheUserNameButNotTheAddress() {
        fail("office", "10.0.0.1", 5);
        for (String other : new String[] {"a1", "a2", "a3", "a4"}) {
            throttle.failed(other, "10.0.0.1");
        }
        throttle.succeeded("office");
        assertEquals(0, throttle.waitSeconds("office", "10.0.0.2"));
        assertEquals(1, throttle.waitSeconds("office", "10.0.0.1"), "the address keeps its count");
    }

    @Test
    void aNameAsLongAsAnyoneTypesIsCountedLikeAnyOther() {
        String longName = "x".repeat(10_000);
        fail(longName, "10.0.0.1", 5);
        assertEquals(1, throttle.waitSeconds(longName, "10.0.0.9"));
        assertEquals(0, throttle.waitSeconds(longName.substring(1), "10.0.0.9"), "another name");
    }
}
