package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The duplicates page, the merge screen and undo in a real browser: the pair is offered with its
 * reasons, compared side by side, a field picked from the other record, merged; the survivor shows
 * that value and the line "合并自 #…", the old id opens the survivor with a note, and undo separates
 * them again. Screenshots at desktop and phone width.
 */
@ExtendWith(RunningApp.class)
class BrowserMergeIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("merge");

    private final Browser browser = SESSION.browser();

    @Test
    void duplicatesCompareMergeAndUndo() {
        String phone = TalentMergeIT.phone();
        String mail = unique("merge").replace(" ", "") + "@example.com";
        String name = unique("页面张伟");
        long a = id(Fixtures.create(Fixtures.talent(name).add("phone", phone).add("email", mail).add("city", "青岛")));
        long b = id(Fixtures.create(Fixtures.talent(name + "旧").add("phone", "+86 " + phone).add("email", mail.toUpperCase())
                .add("city", "烟台").add("degree", "MASTER")));

        // the second record's profile says at once whom it may be, and why
        browser.login("office", Api.PASSWORD, "/talents/profile.xhtml?id=" + b);
        String notice = browser.text(By.id("maybeTheSame"));
        assertTrue(notice.contains("可能与已登记的 " + name + "（#" + a + "）是同一人") && notice.contains("手机号相同"), notice);
        browser.open("/talents/list.xhtml");
        browser.click(By.id("duplicates"));
        By row = By.xpath("//tr[contains(@class,'pair')][.//a[contains(@class,'first') and contains(., '#" + a + ")')]]");
        browser.visible(row);
        String line = browser.text(row);
        assertTrue(line.contains("手机号相同") && line.contains("邮箱相同") && line.contains("100"), line);
        shots("duplicates");

        // a link button: the class is on the button around the link
        browser.click(By.xpath("//tr[contains(@class,'pair')][.//a[contains(., '#" + a + ")')]]//*[contains(@class,'compare')]/descendant-or-self::a"));
        browser.visible(By.id("merge:confirm"));
        assertTrue(browser.text(By.id("survivorName")).contains(name), browser.text(By.id("survivorName")));
        assertTrue(browser.text(By.id("moves")).contains("没有需要转移"), browser.text(By.id("moves")));
        browser.click(By.xpath("//tr[contains(@class,'field-city')]//label[normalize-space(.)='烟台']"));
        // values in words, not codes (it read MASTER, and a liaison by their login)
        assertTrue(browser.text(By.cssSelector("tr.field-degree")).contains("硕士"), browser.text(By.cssSelector("tr.field-degree")));
        shots("merge");

        browser.click(By.id("merge:confirm"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.urlContains("/talents/profile.xhtml"));
        // the growl's note lives four seconds: the lasting proof is the profile's merge line below
        assertTrue(browser.text(By.id("details")).contains("烟台"), browser.text(By.id("details")));
        assertTrue(browser.text(By.cssSelector(".merged-note")).contains("合并自 #" + b), browser.text(By.cssSelector(".merged-note")));
        assertEquals("烟台", OFFICE.get("/api/talents/" + a).json().getString("city"));
        assertFalse(browser.present(By.id("maybeTheSame")), "merged: no one left to be the same as");
        shots("merged-profile");

        browser.open("/talents/profile.xhtml?id=" + b);
        browser.until(ExpectedConditions.urlContains("id=" + a));

        browser.click(By.cssSelector(".undo-merge"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".merged-note")));
        assertEquals("青岛", OFFICE.get("/api/talents/" + a).json().getString("city"));
        assertEquals(200, OFFICE.get("/api/talents/" + b).status());
    }

    /** the page at desktop and at phone width, back at desktop after */
    private void shots(String name) {
        browser.screenshot(name + "-desktop");
        browser.phone();
        browser.screenshot(name + "-phone");
        browser.desktop();
    }

    @Test
    void aManagerGetsNoDuplicatesPage() {
        browser.login("mgr-fatong", Api.PASSWORD, "/talents/list.xhtml");
        assertFalse(browser.present(By.id("duplicates")));
        browser.open("/talents/duplicates.xhtml");
        assertFalse(browser.present(By.cssSelector("tr.pair")), "no pairs for a manager");
        assertEquals(403, browser.fetch("/talents/duplicates.xhtml").statusCode());
    }
}
