package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The search index page: the administrator's check, and the rebuild with its progress bar, which
 * the office may start too; in Chinese and English, and nobody else's.
 */
@ExtendWith(RunningApp.class)
class BrowserSearchIndexIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("search-index");

    private final Browser browser = SESSION.browser();

    @Test
    void anAdministratorVerifiesTheIndexOnThePage() {
        openThePageAs("admin", "check:verify");
        assertFalse(browser.present(By.id("check:result")), "nothing checked yet");
        assertEquals("校验搜索索引", browser.text(By.id("check:verify")));
        browser.click(By.id("check:verify")).waitForAjax();
        browser.visible(By.id("check:result"));
        assertTrue(browser.text(By.id("check:verdict")).contains("搜索索引与数据库一致"), browser.text(By.id("check:result")));
        assertEquals(7, browser.all(By.cssSelector("#kinds tbody tr.in-step")).size(), browser.text(By.id("check:result")));
        assertTrue(browser.text(By.id("kinds")).contains("人才"));
        assertFalse(browser.present(By.id("check:repair")), "nothing to repair");
        browser.screenshot("search-index-desktop");
        browser.phone();
        browser.screenshot("search-index-phone");
        browser.desktop();

        browser.switchLanguage();
        browser.visible(By.id("check:verify"));
        assertEquals("Verify search index", browser.text(By.id("check:verify")));
        browser.click(By.id("check:verify")).waitForAjax();
        assertTrue(browser.text(By.id("check:verdict")).contains("The search index equals the database"), browser.text(By.id("check:result")));
        browser.screenshot("search-index-desktop-en");
        browser.switchLanguage();
        assertKeepsTheCsp();
    }

    @Test
    void theOfficeRebuildsTheIndexAndWatchesTheBarReachTheEnd() {
        openThePageAs("office", "rebuild:start");
        assertFalse(browser.present(By.id("check:verify")), "the check is the administrator's");
        assertEquals("重建索引", browser.text(By.id("rebuild:start")));
        browser.click(By.id("rebuild:start")).waitForAjax();
        browser.visible(By.id("rebuild:bar"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rebuild:phase"), "重建完成"));
        assertEquals("100%", browser.text(By.cssSelector("[id='rebuild:bar'] .ui-progressbar-label")));
        assertTrue(browser.text(By.id("rebuild:outcome")).contains("搜索索引已重建"), browser.text(By.id("rebuild:progress")));
        assertTrue(browser.text(By.id("rebuild:counts")).matches("已写入 [\\d,]+ / [\\d,]+ 条（100%），用时 \\d+ 秒"),
                browser.text(By.id("rebuild:counts")));
        assertTrue(browser.present(By.id("rebuild:start")) && browser.visible(By.id("rebuild:start")).isEnabled(), "another may start");
        browser.screenshot("search-index-rebuilt-desktop");
        browser.phone();
        browser.screenshot("search-index-rebuilt-phone");
        browser.desktop();

        browser.switchLanguage();
        assertEquals("Rebuild index", browser.text(By.id("rebuild:start")));
        assertTrue(browser.text(By.id("rebuild:phase")).contains("Rebuild finished"), browser.text(By.id("rebuild:progress")));
        browser.screenshot("search-index-rebuilt-desktop-en");
        browser.switchLanguage();
        assertKeepsTheCsp();
    }

    private void openThePageAs(String user, String shownId) {
        browser.login(user, Api.PASSWORD);
        browser.click(By.id("navSearchIndex"));
        browser.visible(By.id(shownId));
    }

    private void assertKeepsTheCsp() {
        assertEquals(List.of(), browser.console().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList(), "the page keeps the CSP");
    }

    @Test
    void othersNeitherSeeTheLinkNorOpenThePage() {
        for (String user : new String[] {"mgr-fatong", "reviewer1"}) {
            browser.reset();
            browser.login(user, Api.PASSWORD);
            assertFalse(browser.present(By.id("navSearchIndex")), user);
            assertEquals(403, browser.fetch("/admin/search-index.xhtml").statusCode(), user);
        }
    }
}
