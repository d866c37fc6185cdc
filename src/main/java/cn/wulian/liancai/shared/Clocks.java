package cn.wulian.liancai.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's clock: "today" is the county's today, whatever zone the server runs in. It ticks in
 * microseconds, the finest time PostgreSQL keeps (Derby keeps nanoseconds): a moment answered from
 * memory right after a save is then the moment read back from either database, and the stamps the
 * search index compares with the database's agree.
 */
@ApplicationScoped
public class Clocks {

    /** the tick of the application's clocks */
    public static final Duration MICROSECOND = Duration.ofNanos(1_000);

    @Inject
    @ConfigProperty(name = "liancai.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.system(ZoneId.of(zone)), MICROSECOND);
    }
}
