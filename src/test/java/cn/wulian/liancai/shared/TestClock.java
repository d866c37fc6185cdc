package cn.wulian.liancai.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The office's clock frozen at 2026-11-27 10:00 in Wulian (Asia/Shanghai), for repeatable rules. */
public final class TestClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);
    public static final LocalDate TODAY = NOW.toLocalDate();
    public static final Clock CLOCK = at(NOW);

    private TestClock() {
    }

    /** the same zone, frozen at another local time */
    public static Clock at(LocalDateTime localTime) {
        return Clock.fixed(localTime.atZone(ZONE).toInstant(), ZONE);
    }
}
