package cn.wulian.liancai.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebSettingsTest {

    private static WebSettings with(Map<String, String> values) {
        return WebSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsArePlainHttpThirtyMinutesIdleAndTwelveHoursAtMost() {
        WebSettings s = with(Map.of());
        assertFalse(s.httpsRequired());
        assertEquals(8443, s.httpsPort());
        assertEquals(Duration.ofMinutes(30), s.idle());
        assertEquals(Duration.ofHours(12), s.maxAge());
        assertFalse(s.trustedProxies().contains("127.0.0.1"), "no proxy is trusted unless configured");
    }

    @Test
    void aKeystoreImpliesHttpsUnlessSwitchedOffExplicitly() {
        assertTrue(with(Map.of("liancai.https.keystore", "/etc/liancai/tls.p12")).httpsRequired());
        assertFalse(with(Map.of("liancai.https.keystore", "/etc/liancai/tls.p12", "liancai.https.required", "false")).httpsRequired());
        assertTrue(with(Map.of("liancai.https.required", "true", "liancai.https.port", "443")).httpsRequired());
        assertFalse(with(Map.of("liancai.https.keystore", " ")).httpsRequired());
    }

    @Test
    void sessionLimitsAreConfigurableAndMustBePositive() {
        WebSettings s = with(Map.of("liancai.session.idle-minutes", "15", "liancai.session.max-hours", "0.5"));
        assertEquals(Duration.ofMinutes(15), s.idle());
        assertEquals(Duration.ofMinutes(30), s.maxAge());
        assertThrows(IllegalArgumentException.class, () -> with(Map.of("liancai.session.max-hours", "0")));
    }
}
