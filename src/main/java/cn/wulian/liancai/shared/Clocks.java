package cn.wulian.liancai.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The office's clock: "today" is the county's today, whatever zone the server runs in. */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "liancai.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
