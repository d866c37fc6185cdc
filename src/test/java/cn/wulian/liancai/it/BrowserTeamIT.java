package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.team.entity.CreditCode;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Platforms and teams as people use them in a real headless Chromium: a platform manager registers
 * a team and submits it, the office approves it, and the team page shows the status and who took
 * each step; a wrong credit code is marked beside its field and nothing is saved. Screenshots of
 * every page, desktop and phone, land in {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserTeamIT {

    private static final String PASSWORD = Api.PASSWORD;
    private static final String DIGITS = "0123456789";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("team");

    private final Browser browser = SESSION.browser();

    @Test
    void managerRegistersAndSubmitsOfficeApprovesAndTheHistoryShowsWhoDidWhat() {
        String name = "莲测团队" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String code = freshCreditCode();

        browser.login("mgr-fatong", PASSWORD);
        browser.click(By.id("navPlatforms"));
        browser.until(ExpectedConditions.urlContains("/platforms/list.xhtml"));
        assertEquals(4, browser.all(By.cssSelector(".platform-card")).size(), "the four platforms");
        browser.screenshot("team-platforms-desktop");
        browser.phone().screenshot("team-platforms-phone");
        browser.desktop();
        browser.click(By.cssSelector("#platform-fatong h2 a"));
        browser.until(ExpectedConditions.urlContains("/platforms/view.xhtml?code=fatong"));
        assertTrue(browser.text(By.id("platformName")).startsWith("法桐小院"));
        assertFalse(browser.all(By.cssSelector("#platformTeams\\:table_data tr a")).isEmpty(), "the platform's teams");
        browser.screenshot("team-platform-desktop");
        browser.phone().screenshot("team-platform-phone");
        browser.desktop();

        browser.click(By.id("navTeams"));
        browser.until(ExpectedConditions.urlContains("/teams/list.xhtml"));
        browser.visible(By.cssSelector("#teams\\:table_data tr a"));
        assertFalse(browser.present(By.id("teams:table:platformFilter")), "a manager is offered no platform filter");
        browser.screenshot("team-list-desktop");
        browser.phone().screenshot("team-list-phone");
        browser.desktop();

        browser.click(By.id("newTeam"));
        browser.until(ExpectedConditions.urlContains("/teams/edit.xhtml"));
        assertFalse(browser.present(By.id("teamForm:platform")), "a manager does not choose the platform");
        browser.type(By.id("teamForm:name"), name)
                .type(By.id("teamForm:headcount"), "6")
                .type(By.id("teamForm:companyName"), "五莲莲测科技有限公司")
                .type(By.id("teamForm:creditCode"), code)
                .type(By.id("teamForm:description"), "浏览器测试登记的团队");
        browser.pickTalent("teamForm:leaderId", "厉志远");
        browser.choose("teamForm:field", "新材料");
        browser.click(By.id("teamForm:addMember")).waitForAjax();
        browser.type(By.cssSelector("[id$='memberRows:0:outsideName']"), "外聘顾问甲")
                .type(By.cssSelector("[id$='memberRows:0:outsideRole']"), "山东大学教授")
                .type(By.cssSelector("[id$='memberRows:0:role']"), "技术顾问");
        browser.click(By.id("teamForm:addIp")).waitForAjax();
        browser.type(By.cssSelector("[id$='ipRows:0:title']"), "一种石粉再生板材的制备方法");
        browser.click(By.id("teamForm:addFinancing")).waitForAjax();
        browser.type(By.cssSelector("[id$='financingRows:0:amount_input']"), "500000")
                .type(By.cssSelector("[id$='financingRows:0:investor']"), "日照莲友天使基金")
                .type(By.cssSelector("[id$='financingRows:0:round']"), "天使轮")
                .type(By.cssSelector("[id$='financingRows:0:closedOn_input']"), "2024-05-01");
        browser.driver().findElement(By.cssSelector("[id$='financingRows:0:closedOn_input']")).sendKeys(Keys.ESCAPE);
        assertEquals("外聘顾问甲", browser.value(By.cssSelector("[id$='memberRows:0:outsideName']")), "adding rows keeps what was typed");
        browser.screenshot("team-edit-desktop-filled");
        browser.phone().screenshot("team-edit-phone-filled");
        browser.desktop();

        browser.click(By.id("teamForm:save"));
        browser.until(ExpectedConditions.urlContains("/teams/view.xhtml"));
        browser.waitForAjax();
        long id = idFrom(browser.url());
        assertTrue(browser.text(By.id("teamName")).startsWith(name));
        assertEquals("草稿", browser.text(By.id("teamStatus")));
        assertAll("team page",
                () -> assertTrue(browser.text(By.id("leader")).contains("厉志远")),
                () -> assertEquals(code, browser.text(By.id("creditCode"))),
                () -> assertTrue(browser.text(By.id("members")).contains("外聘顾问甲")),
                () -> assertTrue(browser.text(By.id("ip")).contains("一种石粉再生板材的制备方法")),
                () -> assertEquals("50 万元", browser.text(By.id("financingTotal"))));
        assertEquals(List.of("提交审核"), actionLabels(), "a manager's only step from a draft");
        browser.click(By.cssSelector("#workflow .action-SUBMIT")).waitForAjax();
        browser.until(ExpectedConditions.textToBe(By.id("teamStatus"), "已提交"));
        assertEquals(List.of(), actionLabels(), "approval is the office's");
        browser.screenshot("team-view-desktop-submitted");

        browser.reset();
        browser.login("office", PASSWORD, "/teams/list.xhtml");
        browser.type(By.id("teams:table:globalFilter"), name);
        browser.until(d -> Boolean.TRUE.equals(browser.js("""
                var rows = document.querySelectorAll('#teams\\\\:table_data > tr');
                return rows.length === 1 && rows[0].querySelector('a') !== null && rows[0].querySelector('a').textContent === arguments[0];""", name)));
        browser.waitForAjax();
        browser.screenshot("team-list-desktop-office");
        browser.click(By.linkText(name));
        browser.until(ExpectedConditions.urlContains("/teams/view.xhtml?id=" + id));
        browser.waitForAjax();
        assertEquals(List.of("批准", "退回"), actionLabels());
        browser.click(By.cssSelector("#workflow .action-APPROVE")).waitForAjax();
        browser.until(ExpectedConditions.textToBe(By.id("teamStatus"), "已批准"));
        List<WebElement> steps = browser.all(By.cssSelector("#history li"));
        assertEquals(3, steps.size(), "registered, submitted, approved");
        String submitted = steps.get(1).getText();
        String approved = steps.get(2).getText();
        assertAll("history",
                () -> assertTrue(steps.get(0).getText().contains("草稿") && steps.get(0).getText().contains("法桐小院 丁振华"), steps.get(0).getText()),
                () -> assertTrue(submitted.contains("草稿 → 已提交") && submitted.contains("法桐小院 丁振华"), submitted),
                () -> assertTrue(approved.contains("已提交 → 已批准") && approved.contains("人才办 王晓燕"), approved));
        JsonObject saved = Api.as("office").get("/api/teams/" + id).json();
        assertEquals("APPROVED", saved.getString("status"));
        assertEquals("fatong", saved.getString("platform"));
        browser.screenshot("team-view-desktop");
        browser.phone().screenshot("team-view-phone");
        browser.desktop();

        browser.open("/teams/edit.xhtml?id=" + id);
        assertEquals(name, browser.value(By.id("teamForm:name")));
        assertEquals("法桐小院", browser.text(By.id("teamForm:platform_label")), "the office sees the platform");
        browser.screenshot("team-edit-desktop-office");
    }

    /** back from a team the list is as it was left: it came back on page 1 in its first order */
    @Test
    void theListIsAsItWasLeftAfterATeam() {
        By report = By.cssSelector("#teams\\:table .ui-paginator-current");
        By firstName = By.cssSelector("#teams\\:table_data > tr:first-child a");
        browser.login("office", PASSWORD, "/teams/list.xhtml");
        browser.click(By.cssSelector("#teams\\:table th[id$=':name']")).waitForAjax();
        browser.click(By.cssSelector("#teams\\:table th[id$=':name']")).waitForAjax();
        browser.click(By.cssSelector("#teams\\:table .ui-paginator-next")).waitForAjax();
        browser.until(ExpectedConditions.textMatches(report, Pattern.compile("^21–.*")));
        String first = browser.text(firstName);

        browser.click(By.linkText(first));
        browser.until(ExpectedConditions.urlContains("/teams/view.xhtml"));
        browser.driver().navigate().back();
        browser.until(ExpectedConditions.textMatches(report, Pattern.compile("^21–.*")));
        assertEquals(first, browser.text(firstName), "the same page of the same order");

        browser.click(By.linkText(first));
        browser.until(ExpectedConditions.urlContains("/teams/view.xhtml"));
        browser.click(By.id("actions:backToList"));
        browser.until(ExpectedConditions.textMatches(report, Pattern.compile("^21–.*")));
        assertEquals(first, browser.text(firstName), "and by the page's 返回列表");
    }

    @Test
    void wrongCreditCodeIsMarkedBesideTheFieldAndNothingIsSaved() {
        String name = "莲测无效" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String valid = freshCreditCode();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        browser.login("mgr-fatong", PASSWORD);
        browser.phone().open("/teams/edit.xhtml");
        browser.screenshot("team-edit-phone-empty");
        browser.type(By.id("teamForm:name"), name)
                .type(By.id("teamForm:creditCode"), wrong);
        browser.click(By.id("teamForm:save")).waitForAjax();
        WebElement message = browser.visible(By.cssSelector("#teamForm .field:has(#teamForm\\:creditCode) .ui-message-error"));
        assertTrue(message.getText().contains("统一社会信用代码无效"), message.getText());
        assertTrue(browser.driver().getCurrentUrl().contains("/teams/edit.xhtml"), "stays on the form");
        assertEquals(name, browser.value(By.id("teamForm:name")), "keeps what was typed");
        assertEquals(wrong, browser.value(By.id("teamForm:creditCode")));
        browser.screenshot("team-edit-phone-invalid");
        JsonObject found = Api.as("office").get("/api/teams?q=" + Api.q(name)).json();
        assertEquals(0, found.getInt("total"), "nothing saved");
    }

    @Test
    void aDayThatIsNoDateIsRefusedBesideTheFieldAndStaysAsTyped() {
        browser.login("mgr-fatong", PASSWORD, "/teams/edit.xhtml");
        browser.type(By.id("teamForm:name"), "莲测日期" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000))
                .type(By.id("teamForm:foundedOn_input"), "2026-13-45");
        browser.driver().findElement(By.id("teamForm:foundedOn_input")).sendKeys(Keys.ESCAPE);
        browser.click(By.id("teamForm:save")).waitForAjax();
        WebElement message = browser.visible(By.cssSelector("#teamForm .field:has(#teamForm\\:foundedOn_input) .ui-message-error"));
        assertTrue(message.getText().contains("2026-13-45"), message.getText());
        assertEquals("2026-13-45", browser.value(By.id("teamForm:foundedOn_input")), "what was typed stays to be corrected, not emptied");

        // a day that does not exist is refused too, not moved to the month's end (2026-02-28 was saved)
        browser.driver().findElement(By.id("teamForm:foundedOn_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-02-30", Keys.ESCAPE);
        browser.click(By.id("teamForm:save")).waitForAjax();
        message = browser.visible(By.cssSelector("#teamForm .field:has(#teamForm\\:foundedOn_input) .ui-message-error"));
        assertTrue(message.getText().contains("2026-02-30"), message.getText());
        assertEquals("2026-02-30", browser.value(By.id("teamForm:foundedOn_input")));
    }

    /** a field outside the county's list (imported, or set through the API) was emptied by the form's save, and lost */
    @Test
    void aFieldOutsideTheCountysListSurvivesAnEditOfSomethingElse() {
        String field = "海洋经济" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        long id = Fixtures.id(TeamFixtures.createTeam(Fixtures.OFFICE,
                TeamFixtures.team(Fixtures.unique("领域保留团队"), "fatong").add("field", field).build()));
        browser.login("mgr-fatong", PASSWORD, "/teams/edit.xhtml?id=" + id);
        assertEquals(field, browser.text(By.id("teamForm:field_label")), "the team's own field is selected");
        browser.type(By.id("teamForm:headcount"), "7");
        browser.click(By.id("teamForm:save"));
        browser.until(ExpectedConditions.urlContains("/teams/view.xhtml"));
        JsonObject saved = TeamFixtures.readTeam(id);
        assertEquals(field, saved.getString("field"));
        assertEquals(7, saved.getInt("headcount"));
    }

    private List<String> actionLabels() {
        return browser.all(By.cssSelector("#workflow button")).stream().map(b -> b.getText().strip()).toList();
    }

    /** a valid unified social credit code no other team has: random digits and their check character */
    private static String freshCreditCode() {
        StringBuilder first17 = new StringBuilder("91371121");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (first17.length() < 17) {
            first17.append(DIGITS.charAt(random.nextInt(10)));
        }
        return first17.toString() + CreditCode.checkCharacterFor(first17.toString());
    }

    private static long idFrom(String url) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
        assertTrue(m.find(), "the team URL carries the id: " + url);
        return Long.parseLong(m.group(1));
    }
}
