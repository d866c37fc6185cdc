package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk imports teams in the browser: chooses 团队 in the kind menu, gets the team template (not
 * the talent one), uploads a file, and reads the outcome: the good row added, the bad one reported,
 * nothing held.
 */
@ExtendWith(RunningApp.class)
class BrowserTeamImportIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("team-imports");

    private final Browser browser = SESSION.browser();

    @Test
    void chooseTeamsGetTheirTemplateAndImportAFile() throws IOException {
        String prefix = "浏览团队" + Long.toString(System.nanoTime() % 10_000_000L, 36);
        browser.login("office", Api.PASSWORD, "/imports/list.xhtml");
        browser.choose("upload:kind", "团队");
        browser.waitForAjax();
        Path template = browser.download(By.id("upload:templateCsv"), ".csv");
        assertTrue(template.getFileName().toString().contains("team"), template.toString());
        String headers = Files.readString(template, StandardCharsets.UTF_8);
        assertTrue(headers.startsWith("\uFEFF团队名称*,所在平台*,负责人"), headers);

        Path csv = BrowserImportIT.file("teams.csv", "团队名称,所在平台,人数\n" + prefix + "甲,法桐小院,6\n" + prefix + "乙,没有的平台,3\n");
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(csv.toAbsolutePath().toString());
        browser.until(ExpectedConditions.urlContains("/imports/import.xhtml"));
        browser.visible(By.cssSelector(".import-mapping"));
        assertTrue(browser.text(By.cssSelector("#preview .import-row-bad")).contains("没有的平台"), browser.text(By.id("preview")));
        browser.screenshot("team-import-mapping-desktop");

        browser.click(By.id("import:start"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> browser.present(By.id("countAdded")));
        assertEquals("1", browser.text(By.id("countAdded")));
        assertEquals("1", browser.text(By.id("countInvalid")));
        assertEquals("0", browser.text(By.id("countHeld")));
        assertTrue(browser.text(By.id("problems")).contains("所在平台"), browser.text(By.id("problems")));
        assertFalse(browser.present(By.id("held")) && browser.text(By.id("held")).contains(prefix), "no team row is held for a merge");
        browser.screenshot("team-import-done-desktop");
        assertEquals(1, TeamFixtures.count("q=" + Api.q(prefix)));

        // the list says what each import held
        browser.open("/imports/list.xhtml");
        String row = browser.text(By.xpath("//tbody/tr[.//a[text()='" + csv.getFileName() + "']]"));
        assertTrue(row.contains("团队"), row);
    }
}
