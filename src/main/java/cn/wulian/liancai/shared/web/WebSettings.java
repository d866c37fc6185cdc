package cn.wulian.liancai.shared.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the app is reached and how long a browser session lives, read once from configuration
 * (MicroProfile Config: {@code config/liancai.properties}, environment variables, system properties).
 *
 * @param trustedProxies  {@code liancai.proxy.trusted}: the reverse proxies whose {@code X-Forwarded-For}
 *                        and {@code X-Forwarded-Proto} are believed; from anyone else these headers are ignored
 * @param httpsRequired   {@code liancai.https.required}, or implied by {@code liancai.https.keystore}: plain
 *                        HTTP is redirected and every HTTPS answer says so for a year (HSTS)
 * @param httpsPort       {@code liancai.https.port}: the port browsers reach HTTPS at (443 behind a proxy)
 * @param idle            {@code liancai.session.idle-minutes}: a session unused this long ends
 * @param maxAge          {@code liancai.session.max-hours}: a session ends this long after it began, used or not
 */
record WebSettings(AddressRanges trustedProxies, boolean httpsRequired, int httpsPort, Duration idle, Duration maxAge) {

    static WebSettings current() {
        return Loaded.SETTINGS;
    }

    /** loaded on first use, when the app's configuration is in place */
    private static final class Loaded {
        static final WebSettings SETTINGS = from(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    static WebSettings from(Function<String, Optional<String>> config) {
        boolean keystore = config.apply("liancai.https.keystore").filter(s -> !s.isBlank()).isPresent();
        boolean required = config.apply("liancai.https.required").map(Boolean::parseBoolean).orElse(keystore);
        int port = config.apply("liancai.https.port").map(String::trim).map(Integer::parseInt).orElse(8443);
        double idleMinutes = config.apply("liancai.session.idle-minutes").map(Double::parseDouble).orElse(30.0);
        double maxHours = config.apply("liancai.session.max-hours").map(Double::parseDouble).orElse(12.0);
        if (idleMinutes <= 0 || maxHours <= 0) {
            throw new IllegalArgumentException("liancai.session.idle-minutes and liancai.session.max-hours must be positive");
        }
        return new WebSettings(AddressRanges.parse(config.apply("liancai.proxy.trusted").orElse(null)), required, port,
                Duration.ofMillis(Math.round(idleMinutes * 60_000)), Duration.ofMillis(Math.round(maxHours * 3_600_000)));
    }
}
