package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The audit trail and a person's rights as the office meets them in the browser: a talent's
 * history panel, the audit page filtered to that talent, and the erasure from the profile with
 * its confirmation, after which the page, the history and the audit page no longer show the name.
 */
@ExtendWith(RunningApp.class)
class BrowserAuditIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("audit");

    private final Browser browser = SESSION.browser();

    @Test
    void aTalentsHistoryLeadsToTheAuditPageAndErasureLeavesOnlyThePlaceholder() {
        String name = "页面审计" + System.nanoTime() % 100000;
        JsonObject created = Fixtures.create(Fixtures.talent(name).add("phone", "13700001234").add("employer", "五莲页面测试公司"));
        long id = Fixtures.id(created);

        browser.login("office", Api.PASSWORD, "/talents/profile.xhtml?id=" + id);
        browser.click(By.cssSelector(".history-panel .ui-panel-titlebar-icon"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".history-panel"), "新增"));
        assertTrue(browser.text(By.cssSelector(".history-panel")).contains("13700001234"), "the values, for the office");
        browser.screenshot("talent-history-desktop");

        browser.click(By.cssSelector(".history-panel .more-link"));
        browser.until(ExpectedConditions.urlContains("/audit/list.xhtml"));
        assertEquals("TALENT:" + id, browser.value(By.id("audit:record")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "查看个人信息"));
        assertTrue(browser.text(By.id("audit:table")).contains("人才 " + name + " #" + id), "the record by its name, not its number alone");
        browser.screenshot("audit-list-desktop");
        // a filter the trail cannot read is said beside it, not an error page
        browser.driver().findElement(By.id("audit:record")).clear();
        browser.type(By.id("audit:record"), "bad ref");
        browser.driver().findElement(By.id("audit:actor")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:messages"), "TALENT:12"));
        // Enter filters, as leaving the field does: it sent the form with 导出 Excel, and a bad filter gave an error page
        browser.driver().findElement(By.id("audit:record")).clear();
        browser.driver().findElement(By.id("audit:record")).sendKeys("foo bar", org.openqa.selenium.Keys.ENTER);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:messages"), "TALENT:12"));
        assertTrue(browser.url().contains("/audit/list.xhtml"), browser.url());
        // and an export with a bad filter says so on the page
        browser.click(By.id("audit:export"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:messages"), "TALENT:12"));
        assertFalse(browser.driver().getPageSource().contains("系统出错了"), "no error page");
        browser.driver().findElement(By.id("audit:record")).clear();
        browser.type(By.id("audit:record"), "TALENT:" + id);
        browser.driver().findElement(By.id("audit:actor")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "查看个人信息"));
        browser.phone();
        browser.screenshot("audit-list-phone");
        browser.desktop();

        browser.open("/talents/profile.xhtml?id=" + id);
        browser.click(By.id("moreToggle")); // 注销 waits behind 更多
        browser.click(By.id("actions:erase"));
        browser.visible(By.id("erasure:reason"));
        browser.screenshot("talent-erasure-dialog-desktop");
        browser.type(By.id("erasure:reason"), "本人书面申请");
        browser.click(By.id("erasure:confirmErase"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("talentName"), "已注销 #" + id));
        assertTrue(browser.present(By.id("erasedAt")), "the page says when");
        assertFalse(browser.driver().getPageSource().contains(name), "the name is gone from the page");
        assertFalse(browser.present(By.id("actions:erase")), "erased once");
        browser.screenshot("talent-erased-desktop");

        browser.open("/audit/list.xhtml?record=TALENT:" + id);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "注销个人信息"));
        String page = browser.driver().getPageSource();
        assertFalse(page.contains(name) || page.contains("13700001234") || page.contains("五莲页面测试公司"),
                "no value of the person on the audit page");
        assertTrue(page.contains("已注销，不再可读"), "the earlier entries say why they show no values");
        assertTrue(browser.text(By.id("audit:table")).contains("人才 已注销 #" + id), "the record by its placeholder now");
        browser.screenshot("audit-erased-desktop");
    }

    @Test
    void aManagerHasNoAuditPage() {
        browser.login("mgr-fatong", Api.PASSWORD);
        assertEquals(403, browser.fetch("/audit/list.xhtml").statusCode(), "refused at the door");
        browser.open("/talents/list.xhtml");
        assertFalse(browser.present(By.id("navAudit")), "and not offered");
    }
}
