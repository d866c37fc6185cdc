package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Office staff add a platform through the form in a real headless Chromium (新增平台 on the list),
 * see the message beside a bad field, then edit it from its page (编辑); a save made on a version
 * someone else has changed since is refused with the app's stale message. A platform manager sees
 * neither button and cannot open the form (403). Screenshots of the form and the page at 1366 and
 * 390 px land in {@code target/screenshots/}. The platforms made here are deleted again.
 */
@ExtendWith(RunningApp.class)
class BrowserPlatformEditIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("platform-edit");

    private final Browser browser = SESSION.browser();
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void deleteWhatWasMade() {
        made.forEach(code -> OFFICE.delete("/api/platforms/" + code));
    }

    private void assertNoSidewaysScroll(String what) {
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), what + ": no sideways scroll on a phone");
    }

    @Test
    void officeAddsAPlatformThroughTheFormFixesABadValueThenEditsIt() {
        String code = PlatformsEditApiIT.code();
        String name = unique("浏览器平台");
        made.add(code);
        browser.login("office", Api.PASSWORD, "/platforms/list.xhtml");
        browser.click(By.id("newPlatform"));
        browser.until(ExpectedConditions.urlContains("/platforms/edit.xhtml"));
        browser.type(By.id("platformForm:name"), name).type(By.id("platformForm:nameEn"), "Browser Test Platform")
                .type(By.id("platformForm:code"), code);
        browser.choose("platformForm:kind", "孵化器");
        browser.type(By.id("platformForm:operator"), "五莲县浏览器测试运营中心")
                .type(By.id("platformForm:address"), "山东省日照市五莲县洪凝街道浏览器路 8 号")
                .type(By.id("platformForm:openedOn_input"), "2024-05-01")
                .type(By.id("platformForm:areaM2"), "1800.5").type(By.id("platformForm:workstations"), "-3")
                .type(By.id("platformForm:description"), "浏览器测试建立的孵化器，用于检查新增与编辑平台。");
        browser.screenshot("platform-edit-new-desktop");
        browser.click(By.id("platformForm:save"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//div[contains(@class,'field')][.//*[@id='platformForm:workstations']]//*[contains(@class,'ui-message')]"),
                "工位数须为 0 到 100000 之间的整数"));
        assertTrue(browser.present(By.cssSelector("[id='platformForm:workstations'].ui-state-error")), "the bad field is marked");
        assertEquals("-3", browser.value(By.id("platformForm:workstations")), "what was typed stays on screen");
        assertEquals(404, OFFICE.get("/api/platforms/" + code).status(), "nothing was saved");
        browser.screenshot("platform-edit-invalid-desktop");
        browser.phone();
        assertNoSidewaysScroll("the form");
        browser.screenshot("platform-edit-invalid-phone");
        browser.desktop();

        browser.type(By.id("platformForm:workstations"), "60");
        browser.click(By.id("platformForm:save"));
        browser.until(ExpectedConditions.urlContains("/platforms/view.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "平台已保存"));
        assertTrue(browser.text(By.id("platformName")).startsWith(name), () -> browser.text(By.id("platformName")));
        assertEquals("孵化器", browser.text(By.id("platformKind")));
        assertEquals("Browser Test Platform", browser.text(By.id("nameEn")));
        assertEquals("五莲县浏览器测试运营中心", browser.text(By.id("operator")));
        assertEquals("浏览器测试建立的孵化器，用于检查新增与编辑平台。", browser.text(By.id("description")));
        assertTrue(browser.text(By.id("details")).contains("1,800.5 m²"), () -> browser.text(By.id("details")));
        assertTrue(browser.text(By.id("details")).contains("2024-05-01"), () -> browser.text(By.id("details")));
        browser.screenshot("platform-view-desktop");
        browser.phone();
        assertNoSidewaysScroll("the platform's page");
        assertFalse(browser.driver().findElement(By.cssSelector("[id='platformTeams:table'] thead")).isDisplayed(),
                "a list with no rows shows no squeezed headings on a phone");
        browser.screenshot("platform-view-phone");
        browser.desktop();

        // the confirmation sits over the page's buttons until it fades
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
        browser.click(By.id("edit"));
        browser.until(ExpectedConditions.urlContains("/platforms/edit.xhtml?code=" + code));
        assertFalse(browser.present(By.id("platformForm:code")), "the code is fixed once given");
        assertEquals(code, browser.text(By.id("platformForm:codeFixed")));
        assertEquals("1800.5", browser.value(By.id("platformForm:areaM2")));
        browser.screenshot("platform-edit-existing-desktop");
        browser.phone();
        assertNoSidewaysScroll("the edit form");
        browser.screenshot("platform-edit-existing-phone");
        browser.desktop();
        browser.type(By.id("platformForm:name"), name + " 二期").type(By.id("platformForm:workstations"), "75");
        browser.click(By.id("platformForm:save"));
        browser.until(ExpectedConditions.urlContains("/platforms/view.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("platformName"), name + " 二期"));
        JsonObject saved = OFFICE.get("/api/platforms/" + code).json();
        assertEquals(name + " 二期", saved.getString("name"));
        assertEquals(75, saved.getInt("workstations"));
        assertEquals("INCUBATOR", saved.getString("kind"));
    }

    @Test
    void aSaveOnAVersionSomeoneElseChangedIsRefusedWithTheStaleMessage() {
        String code = PlatformsEditApiIT.code();
        made.add(code);
        JsonObject p = PlatformsEditApiIT.platform(code, unique("并发平台")).build();
        assertEquals(201, OFFICE.post("/api/platforms", p.toString()).status());
        browser.login("office", Api.PASSWORD, "/platforms/edit.xhtml?code=" + code);
        browser.type(By.id("platformForm:operator"), "浏览器里的修改");

        long version = OFFICE.get("/api/platforms/" + code).json().getJsonNumber("version").longValue();
        JsonObject other = Json.createObjectBuilder(p).remove("code").add("operator", "别人的修改").add("version", version).build();
        assertEquals(200, Api.as("admin").put("/api/platforms/" + code, other.toString()).status());

        browser.click(By.id("platformForm:save"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("platformForm:messages"), "该平台已被他人修改"));
        assertTrue(browser.url().contains("/platforms/edit.xhtml"), "the form stays");
        assertEquals("别人的修改", OFFICE.get("/api/platforms/" + code).json().getString("operator"), "the other save is kept");
    }

    @Test
    void aManagerSeesNoAddOrEditButtonAndCannotOpenTheForm() {
        browser.login("mgr-fatong", Api.PASSWORD, "/platforms/list.xhtml");
        assertFalse(browser.present(By.id("newPlatform")));
        browser.open("/platforms/view.xhtml?code=fatong");
        assertFalse(browser.present(By.id("edit")));
        assertEquals(403L, browser.js("var x = new XMLHttpRequest(); x.open('GET', '/platforms/edit.xhtml?code=fatong', false); x.send(); return x.status;"));
        assertEquals(403L, browser.js("var x = new XMLHttpRequest(); x.open('GET', '/platforms/edit.xhtml', false); x.send(); return x.status;"));
    }
}
