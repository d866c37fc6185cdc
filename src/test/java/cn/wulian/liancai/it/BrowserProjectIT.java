package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Projects as people use them in a real headless Chromium: the office opens a project (a bad amount
 * is marked beside its field and nothing is saved) and sets its commitment; the platform's manager
 * posts progress from a phone; the office moves the project on and records a milestone met, and the
 * flags follow; a manager cannot open another platform's project. Every project here is made by
 * the test, so it holds with or without the demo projects. Screenshots land in
 * {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserProjectIT {

    private static final String PASSWORD = Api.PASSWORD;
    private static final By UPDATES = By.cssSelector("#updates > li");
    private static final By TABLE_ROWS = By.cssSelector("#projects\\:table_data > tr[data-ri]");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("project");

    private final Browser browser = SESSION.browser();

    @Test
    void officeOpensAndCommitsManagerPostsFromAPhoneOfficeAdvancesAndFlagsFollow() throws IOException {
        String title = Fixtures.unique("莲测项目");
        String lead = Fixtures.unique("项目领衔人");
        Fixtures.create(Fixtures.talent(lead));
        LocalDate today = Fixtures.today();

        // the office opens the project; a third decimal in the amount is refused beside the field
        browser.login("office", PASSWORD);
        browser.click(By.id("navProjects"));
        browser.until(ExpectedConditions.urlContains("/projects/list.xhtml"));
        browser.click(By.id("newProject"));
        browser.until(ExpectedConditions.urlContains("/projects/edit.xhtml"));
        browser.type(By.id("projectForm:title"), title);
        browser.choose("projectForm:platform", "法桐小院");
        browser.pickTalent("projectForm:leadTalentId", lead);
        browser.choose("projectForm:industry", "新材料");
        browser.type(By.id("projectForm:countyLeader_input"), "测试包联领导");
        // a day after today, typed: said in the app's words (it was PrimeFaces' "验证失败！值必须早于等于 …")
        typeDate("projectForm:openedOn", today.plusDays(3));
        browser.click(By.id("projectForm:save")).waitForAjax();
        String future = browser.visible(By.cssSelector("#projectForm .field:has(#projectForm\\:openedOn) .ui-message-error")).getText();
        assertTrue(future.startsWith("洽谈开始日期：不能晚于 "), future);
        typeDate("projectForm:openedOn", today.minusDays(60));
        browser.type(By.id("projectForm:location"), "经济开发区")
                .type(By.id("projectForm:plannedInvestment"), "12000000.505");
        browser.click(By.xpath("//*[@id='projectForm:recommenderKind']//label[normalize-space()='其他人员']"));
        browser.visible(By.id("projectForm:recommenderName")).sendKeys("王引荐");
        browser.type(By.id("projectForm:recommenderReward"), "430000");
        browser.click(By.id("projectForm:save")).waitForAjax();
        WebElement message = browser.visible(By.cssSelector("#projectForm .field:has(#projectForm\\:plannedInvestment) .ui-message-error"));
        assertTrue(message.getText().contains("最多两位小数"), message.getText());
        assertTrue(browser.url().contains("/projects/edit.xhtml"), "stays on the form");
        assertAll("keeps what was typed",
                () -> assertEquals(title, browser.value(By.id("projectForm:title"))),
                () -> assertEquals("12000000.505", browser.value(By.id("projectForm:plannedInvestment"))),
                () -> assertEquals("王引荐", browser.value(By.id("projectForm:recommenderName"))));
        assertEquals(0, found(title), "nothing saved");
        browser.screenshot("project-edit-desktop-invalid");
        browser.phone().screenshot("project-edit-phone-invalid");
        browser.desktop();

        browser.type(By.id("projectForm:plannedInvestment"), "12000000.50");
        browser.click(By.id("projectForm:save"));
        browser.until(ExpectedConditions.urlContains("/projects/view.xhtml"));
        browser.waitForAjax();
        long id = idFrom(browser.url());
        assertTrue(browser.text(By.id("projectTitle")).startsWith(title));
        assertAll("project page",
                () -> assertEquals("洽谈", browser.text(By.id("projectStage"))),
                // planned money in 万元 (one convention on every page); the API keeps the exact yuan
                () -> assertEquals("1,200 万元", browser.text(By.id("plannedInvestment"))),
                () -> assertFalse(browser.present(By.id("overPlan")), "nothing made yet: nothing beyond the plan"),
                () -> assertTrue(browser.text(By.id("leadTalent")).contains(lead)),
                () -> assertTrue(browser.text(By.id("recommender")).contains("王引荐")),
                () -> assertEquals("430,000.00 元", browser.text(By.id("recommenderReward")), "a reward is paid: exact yuan"));
        JsonObject saved = Api.as("office").get("/api/projects/" + id).json();
        assertEquals("fatong", saved.getString("platform"));
        assertEquals(0, saved.getJsonNumber("plannedInvestment").bigDecimalValue().compareTo(new BigDecimal("12000000.50")));

        // the commitment: one milestone already overdue (黄旗), one ahead
        LocalDate signDue = today.minusDays(30);
        addMilestone("签订投资协议", signDue, "县政府与企业签订正式投资协议");
        addMilestone("主体完工", today.plusDays(90), "厂房主体结构封顶并通过验收");
        assertEquals(List.of("已逾期", "进行中"), milestoneStates());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flagBadges"), "黄旗"));
        assertEquals("黄旗 节点「签订投资协议」承诺 " + signDue + "，尚未完成", browser.text(By.id("flagReasons")).replaceAll("\\s+", " "));
        browser.screenshot("project-view-desktop-committed");
        assertFlagFilterFinds(title, "黄旗", 1);
        assertFlagFilterFinds(title, "红旗", 0);

        // the platform's manager posts progress from a phone
        browser.reset();
        browser.login("mgr-fatong", PASSWORD);
        browser.phone().open("/projects/view.xhtml?id=" + id);
        assertTrue(browser.text(By.id("projectTitle")).startsWith(title));
        assertFalse(browser.present(By.id("milestoneForm")), "the commitment is the office's to set");
        assertFalse(browser.present(By.cssSelector("[id$=':met']")), "and to certify");
        assertEquals(today.toString(), browser.value(By.id("updateForm:on_input")), "dated today unless changed");
        browser.click(By.cssSelector(".jump-to-log"));
        browser.screenshotVisible("project-update-phone-empty");
        // a figure over 100 is said beside the field (the slider refused it under its own id, and nothing was said)
        browser.type(By.id("updateForm:percent"), "150").type(By.id("updateForm:text"), "超出范围");
        browser.click(By.id("updateForm:post")).waitForAjax();
        assertEquals("进度应为 0 到 100 之间的整数",
                browser.text(By.cssSelector("#updateForm .field:has([id='updateForm:percent']) .ui-message-error")));
        assertEquals("150", browser.value(By.id("updateForm:percent")), "the figure refused stays to be corrected, not emptied");
        assertEquals(1, browser.all(By.cssSelector("#updateForm .field:has([id='updateForm:percent']) .ui-message-error")).size(), "said once");
        // a figure below 0 is refused as it was typed (PrimeFaces' slider had dropped the minus: -5 was posted as 5 %)
        browser.type(By.id("updateForm:percent"), "-5");
        browser.click(By.id("updateForm:post")).waitForAjax();
        assertEquals("-5", browser.value(By.id("updateForm:percent")));
        assertEquals("进度应为 0 到 100 之间的整数",
                browser.text(By.cssSelector("#updateForm .field:has([id='updateForm:percent']) .ui-message-error")));
        assertEquals(0, browser.all(UPDATES).stream().filter(u -> u.getText().contains("超出范围")).count(), "nothing posted");
        browser.type(By.id("updateForm:percent"), "35")
                .type(By.id("updateForm:text"), "现场走访：厂房基础施工完成，钢结构进场");
        browser.click(By.id("updateForm:post")).waitForAjax();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(UPDATES, "现场走访：厂房基础施工完成"));
        String newest = browser.all(UPDATES).getFirst().getText();
        assertAll("newest first, as posted",
                () -> assertTrue(newest.startsWith(today.toString()), newest),
                () -> assertTrue(newest.contains("35%"), newest),
                () -> assertTrue(newest.contains("法桐小院 丁振华") && !newest.contains("mgr-fatong"), "by the manager's name, not their login: " + newest));
        assertEquals("", browser.value(By.id("updateForm:text")), "the form is ready for the next update");
        assertTrue(browser.url().contains("/projects/view.xhtml?id=" + id), "still on the page");
        assertNoSidewaysScroll();
        browser.screenshotVisible("project-update-phone-posted");
        browser.screenshot("project-view-phone-manager");

        // the office moves the project on and records the overdue milestone met in time: 黄旗 turns 红旗
        browser.reset();
        browser.login("office", PASSWORD, "/projects/view.xhtml?id=" + id);
        browser.type(By.id("stageForm:note"), "投资协议签订");
        browser.click(By.id("stageForm:advance"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).waitForAjax();
        browser.until(ExpectedConditions.textToBe(By.id("projectStage"), "签约"));
        WebElement signed = browser.visible(By.cssSelector("#pipeline li[data-stage='SIGNED']"));
        assertTrue(signed.getDomAttribute("class").contains("current"));
        assertTrue(signed.getText().contains(today.toString()), signed.getText());
        String step = browser.text(By.id("stepsCard"));
        assertTrue(step.contains("洽谈 → 签约") && step.contains("投资协议签订") && step.contains("人才办 王晓燕"), step);

        browser.click(By.cssSelector("#milestoneRows tr.ms-row-OVERDUE [id$=':met']")).waitForAjax();
        browser.visible(By.id("metForm:metOn_input"));
        typeDate("metForm:metOn", signDue.minusDays(5));
        browser.click(By.id("metForm:confirmMet")).waitForAjax();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("metDialog")));
        assertEquals(List.of("按期完成", "进行中"), milestoneStates());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flagBadges"), "红旗"));
        assertFalse(browser.text(By.id("flagBadges")).contains("黄旗"));
        assertTrue(browser.text(By.id("flagReasons")).contains("最近更新 " + today), browser.text(By.id("flagReasons")));
        browser.screenshot("project-view-desktop");
        browser.phone().screenshot("project-view-phone");
        browser.desktop();
        assertFlagFilterFinds(title, "黄旗", 0);
        assertFlagFilterFinds(title, "红旗", 1);
        Path file = browser.downloadXlsx(By.id("exportForm:export"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(1, sheet.getLastRowNum(), "a header and the one row the filtered list shows");
            assertEquals(title, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("红旗", sheet.getRow(1).getCell(3).getStringCellValue());
        }
        browser.screenshot("project-list-desktop");
        browser.phone().screenshot("project-list-phone");
        browser.desktop();
    }

    @Test
    void aManagerOpeningAnotherPlatformsProjectGetsTheForbiddenPage() {
        long shibei = Fixtures.id(ProjectFixtures.fresh("shibei"));
        browser.login("mgr-fatong", PASSWORD);
        for (String page : List.of("/projects/view.xhtml?id=", "/projects/edit.xhtml?id=")) {
            browser.open(page + shibei);
            assertEquals("您没有访问此页面的权限。", browser.text(By.cssSelector(".login-card p")), page);
        }
        browser.open("/projects/view.xhtml?id=999999999");
        assertEquals("您没有访问此页面的权限。", browser.text(By.cssSelector(".login-card p")), "an id that does not exist is refused alike");
        browser.screenshot("project-forbidden");
    }

    @Test
    void aMissingProjectIsNamedOnTheErrorPage() {
        browser.login("office", PASSWORD, "/projects/view.xhtml?id=999999999");
        assertEquals("该项目不存在。", browser.text(By.cssSelector(".login-card p")));
        browser.open("/teams/view.xhtml?id=abc");
        assertEquals("该团队不存在。", browser.text(By.cssSelector(".login-card p")), "an id that is no number is no such team");
    }

    @Test
    void aRevisionSavedMeanwhileIsNotOverwritten() {
        String title = Fixtures.unique("并发测试项目");
        JsonObject created = ProjectFixtures.create(Fixtures.OFFICE, ProjectFixtures.project(title, "fatong").build());
        long id = Fixtures.id(created);
        browser.login("office", PASSWORD, "/projects/edit.xhtml?id=" + id);
        assertEquals(title, browser.value(By.id("projectForm:title")));
        JsonObject meanwhile = ProjectFixtures.project(title, "fatong").add("countyLeader", "另一位领导")
                .add("version", created.getJsonNumber("version").longValue()).build();
        Api.Reply revised = Api.as("office2").put("/api/projects/" + id, meanwhile.toString());
        assertEquals(200, revised.status(), revised::body);
        browser.type(By.id("projectForm:location"), "我的修改");
        browser.click(By.id("projectForm:save")).waitForAjax();
        String message = browser.text(By.cssSelector("#projectForm\\:messages"));
        assertTrue(message.contains("该项目已被他人修改"), message);
        JsonObject now = Api.as("office").get("/api/projects/" + id).json();
        assertEquals("另一位领导", now.getString("countyLeader"));
        assertFalse(now.containsKey("location") && !now.isNull("location"), "the stale form saved nothing");
    }

    @Test
    void anInvestmentBeyondThePlanIsSaidBesideIt() {
        long id = Fixtures.id(ProjectFixtures.create(Fixtures.OFFICE, ProjectFixtures.project(Fixtures.unique("超支项目"), "fatong")
                .add("plannedInvestment", "1000000").add("actualInvestment", "1200000").build()));
        browser.login("office", PASSWORD, "/projects/view.xhtml?id=" + id);
        assertEquals("超出计划投资 20%", browser.text(By.id("overPlan")));
    }

    @Test
    void theProjectPagesReadInEnglish() {
        long id = Fixtures.id(ProjectFixtures.fresh("fatong"));
        browser.login("office", PASSWORD, "/projects/list.xhtml");
        browser.switchLanguage();
        browser.until(d -> "中文".equals(browser.languageOffered()));
        for (String page : List.of("/projects/list.xhtml", "/projects/edit.xhtml", "/projects/view.xhtml?id=" + id)) {
            browser.open(page);
            String html = browser.driver().getPageSource();
            assertFalse(html.contains("???"), () -> page + " has a missing message key");
            browser.screenshot("project-english" + page.replaceAll("[^a-z]+", "-"));
        }
        assertTrue(browser.text(By.id("progress")).contains("Post progress"));
        assertTrue(browser.text(By.id("pipeline")).contains("Negotiating"));
    }

    @Test
    void theDashboardsLinksOpenTheListFilteredAndTheFilterClearsAsAnyOther() throws IOException {
        long yellow = Fixtures.id(ProjectFixtures.fresh("fatong"));
        ProjectFixtures.milestone(yellow, "逾期节点", Fixtures.today().minusDays(10));
        long all = total("");
        browser.login("office", PASSWORD);
        for (String[] link : List.of(new String[] {"flag=YELLOW", "flagFilter", "黄旗"}, new String[] {"stage=PRODUCING", "stageFilter", "投产"})) {
            long total = total(link[0]);
            browser.open("/projects/list.xhtml?" + link[0]);
            assertEquals(link[2], browser.text(By.id("projects:table:" + link[1] + "_label")), link[0] + ": the menu shows the link's filter");
            assertEquals(Math.min(total, 20), browser.all(TABLE_ROWS).size(), link[0]);
            assertTrue(pageReport().startsWith("共 " + total + " 个项目"), link[0] + ": " + pageReport());
        }
        assertTrue(total("flag=YELLOW") >= 1, "the overdue milestone flags the project yellow");

        // the export holds what the link shows; choosing 全部 clears the link's filter
        browser.open("/projects/list.xhtml?flag=YELLOW");
        Path file = browser.downloadXlsx(By.id("exportForm:export"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(total("flag=YELLOW"), workbook.getSheetAt(0).getLastRowNum(), "a header and the yellow-flagged rows");
        }
        browser.choose("projects:table:flagFilter", "全部");
        browser.until(d -> pageReport().startsWith("共 " + all + " 个项目"));

        // a value the menu does not offer is ignored, not an error page
        browser.open("/projects/list.xhtml?flag=PURPLE&stage=NOWHERE");
        assertEquals("全部", browser.text(By.id("projects:table:flagFilter_label")));
        assertEquals("全部", browser.text(By.id("projects:table:stageFilter_label")));
        assertTrue(pageReport().startsWith("共 " + all + " 个项目"), pageReport());
    }

    /** back from a project the list is as it was left: it came back unfiltered, on page 1 */
    @Test
    void theListIsAsItWasLeftAfterAProjectAndALinkStartsItAfresh() {
        ProjectFixtures.fresh("fatong");
        long producing = total("stage=PRODUCING");
        browser.login("office", PASSWORD, "/projects/list.xhtml");
        browser.choose("projects:table:stageFilter", "投产");
        browser.until(d -> pageReport().startsWith("共 " + producing + " 个项目"));
        String first = browser.all(TABLE_ROWS).getFirst().findElement(By.cssSelector("a.project-link")).getText();

        browser.click(By.linkText(first));
        browser.until(ExpectedConditions.urlContains("/projects/view.xhtml"));
        browser.driver().navigate().back();
        browser.until(d -> pageReport().startsWith("共 " + producing + " 个项目"));
        assertEquals("投产", browser.text(By.id("projects:table:stageFilter_label")), "the stage chosen before");
        browser.click(By.linkText(first));
        browser.until(ExpectedConditions.urlContains("/projects/view.xhtml"));
        browser.click(By.id("actions:backToList"));
        browser.until(d -> pageReport().startsWith("共 " + producing + " 个项目"));
        assertEquals("投产", browser.text(By.id("projects:table:stageFilter_label")), "and by the page's 返回列表");

        browser.open("/projects/list.xhtml?flag=YELLOW");
        assertEquals("全部", browser.text(By.id("projects:table:stageFilter_label")), "a link's filters replace the kept ones");
        assertEquals("黄旗", browser.text(By.id("projects:table:flagFilter_label")));
        assertTrue(pageReport().startsWith("共 " + total("flag=YELLOW") + " 个项目"), pageReport());
    }

    private void addMilestone(String title, LocalDate due, String standard) {
        browser.type(By.id("milestoneForm:title"), title);
        typeDate("milestoneForm:dueOn", due);
        browser.type(By.id("milestoneForm:standard"), standard);
        int before = browser.all(By.cssSelector("#milestoneRows tr.milestone")).size();
        browser.click(By.id("milestoneForm:addMilestone")).waitForAjax();
        browser.until(d -> browser.all(By.cssSelector("#milestoneRows tr.milestone")).size() == before + 1);
        assertEquals("", browser.value(By.id("milestoneForm:title")), "the form is ready for the next milestone");
    }

    private List<String> milestoneStates() {
        return browser.all(By.cssSelector("#milestoneRows .ms-state")).stream().map(e -> e.getText().strip()).toList();
    }

    /** the list, quick-filtered to the one project and filtered by a flag, shows it or not */
    private void assertFlagFilterFinds(String title, String flag, int rows) {
        browser.open("/projects/list.xhtml");
        if (!"全部".equals(browser.text(By.id("projects:table:flagFilter_label")))) {
            browser.choose("projects:table:flagFilter", "全部"); // the list comes back as it was left
            browser.waitForAjax();
        }
        browser.type(By.id("projects:table:globalFilter"), title);
        browser.until(d -> browser.all(TABLE_ROWS).size() == 1);
        browser.waitForAjax(); // the quick filter's own response must not land after the flag filter's
        browser.choose("projects:table:flagFilter", flag);
        browser.waitForAjax();
        // rows are replaced when a response lands: read them inside the wait, so a replaced row is read again
        browser.until(d -> {
            try {
                List<WebElement> shown = browser.all(TABLE_ROWS);
                return shown.size() == rows && pageReport().startsWith("共 " + rows + " 个项目")
                        && (rows == 0 || title.equals(shown.getFirst().findElement(By.cssSelector("a.project-link")).getText())
                        && shown.getFirst().getText().contains(flag));
            } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });
    }

    /** replaces a date picker's date, also one it was given (clearing alone lets the picker put it back) */
    private void typeDate(String datePickerId, LocalDate day) {
        WebElement input = browser.until(ExpectedConditions.elementToBeClickable(By.id(datePickerId + "_input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.toString());
        assertEquals(day.toString(), browser.value(By.id(datePickerId + "_input")));
        assertFalse(browser.driver().findElement(By.id(datePickerId + "_panel")).isDisplayed(), "the calendar opens by its button only");
    }

    private void assertNoSidewaysScroll() {
        Object wider = browser.js("return document.documentElement.scrollWidth > window.innerWidth;");
        assertEquals(Boolean.FALSE, wider, "the page scrolls sideways at phone width");
    }

    private String pageReport() {
        return browser.text(By.cssSelector("#projects\\:table .ui-paginator-current"));
    }

    /** the projects office finds through the API with this query, e.g. "flag=YELLOW" */
    private static long total(String query) {
        return Api.as("office").get("/api/projects?limit=1&" + query).json().getJsonNumber("total").longValue();
    }

    private static long found(String title) {
        return Api.as("office").get("/api/projects?limit=1&q=" + Api.q(title)).json().getJsonNumber("total").longValue();
    }

    private static long idFrom(String url) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
        assertTrue(m.find(), "the project URL carries the id: " + url);
        return Long.parseLong(m.group(1));
    }
}
