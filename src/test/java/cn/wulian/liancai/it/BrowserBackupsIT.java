package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The backups page: only administrators reach it (the menu shows it to them alone), 立即备份 starts
 * a backup whose progress the page follows until it shows it verified.
 */
@ExtendWith(RunningApp.class)
@DisabledIfSystemProperty(named = "it.db", matches = "postgresql", disabledReason = "the app backs up embedded Derby only; PostgreSQL uses pg_dump (README)")
class BrowserBackupsIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("backups");

    private final Browser browser = SESSION.browser();

    @Test
    void anAdministratorBacksUpFromThePageAndSeesItVerified() {
        browser.login("admin", Api.PASSWORD, "/talents/list.xhtml");
        browser.console();
        browser.click(By.id("navBackups"));
        browser.until(ExpectedConditions.urlContains("/admin/backups.xhtml"));
        assertTrue(browser.text(By.cssSelector(".page-head h1")).contains("备份与恢复"));
        int before = rows();
        browser.screenshot("backups-desktop");

        browser.click(By.id("backups:backUpNow"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("backups:messages"), "已开始"));
        browser.screenshot("backups-running-desktop");
        // the page polls until the backup is written and verified
        new WebDriverWait(browser.driver(), Duration.ofSeconds(180)).until(d -> !browser.present(By.id("backups:progress")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='backups:table'] tbody tr:first-child"), "已校验"));
        assertEquals(before + 1, rows());
        assertTrue(browser.driver().findElement(By.id("backups:backUpNow")).isEnabled(), "the button is back");
        browser.screenshot("backups-done-desktop");
        // the button, the progress and the polling run under the page's Content-Security-Policy
        assertEquals(List.of(), browser.console().stream().filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList());
        browser.phone();
        browser.screenshot("backups-phone");
        browser.desktop();
    }

    @Test
    void othersNeitherSeeNorReachThePage() {
        for (String user : List.of("office", "mgr-fatong", "reviewer1")) {
            browser.reset();
            browser.login(user, Api.PASSWORD);
            assertEquals(403, browser.fetch("/admin/backups.xhtml").statusCode(), user);
            assertFalse(browser.fetch("/accounts/password.xhtml").body().contains("id=\"navBackups\""), user + " sees no link");
        }
    }

    private int rows() {
        return browser.all(By.cssSelector("[id='backups:table'] tbody tr:not(.ui-datatable-empty-message)")).size();
    }
}
