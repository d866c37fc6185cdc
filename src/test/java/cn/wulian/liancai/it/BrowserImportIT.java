package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk imports a spreadsheet in the browser: upload, check the columns against a preview of the
 * rows as they would be saved, start, follow the progress, read the report, and decide a row that
 * may be someone already registered.
 */
@ExtendWith(RunningApp.class)
class BrowserImportIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("imports");

    private final Browser browser = SESSION.browser();

    static Path file(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("liancai-import-");
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void uploadMapPreviewImportAndDecide() {
        String prefix = "浏览导入" + Long.toString(System.nanoTime() % 10_000_000L, 36);
        String phone = "136" + String.format("%08d", System.nanoTime() % 100_000_000L);
        Path csv = file("alumni.csv", "姓名,性别,出生年份,学历,手机,备注说明\n"
                + prefix + "一,男,1990,本科," + phone + ",校友会\n"
                + prefix + "二,女,1800,硕士,,\n"
                + prefix + "三,女,1991,博士," + phone + ",\n");
        browser.login("office", Api.PASSWORD, "/talents/list.xhtml");
        browser.click(By.id("navImports"));
        browser.until(ExpectedConditions.urlContains("/imports/list.xhtml"));
        browser.screenshot("imports-list-desktop");
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(csv.toAbsolutePath().toString());
        browser.until(ExpectedConditions.urlContains("/imports/import.xhtml"));

        // the columns as guessed, with samples; the preview shows the bad birth year beside its cell
        browser.visible(By.cssSelector(".import-mapping"));
        assertTrue(browser.text(By.id("preview")).contains(prefix + "二"));
        assertTrue(browser.text(By.cssSelector("#preview .import-row-bad")).contains("1800"), browser.text(By.id("preview")));
        browser.screenshot("import-mapping-desktop");
        browser.phone();
        browser.screenshot("import-mapping-phone");
        browser.desktop();

        browser.click(By.id("import:start"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> browser.present(By.id("outcome")) || browser.present(By.id("countAdded")));
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("countAdded")));
        assertEquals("1", browser.text(By.id("countAdded")), "one new, one held, one wrong");
        assertEquals("1", browser.text(By.id("countHeld")));
        assertEquals("1", browser.text(By.id("countInvalid")));
        assertTrue(browser.text(By.id("problems")).contains("出生年份"), browser.text(By.id("problems")));
        assertTrue(browser.text(By.id("held")).contains(prefix + "三"), browser.text(By.id("held")));
        assertTrue(browser.text(By.id("held")).contains("手机相同"), browser.text(By.id("held")));
        browser.screenshot("import-done-desktop");
        browser.phone();
        browser.screenshot("import-done-phone");
        browser.desktop();

        // the same person: the row is added and the merge screen opens with both, the registered one surviving
        String importPage = browser.url();
        browser.click(By.xpath("//table[@id='held']//button[contains(@id, ':merge')]"));
        browser.until(ExpectedConditions.urlContains("/talents/merge.xhtml"));
        assertTrue(browser.text(By.id("survivorName")).contains(prefix + "一"), browser.text(By.id("survivorName")));
        assertTrue(browser.text(By.id("mergedName")).contains(prefix + "三"), browser.text(By.id("mergedName")));
        browser.screenshot("import-merge-desktop");
        browser.click(By.id("merge:confirm"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.urlContains("/talents/profile.xhtml"));
        assertTrue(browser.text(By.cssSelector(".merged-note")).contains("合并自"), browser.text(By.cssSelector(".merged-note")));

        browser.driver().get(importPage);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("held"), "合并"));
        assertEquals("0", browser.text(By.id("countHeld")));
        assertEquals("2", browser.text(By.id("countAdded")), "the row was added, then merged by a person");
        assertEquals(List.of(), browser.console().stream().filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList());
    }
}
