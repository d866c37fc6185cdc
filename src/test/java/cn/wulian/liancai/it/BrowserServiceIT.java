package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Service requests in a real headless Chromium: a platform manager files one for their team from the
 * team's page on a phone; the office finds it, assigns it to an officer, starts, resolves and closes
 * it with the talent's rating; the officer's reminders and the overdue list show what is late; bad
 * input is marked beside its field and files nothing; the manager cannot open another platform's
 * request. Screenshots of the pages at desk and phone width land in {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserServiceIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("service");

    private final Browser browser = SESSION.browser();

    @Test
    void aManagerFilesFromTheTeamsPageOnAPhoneAndTheOfficeSettlesIt() {
        long team = ApplicationFixtures.team("fatong");
        String teamName = TeamFixtures.readTeam(team).getString("name");
        String words = "浏览器测试：申请人才公寓 " + Fixtures.unique("");

        browser.login("mgr-fatong", Api.PASSWORD);

        browser.phone().open("/teams/view.xhtml?id=" + team);
        browser.click(By.id("fileService"));
        browser.until(ExpectedConditions.urlContains("/services/new.xhtml"));
        assertTrue(browser.text(By.id("requestForm:fixedSubject")).contains(teamName), "the subject is the team it came from");
        // nothing chosen: each field says what is missing, nothing is filed
        long before = Fixtures.total(OFFICE, "/api/service-requests");
        browser.click(By.id("requestForm:file"));
        browser.waitForAjax();
        assertTrue(browser.text(By.id("requestForm")).contains("不能为空") || browser.text(By.id("requestForm")).contains("必填"),
                browser.text(By.id("requestForm")));
        assertEquals(before, Fixtures.total(OFFICE, "/api/service-requests"));
        browser.choose("requestForm:kind", "住房保障（人才公寓、购房补贴）");
        browser.waitForAjax();
        assertFalse(browser.text(By.id("requestForm:dueOn")).isBlank(), "the due day shows once a kind is chosen");
        browser.type(By.id("requestForm:description"), words);
        browser.screenshot("service-new-phone");
        browser.click(By.id("requestForm:file"));
        browser.until(ExpectedConditions.urlContains("/services/view.xhtml"));
        String url = browser.url();
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(browser.text(By.id("requestStatus")).contains("已受理"));
        assertEquals("县住房和城乡建设局", browser.text(By.id("department")));
        assertFalse(browser.present(By.id("assignForm")), "a manager does not assign");
        assertTrue(browser.present(By.id("noteForm")), "a manager adds notes");
        assertNoSidewaysScroll("the request on a phone");
        browser.screenshot("service-view-phone");

        // another platform's request: refused
        JsonObject foreign = ServiceRequestsApiIT.filed("shibei");
        for (String page : List.of("/services/view.xhtml?id=" + foreign.getJsonNumber("id").longValue(), "/services/view.xhtml?id=999999999",
                "/services/figures.xhtml", "/services/catalog.xhtml", "/services/new.xhtml?kind=TALENT&id=" + TeamFixtures.leaderId())) {
            browser.open(page);
            assertEquals("您没有访问此页面的权限。", browser.text(By.cssSelector(".login-card p")), page);
            assertFalse(browser.text(By.tagName("body")).contains(foreign.getString("description")), page);
        }

        // the office settles it
        browser.reset();
        browser.desktop().login("office", Api.PASSWORD, "/services/list.xhtml?quick=open&q=" + Api.q(words));
        browser.waitForAjax();
        assertEquals(1, browser.all(By.cssSelector("#requests\\:table_data tr.service-row")).size());
        browser.click(By.cssSelector("#requests\\:table_data a.request-open"));
        browser.until(ExpectedConditions.urlContains("/services/view.xhtml?id=" + id));
        browser.choose("assignForm:officer", "人才办 刘海涛 (office2)");
        browser.click(By.id("assignForm:assign"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requestStatus"), "已交办"));
        assertEquals("人才办 刘海涛", browser.text(By.id("officer")));
        browser.click(By.id("startForm:start"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requestStatus"), "办理中"));
        // resolving needs to say how
        browser.click(By.id("resolveForm:resolve"));
        browser.waitForAjax();
        assertTrue(browser.text(By.id("resolveForm")).contains("请说明办理结果"), browser.text(By.id("resolveForm")));
        assertTrue(browser.text(By.id("requestStatus")).contains("办理中"), "refused: still in progress");
        browser.type(By.id("resolveForm:note"), "已安排人才公寓 3 号楼");
        browser.click(By.id("resolveForm:resolve"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requestStatus"), "已办结"));
        assertTrue(browser.text(By.id("resolvedOn")).contains("按期办结"), browser.text(By.id("resolvedOn")));
        browser.pickButton("closeForm:satisfaction", "5");
        browser.type(By.id("closeForm:note"), "很满意");
        browser.click(By.id("closeForm:close"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requestStatus"), "已回访"));
        assertTrue(browser.text(By.id("satisfaction")).contains("很满意"));
        List<String> steps = browser.all(By.cssSelector("#timeline li .when .stage")).stream().map(e -> e.getText().strip()).toList();
        assertEquals(List.of("受理", "交办", "开始办理", "办结", "回访关闭"), steps);
        browser.screenshot("service-view-desktop");
        JsonObject api = OFFICE.get("/api/service-requests/" + id).json();
        assertEquals("CLOSED", api.getString("status"));
        assertEquals("office2", api.getString("officer"));
        assertEquals(5, api.getInt("satisfaction"));
    }

    @Test
    void theOfficersRemindersTheOverdueListAndTheFigures() {
        long team = ApplicationFixtures.team("cas");
        Api.Reply late = OFFICE.post("/api/service-requests", Json.createObjectBuilder().add("kind", "registration").add("subjectKind", "TEAM")
                .add("subjectId", team).add("description", "浏览器测试：逾期的注册").add("receivedOn", Fixtures.today().minusDays(30).toString())
                .build().toString());
        assertEquals(201, late.status(), late::body);
        JsonObject r = late.json();
        ServiceRequestsApiIT.stepOk(r, ServiceRequestsApiIT.action("ASSIGN", r.getJsonNumber("version").longValue()).add("officer", "office"));
        long id = r.getJsonNumber("id").longValue();

        browser.login("office", Api.PASSWORD);
        browser.desktop().nav("navServices");
        browser.waitForAjax();
        assertTrue(browser.url().contains("quick=mine"), "the office's entry opens the reminders: " + browser.url());
        assertTrue(browser.present(By.cssSelector("#requests\\:table_data tr.is-overdue")), "overdue rows are marked");
        assertTrue(browser.text(By.id("requests:table")).contains("#" + id));
        assertFalse(browser.text(By.id("navServices")).isBlank());
        browser.screenshot("service-list-desktop");
        browser.phone().open("/services/list.xhtml?quick=overdue");
        assertNoSidewaysScroll("the list on a phone");
        browser.screenshot("service-list-phone");

        browser.desktop().open("/services/figures.xhtml");
        JsonObject figures = OFFICE.get("/api/service-requests/figures").json();
        assertEquals(String.valueOf(figures.getJsonObject("total").getInt("received")), browser.text(By.id("kpiReceived")));
        assertTrue(browser.text(By.id("backlogTable")).contains("县行政审批服务局"));
        browser.screenshot("service-figures-desktop");
        browser.phone().open("/services/figures.xhtml");
        assertNoSidewaysScroll("the figures on a phone");
        browser.screenshot("service-figures-phone");

        // the dashboard's figures are the backlog's, and a talent's profile lists the talent's requests
        long open = figures.getJsonArray("backlog").getValuesAs(JsonObject.class).stream().mapToLong(b -> b.getJsonNumber("open").longValue()).sum();
        long overdue = figures.getJsonArray("backlog").getValuesAs(JsonObject.class).stream().mapToLong(b -> b.getJsonNumber("overdue").longValue()).sum();
        browser.desktop().open("/dashboard.xhtml");
        assertEquals(String.valueOf(open), browser.text(By.id("kpiServicesOpen")));
        assertEquals(String.valueOf(overdue), browser.text(By.id("kpiServicesOverdue")));
        browser.screenshot("service-dashboard-desktop");
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("返乡人才"))));
        Api.Reply forTalent = ServiceRequestsApiIT.file(OFFICE, "schooling", "TALENT", talent, "浏览器测试：子女入学");
        assertEquals(201, forTalent.status(), forTalent::body);
        browser.phone().open("/talents/profile.xhtml?id=" + talent);
        assertTrue(browser.text(By.id("serviceRequests")).contains("子女入学"), browser.text(By.id("serviceRequests")));
        assertTrue(browser.present(By.id("fileService")));
        String timeline = browser.text(By.id("timeline"));
        assertTrue(timeline.contains("受理") && timeline.contains("#" + Fixtures.id(forTalent.json())), "the request's receipt on the timeline: " + timeline);
        assertNoSidewaysScroll("a profile with its requests on a phone");
        browser.screenshot("service-profile-phone");

        browser.desktop().open("/services/catalog.xhtml");
        assertTrue(browser.text(By.id("kinds:table")).contains("housing"));
        assertTrue(browser.text(By.id("days")).contains("国庆节") || browser.text(By.id("days")).contains("还没有登记"));
        browser.screenshot("service-catalog-desktop");
    }

    /** the office finds the talent a request is for as the talent list finds them: by the name's pinyin */
    @Test
    void theOfficeFindsTheTalentByPinyin() {
        browser.desktop().login("office", Api.PASSWORD, "/services/new.xhtml");
        browser.pickButton("requestForm:subjectKind", "人才");
        browser.type(By.id("requestForm:subjectId_input"), "lizhiyuan");
        WebElement suggestion = browser.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='requestForm:subjectId_panel']//*[contains(@class,'ui-autocomplete-item')][contains(normalize-space(), '厉志远')]")));
        assertTrue(suggestion.getText().contains("五莲莲创新材料科技有限公司"), "the employer tells two of one name apart: " + suggestion.getText());
        suggestion.click();
        browser.until(d -> browser.value(By.id("requestForm:subjectId_input")).equals("厉志远"));
        browser.choose("requestForm:kind", "子女入学");
        browser.waitForAjax();
        browser.type(By.id("requestForm:description"), "浏览器测试：按拼音找到的人才 " + Fixtures.unique(""));
        browser.click(By.id("requestForm:file"));
        browser.until(ExpectedConditions.urlContains("/services/view.xhtml"));
        long id = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject filed = OFFICE.get("/api/service-requests/" + id).json();
        assertEquals("TALENT", filed.getString("subjectKind"));
        assertEquals("厉志远", filed.getString("subjectName"));
    }

    /** back from a request the list is as it was left: it came back to 未办结 */
    @Test
    void theListIsAsItWasLeftAfterARequestAndALinkStartsItAfresh() {
        By pressed = By.cssSelector("#filters\\:quick .ui-state-active");
        browser.desktop().login("office", Api.PASSWORD, "/services/list.xhtml");
        assertEquals("未办结", browser.text(pressed));
        browser.click(By.xpath("//*[@id='filters:quick']//*[normalize-space()='全部']"));
        browser.until(ExpectedConditions.textToBe(pressed, "全部"));
        browser.waitForAjax();
        WebElement first = browser.visible(By.cssSelector("#requests\\:table_data a.request-open"));
        String number = first.getText();

        first.click();
        browser.until(ExpectedConditions.urlContains("/services/view.xhtml"));
        browser.driver().navigate().back();
        browser.until(ExpectedConditions.textToBe(pressed, "全部"));
        assertEquals(number, browser.text(By.cssSelector("#requests\\:table_data a.request-open")), "the same first request");

        browser.open("/services/list.xhtml?quick=overdue");
        assertEquals("已超期", browser.text(pressed), "a link's filters replace the kept ones");
    }

    private void assertNoSidewaysScroll(String what) {
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), what + ": no sideways scroll");
    }
}
