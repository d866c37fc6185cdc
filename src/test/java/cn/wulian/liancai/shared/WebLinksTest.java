package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.wulian.gov.cn/art/2025/9/12/art_1.html", "http://example.com", "HTTPS://EXAMPLE.COM/a?b=c#d",
            "https://example.com:8443/证书.pdf", "https://例子.中国/获奖名单", "http://192.168.1.10/evidence"})
    void completeWebAddressesAreTaken(String link) {
        assertTrue(WebLinks.isWebAddress(link), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd", "ftp://example.com/a.pdf", "vbscript:msgbox", "//example.com/a", "/awards/cycle.xhtml", "example.com",
            "www.example.com/a", "https://", "https:///path", "http://exa mple.com", "https://gov.cn@evil.example/", " https://example.com",
            "https://example.com/\n", "mailto:a@example.com", "", "https://例子 中国/"})
    void anythingElseIsRefused(String link) {
        assertFalse(WebLinks.isWebAddress(link), link);
    }

    @org.junit.jupiter.api.Test
    void overlongAddressesAreRefused() {
        assertTrue(WebLinks.isWebAddress("https://example.com/" + "a".repeat(WebLinks.MAX_LENGTH - 20)));
        assertFalse(WebLinks.isWebAddress("https://example.com/" + "a".repeat(WebLinks.MAX_LENGTH)));
    }
}
