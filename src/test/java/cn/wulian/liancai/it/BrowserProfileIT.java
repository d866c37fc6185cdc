package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The talent's file (一人一档) in a real browser: it reads first — header, contact history, linked
 * records, details, relations in that order, no form on the page until asked for — and writes
 * second, in a dialog; 上一个 / 下一个 walk the list as it was filtered and sorted; the print view
 * has the header and no navigation; deleting waits behind 更多 and asks, as removing a relation
 * does; the real phone number can be tapped, a masked one cannot.
 */
@ExtendWith(RunningApp.class)
class BrowserProfileIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("profile");

    private final Browser browser = SESSION.browser();

    private static final By TALENT_HITS = By.cssSelector(".hit a.hit-title[href*='/talents/profile.xhtml']");
    private static final By PROFILE_LINKS = By.cssSelector("#talents\\:table_data a[href*='/talents/profile.xhtml']");

    @Test
    void theFileReadsFirstWritesOnDemandAndWalksTheFilteredList() {
        String prefix = unique("档案页");
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
        long first = id(Fixtures.create(Fixtures.talent(prefix + "张")));
        long second = id(Fixtures.create(Fixtures.talent(prefix + "乙").add("phone", phone).add("email", "dangan@example.com")
                .add("liaison", "office2")));
        long third = id(Fixtures.create(Fixtures.talent(prefix + "丙")));
        String team = unique("档案页团队");
        TeamFixtures.createTeam(OFFICE, TeamFixtures.team(team, "fatong").add("leaderId", second).build());
        assertEquals(201, OFFICE.post("/api/talents/" + second + "/relations", Json.createObjectBuilder().add("otherId", first)
                .add("kind", "CLASSMATE").build().toString()).status());

        // the list filtered to the three and sorted by name (pinyin: 丙 bing < 乙 yi < 张 zhang), then the middle one opened
        browser.login("office", Api.PASSWORD, "/talents/list.xhtml");
        browser.driver().findElement(By.id("talents:table:globalFilter")).sendKeys(prefix);
        browser.until(d -> d.findElements(PROFILE_LINKS).size() == 3);
        browser.click(By.cssSelector("#talents\\:table\\:name .ui-column-title"));
        // the newest-first order of the filtered list is that order too: wait for the sort's answer itself
        browser.until(d -> "ascending".equals(d.findElement(By.id("talents:table:name")).getDomAttribute("aria-sort")));
        browser.waitForAjax();
        browser.until(d -> names().equals(List.of(prefix + "丙", prefix + "乙", prefix + "张")));
        browser.click(By.linkText(prefix + "乙"));
        browser.until(ExpectedConditions.urlContains("/talents/profile.xhtml?id=" + second + "&"));
        assertTrue(browser.url().contains("from="), "the link carries the list's query: " + browser.url());
        assertEquals("第 2 / 3 个", browser.text(By.id("position")));

        // reads first: the sections in order, the header with its facts, and no form until asked for
        List<String> order = List.of("talentName", "summary", "contacts", "links", "details", "relations");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(before(order.get(i - 1), order.get(i)), order.get(i - 1) + " comes before " + order.get(i));
        }
        assertAll("header",
                () -> assertEquals("人才办 刘海涛", browser.text(By.id("liaison")), "the liaison by name, not by login"),
                () -> assertEquals("尚未联系", browser.text(By.id("lastContact"))),
                () -> assertEquals("tel:" + phone, browser.driver().findElement(By.cssSelector("#phone a")).getDomAttribute("href"),
                        "office staff may tap the number"),
                () -> assertEquals("mailto:dangan@example.com", browser.driver().findElement(By.cssSelector("#email a")).getDomAttribute("href")),
                () -> assertTrue(browser.text(By.id("links")).contains(team), "the team the talent leads is linked"),
                () -> assertTrue(browser.text(By.id("links")).contains("负责人"), browser.text(By.id("links"))),
                () -> assertFalse(browser.driver().findElement(By.id("contactForm:summary")).isDisplayed(), "the contact form waits in its dialog"),
                () -> assertFalse(browser.driver().findElement(By.id("relationAdd:note")).isDisplayed(), "so does the relation form"),
                () -> assertFalse(browser.driver().findElement(By.id("actions:delete")).isDisplayed(), "delete waits behind 更多"));
        browser.screenshot("profile-office");

        // writes second: a contact logged in the dialog shows in the history and the header
        LocalDate followUp = Fixtures.today().plusDays(3);
        String summary = unique("电话谈回乡计划");
        browser.click(By.id("logContact"));
        browser.visible(By.id("contactForm:summary"));
        browser.type(By.id("contactForm:summary"), summary).type(By.id("contactForm:followUpOn_input"), followUp.toString());
        browser.driver().findElement(By.id("contactForm:followUpOn_input")).sendKeys(Keys.ESCAPE);
        browser.click(By.id("contactForm:saveContact")).waitForAjax();
        browser.visible(By.xpath("//ul[@class='timeline']/li[contains(., " + Browser.xpathLiteral(summary) + ")]"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactForm:summary")));
        assertTrue(browser.text(By.id("lastContact")).contains("王晓燕"), "the last contact, by whom: " + browser.text(By.id("lastContact")));
        assertEquals(followUp.toString(), browser.text(By.id("nextFollowUp")));

        // removing a relation asks first: "no" keeps it, "yes" removes it
        By remove = By.cssSelector("#relationForm a.remove-relation");
        browser.click(remove);
        WebElement ask = browser.visible(By.cssSelector(".ui-confirm-dialog"));
        assertTrue(ask.getText().contains(prefix + "张"), "the question names the other person: " + ask.getText());
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
        assertEquals(1, relations(second).size(), "not removed without a yes");
        browser.click(remove);
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitForAjax().until(d -> d.findElements(remove).isEmpty());
        assertEquals(0, relations(second).size());

        // 上一个 / 下一个 walk the filtered, sorted list
        browser.click(By.id("next"));
        browser.until(ExpectedConditions.urlContains("id=" + first + "&"));
        assertEquals("第 3 / 3 个", browser.text(By.id("position")));
        assertFalse(browser.present(By.cssSelector("a#next")), "the end of the list has no next");
        browser.click(By.id("previous"));
        browser.until(ExpectedConditions.urlContains("id=" + second + "&"));
        browser.click(By.id("previous"));
        browser.until(ExpectedConditions.urlContains("id=" + third + "&"));
        assertEquals("第 1 / 3 个", browser.text(By.id("position")));
        assertFalse(browser.present(By.cssSelector("a#previous")), "the start of the list has no previous");

        // opened from the search's results, the profile walks the results and leads back to them
        browser.open("/search.xhtml?q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8));
        List<String> hits = browser.all(TALENT_HITS).stream().map(WebElement::getText).toList();
        assertEquals(3, hits.size(), hits::toString);
        browser.click(TALENT_HITS);
        browser.until(ExpectedConditions.urlContains("/talents/profile.xhtml"));
        assertEquals("第 1 / 3 个", browser.text(By.id("position")));
        assertTrue(browser.text(By.id("talentName")).startsWith(hits.getFirst()), browser.text(By.id("talentName")));
        browser.click(By.id("next"));
        browser.until(d -> browser.text(By.id("position")).equals("第 2 / 3 个"));
        assertTrue(browser.text(By.id("talentName")).startsWith(hits.get(1)), "the results' second: " + browser.text(By.id("talentName")));
        assertFalse(browser.present(By.id("backToList")), "the way back leads to the results, not to the list");
        browser.click(By.id("backToSearch"));
        browser.until(ExpectedConditions.urlContains("/search.xhtml"));
        assertTrue(browser.text(By.id("resultCount")).contains(prefix), browser.text(By.id("resultCount")));
        browser.open("/talents/profile.xhtml?id=" + third);

        // deleting waits behind 更多 and asks: "no" keeps the talent, "yes" deletes it and returns to the list
        browser.click(By.id("moreToggle"));
        browser.click(By.id("actions:delete"));
        browser.visible(By.cssSelector(".ui-confirm-dialog"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
        assertEquals(200, OFFICE.get("/api/talents/" + third).status());
        browser.click(By.id("actions:delete"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.urlContains("/talents/list.xhtml"));
        assertEquals(404, OFFICE.get("/api/talents/" + third).status());

        // the print view: the header and the facts, no navigation, no buttons but the one to print
        browser.open("/talents/profile-print.xhtml?id=" + second);
        assertAll("print view",
                () -> assertTrue(browser.text(By.id("talentName")).startsWith(prefix + "乙")),
                () -> assertEquals(phone, browser.text(By.id("phone"))),
                () -> assertTrue(browser.text(By.id("contacts")).contains(summary), "the history summary"),
                () -> assertTrue(browser.text(By.id("links")).contains(team)),
                () -> assertFalse(browser.present(By.cssSelector("nav, .topbar, #navTalents")), "no navigation"),
                () -> assertFalse(browser.present(By.tagName("form")), "no forms"));
        browser.screenshot("profile-print");
    }

    @Test
    void aManagerSeesTheMaskedNumberWithNothingToTap() {
        String name = unique("档案页脱敏");
        String phone = "137" + String.format("%08d", System.nanoTime() % 100_000_000);
        long talent = id(Fixtures.create(Fixtures.talent(name).add("phone", phone).add("email", "masked@example.com")));

        browser.login("mgr-fatong", Api.PASSWORD, "/talents/profile.xhtml?id=" + talent);
        String shown = browser.text(By.id("phone"));
        assertAll("masked, nothing to dial",
                () -> assertTrue(shown.contains("****"), shown),
                () -> assertFalse(browser.present(By.cssSelector("a[href^='tel:'], a[href^='mailto:']")), "no tel: or mailto: link"),
                () -> assertFalse(browser.driver().getPageSource().contains(phone)),
                () -> assertFalse(browser.present(By.id("moreToggle")), "nothing to delete"),
                () -> assertFalse(browser.present(By.id("logContact")), "nothing to log"),
                () -> assertFalse(browser.present(By.id("lastContact")), "the contact log is the office's"));
        browser.screenshot("profile-manager");
        browser.open("/talents/profile-print.xhtml?id=" + talent);
        assertTrue(browser.text(By.id("phone")).contains("****"), "the print view masks as the page does");
        assertFalse(browser.driver().getPageSource().contains(phone));
    }

    /** the names the list shows; nothing while the table is being replaced by its AJAX update */
    private List<String> names() {
        try {
            return browser.all(PROFILE_LINKS).stream().map(WebElement::getText).toList();
        } catch (StaleElementReferenceException replaced) {
            return List.of();
        }
    }

    private boolean before(String a, String b) {
        return Boolean.TRUE.equals(browser.js("return (document.getElementById(arguments[0]).compareDocumentPosition("
                + "document.getElementById(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;", a, b));
    }

    private static JsonArray relations(long talent) {
        return (JsonArray) OFFICE.get("/api/talents/" + talent + "/relations").jsonValue();
    }
}
