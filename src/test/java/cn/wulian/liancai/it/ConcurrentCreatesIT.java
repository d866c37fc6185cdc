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

    @Test
    void sixteenConcurrentCreatorsAreAllAnswered201() {
        WriteLoad load = WriteLoad.start(Fixtures.OFFICE, 16, WriteLoad.Mix.CREATORS, Fixtures.unique("并发"), null, 0)
                .awaitFor(20_000).stop();
        System.out.printf("ConcurrentCreatesIT: 16 creators, %d writes in %.1f s (%.1f/s), answers %s%n",
                load.acknowledged(), load.seconds(), load.acknowledged() / load.seconds(), load.statuses());
        assertEquals(List.of(), load.refused(), "no create is refused because others create at the same time");
        assertEquals(0, load.unanswered());
        assertTrue(load.acks("talent").size() >= 16, () -> "every creator created: " + load.statuses());
        for (WriteLoad.Ack ack : load.acks("talent").subList(0, 3)) {
            assertEquals(ack.text(), Fixtures.read(ack.id()).getString("name"));
        }
    }
}
