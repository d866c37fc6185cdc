package cn.wulian.liancai.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Moments shown on pages, on the county's clock: {@code #{times.minutes(a.lastLoginAt)}}. The
 * Faces date converter has no type for an {@link Instant}.
 */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Clock clock;

    /** "2026-12-05 16:02", or "" for none */
    public String minutes(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(clock.getZone()));
    }
}
