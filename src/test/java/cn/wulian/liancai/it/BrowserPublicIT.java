package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** the public 公示 and policy pages as a visitor sees them, at a desk and on a phone, in both languages */
@ExtendWith(RunningApp.class)
class BrowserPublicIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("public");

    private final Browser browser = SESSION.browser();

    @Test
    void aVisitorReadsTheNoticeAndThePoliciesWithoutLoggingIn() {
        browser.open("/public/notices.xhtml");
        assertTrue(browser.url().contains("/public/notices.xhtml"), "no log-in asked: " + browser.url());
        assertEquals("杰出莲才奖 获奖名单公示", browser.text(By.tagName("h1")));
        assertFalse(browser.all(By.cssSelector(".winner")).isEmpty(), "the winners are listed");
        assertTrue(browser.text(By.cssSelector(".notice-state")).contains("定稿"));
        List<String> console = browser.console();
        assertTrue(console.isEmpty(), "no errors: " + console);
        browser.screenshot("public-notices-desktop");
        browser.phone();
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll on a phone");
        browser.screenshot("public-notices-phone");
        browser.desktop();

        browser.click(By.id("publicPolicies"));
        browser.until(d -> d.getCurrentUrl().contains("/public/policies.xhtml"));
        assertEquals("莲才兴乡 扶持政策", browser.text(By.tagName("h1")));
        assertFalse(browser.all(By.cssSelector(".policy .policy-who")).isEmpty());
        browser.screenshot("public-policies-desktop");
        browser.phone();
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll on a phone");
        browser.screenshot("public-policies-phone");
        browser.desktop();

        browser.click(By.id("publicLanguage"));
        browser.until(d -> d.getCurrentUrl().contains("lang=en"));
        assertEquals("Support for returning talents", browser.text(By.tagName("h1")));
        assertEquals("en", browser.js("return document.documentElement.lang;"));
        browser.click(By.id("publicNotices"));
        browser.until(d -> d.getCurrentUrl().contains("/public/notices.xhtml"));
        assertEquals("Outstanding Lian Talent Award: published winners", browser.text(By.tagName("h1")), "the language carries over");
        browser.screenshot("public-notices-desktop-en");

        // the staff's way in is one click away, and back from it; the registry behind it still asks for a log-in
        browser.click(By.id("publicLogin"));
        browser.until(d -> d.getCurrentUrl().contains("/login.xhtml"));
        browser.screenshot("login-with-public-links");
        browser.click(By.cssSelector("#publicLinks a"));
        browser.until(d -> d.getCurrentUrl().contains("/public/notices.xhtml"));
        browser.open("/talents/list.xhtml");
        assertTrue(browser.url().contains("/login.xhtml"), "still not logged in: " + browser.url());
    }
}
