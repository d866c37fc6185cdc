package cn.wulian.liancai.shared.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentViewsTest {

    @Test
    void aViewIsNotedOncePerReaderAndRecordInTheWindow() {
        RecentViews views = new RecentViews(Duration.ofMinutes(10));
        Instant t0 = Instant.parse("2026-12-05T10:00:00Z");

        assertTrue(views.firstIn("office TALENT:1", t0));
        assertFalse(views.firstIn("office TALENT:1", t0.plusSeconds(60)), "the same reader, the same record, soon after");
        assertTrue(views.firstIn("office2 TALENT:1", t0.plusSeconds(60)), "another reader");
        assertTrue(views.firstIn("office TALENT:2", t0.plusSeconds(60)), "another record");
        assertFalse(views.firstIn("office TALENT:1", t0.plusSeconds(599)));
        assertTrue(views.firstIn("office TALENT:1", t0.plusSeconds(601)), "after the window, noted again");
        assertFalse(views.firstIn("office TALENT:1", t0.plusSeconds(700)), "and the window starts from that view");
    }
}
