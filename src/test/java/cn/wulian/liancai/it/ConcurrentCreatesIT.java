package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sixteen office clients each creating talents and logging a first contact on each, all at once:
 * every create is answered 201. Before the fix a few were refused as 409 (Derby's identity range
 * reservation failing as a lock timeout, 40XL1); BENCHMARKS.md has the figures.
 */
@ExtendWith(RunningApp.class)
class ConcurrentCreatesIT {

    /** for a longer measurement: {@code -Dload.creators=8 -Dload.seconds=60} */
    private static final int CREATORS = Integer.getInteger("load.creators", 16);
    private static final int SECONDS = Integer.getInteger("load.seconds", 20);

    @Test
    void sixteenConcurrentCreatorsAreAllAnswered201() {
        WriteLoad load = WriteLoad.start(Fixtures.OFFICE, CREATORS, WriteLoad.Mix.CREATORS, Fixtures.unique("并发"), null, 0)
                .awaitFor(SECONDS * 1000L).stop();
        System.out.printf("ConcurrentCreatesIT: %d creators, %d writes in %.1f s (%.1f/s), answers %s%n",
                CREATORS, load.acknowledged(), load.seconds(), load.acknowledged() / load.seconds(), load.statuses());
        assertEquals(List.of(), load.refused(), "no create is refused because others create at the same time");
        assertEquals(0, load.unanswered());
        assertTrue(load.acks("talent").size() >= CREATORS, () -> "every creator created: " + load.statuses());
        for (WriteLoad.Ack ack : load.acks("talent").subList(0, 3)) {
            assertEquals(ack.text(), Fixtures.read(ack.id()).getString("name"));
        }
    }
}
