package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Applications for support policies in a real headless Chromium: a platform manager applies from
 * a team's eligibility card on a phone, the office approves from its queue and records a payment,
 * and the support report moves by exactly those amounts; the manager follows their platform's
 * applications but cannot open another platform's nor decide or pay; bad amounts and a missing
 * voucher are marked beside their fields and change nothing; a decision someone else took
 * meanwhile is said so. Every application here is for a policy this test creates under its own
 * code, so the figures are the test's own whatever else the shared database holds. Screenshots
 * land in {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserApplicationIT {

    private static final String PASSWORD = Api.PASSWORD;
    private static final BigDecimal BENEFIT = new BigDecimal("100000");
    private static final List<String> FIGURES = List.of("applications", "pending", "approved", "rejected", "approvedAmount", "disbursed",
            "budget", "committed", "left");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("application");

    /** this run's policy: cash for incubating teams, 100,000 yuan, a budget of 1,000,000 */
    private static String policy;
    private static String policyName;

    private final Browser browser = SESSION.browser();

    @BeforeAll
    static void aPolicyOfThisTestsOwn() {
        policy = PoliciesApiIT.code();
        policyName = "集成测试资金 " + policy;
        PoliciesApiIT.create(OFFICE, PoliciesApiIT.policy(policy).add("name", policyName).add("benefitAmount", BENEFIT.toPlainString())
                .add("validFrom", Fixtures.today().withDayOfYear(1).toString()).remove("capPerBeneficiary").remove("capGrantsPerBeneficiary"));
    }

    @Test
    void aManagerAppliesFromAPhoneTheOfficeApprovesAndPaysAndTheReportFollows() {
        long team = eligibleTeams("fatong").get(0);
        String teamName = TeamFixtures.readTeam(team).getString("name");
        int year = Fixtures.today().getYear();
        String voucher = "IT-" + policy;

        // the office notes this year's figures of the policy
        browser.login("office", PASSWORD, "/applications/report.xhtml?year=" + year);
        assertEquals("政策兑现报表 · " + year, browser.text(By.id("reportTitle")));
        Map<String, BigDecimal> before = figures(policy);
        assertEquals(0, new BigDecimal("1000000").compareTo(before.get("budget")), before::toString);

        // the platform's manager applies from the team's eligibility card, on a phone
        browser.reset();
        browser.login("mgr-fatong", PASSWORD);
        browser.phone().open("/teams/view.xhtml?id=" + team);
        WebElement card = browser.visible(By.id("eligibility-" + policy));
        assertTrue(card.getText().startsWith("符合"), card::getText);
        browser.click(By.cssSelector("#eligibility-" + policy + " a.apply-button"));
        browser.until(ExpectedConditions.urlContains("/applications/new.xhtml"));
        assertAll("the form says whom for and what the policy gives",
                () -> assertEquals(teamName + " · 团队", browser.text(By.id("subject"))),
                () -> assertEquals("资金扶持：10 万元", browser.text(By.id("benefit"))));
        browser.type(By.id("applicationForm:requestedAmount"), "80000")
                .type(By.id("applicationForm:statement"), "购置研发设备");
        assertNoSidewaysScroll();
        browser.screenshot("application-new-phone");
        browser.click(By.id("applicationForm:submit"));
        browser.until(ExpectedConditions.urlContains("/applications/view.xhtml"));
        browser.waitForAjax();
        long id = idFrom(browser.url());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "申请已提交"));
        assertEquals("待审批", browser.text(By.id("applicationStatus")));
        assertEquals("8 万元", browser.text(By.id("requestedAmount")));
        assertFalse(browser.present(By.id("approveForm")), "the manager does not decide");
        assertTrue(browser.present(By.id("withdrawForm")), "but may withdraw while it waits");
        assertNoSidewaysScroll();
        browser.screenshot("application-view-phone-manager");
        browser.open("/teams/view.xhtml?id=" + team);
        assertTrue(browser.text(By.id("eligibility-" + policy)).contains("已申请，待审批（#" + id + "）"), "the card links the pending application");
        assertFalse(browser.present(By.cssSelector("#eligibility-" + policy + " a.apply-button")), "and offers no second one");

        // the office opens its queue, approves a smaller amount and records a first payment
        browser.reset();
        browser.login("office", PASSWORD);
        browser.click(By.id("navApplications"));
        browser.until(ExpectedConditions.urlContains("/applications/list.xhtml"));
        assertEquals("待审批", browser.text(By.cssSelector("#filters\\:quick .ui-state-active")), "the office's link opens its queue");
        assertTrue(browser.text(By.cssSelector(".pending-count")).startsWith("待审批 "), "with the count waiting");
        browser.screenshot("application-list-desktop");
        // anywhere on the row opens it: a click on its status, as a mouse does it
        WebElement status = browser.visible(By.xpath("//tr[.//a[normalize-space()='#" + id + "']]/td[contains(@class,'col-status')]"));
        browser.scrollIntoView(status);
        new Actions(browser.driver()).moveToElement(status).click().perform();
        browser.until(ExpectedConditions.urlContains("/applications/view.xhtml?id=" + id));
        browser.waitForAjax();
        assertEquals("80000", browser.value(By.id("approveForm:amount")), "the amount asked for, ready to approve");
        assertTrue(browser.text(By.id("eligibility")).contains(policyName), "the team's standing under the policy today");
        browser.screenshot("application-view-desktop-submitted");
        browser.type(By.id("approveForm:amount"), "60000").type(By.id("approveForm:conditions"), "设备到货验收后拨付余款");
        browser.click(By.id("approveForm:approve")).waitForAjax();
        browser.until(ExpectedConditions.textToBe(By.id("applicationStatus"), "已批准"));
        assertEquals("60000", browser.value(By.id("payForm:amount")), "a payment starts from what is still open");
        assertEquals(Fixtures.today().toString(), browser.value(By.id("payForm:paidOn_input")), "paid today unless changed");
        browser.type(By.id("payForm:amount"), "25000").type(By.id("payForm:voucherNo"), voucher);
        browser.click(By.id("payForm:disburse")).waitForAjax();
        browser.until(ExpectedConditions.textToBe(By.id("applicationStatus"), "拨付中"));
        assertAll("the payment is on the page",
                () -> assertEquals(1, browser.all(By.cssSelector("#disbursementRows tr.disbursement")).size()),
                () -> assertEquals(voucher, browser.text(By.cssSelector("#disbursementRows .voucher"))),
                () -> assertEquals("35,000.00 元", browser.text(By.id("open")), "what is left to pay, to the fen"),
                () -> assertEquals(List.of("待审批", "已批准", "拨付中"), browser.all(By.cssSelector("#transitions .app-status")).stream()
                        .map(WebElement::getText).toList()));
        assertTrue(browser.text(By.id("closeHint")).contains("35,000.00 元"), "closing says what returns to the budget");
        browser.screenshot("application-view-desktop-granted");
        JsonObject saved = OFFICE.get("/api/applications/" + id).json();
        assertEquals("GRANTED", saved.getString("status"));
        assertEquals(0, new BigDecimal("60000").compareTo(saved.getJsonNumber("approvedAmount").bigDecimalValue()));
        assertEquals(0, new BigDecimal("25000").compareTo(saved.getJsonNumber("disbursed").bigDecimalValue()));

        // the report has moved by exactly those amounts
        browser.open("/applications/report.xhtml?year=" + year);
        Map<String, BigDecimal> after = figures(policy);
        Map<String, BigDecimal> expected = new LinkedHashMap<>(before);
        expected.merge("applications", BigDecimal.ONE, BigDecimal::add);
        expected.merge("approved", BigDecimal.ONE, BigDecimal::add);
        expected.merge("approvedAmount", new BigDecimal("60000"), BigDecimal::add);
        expected.merge("disbursed", new BigDecimal("25000"), BigDecimal::add);
        expected.merge("committed", new BigDecimal("60000"), BigDecimal::add);
        expected.merge("left", new BigDecimal("-60000"), BigDecimal::add);
        FIGURES.forEach(f -> assertEquals(0, expected.get(f).compareTo(after.get(f)), () -> f + ": expected " + expected + ", shown " + after));
        browser.screenshot("application-report-desktop");
        browser.phone();
        browser.screenshot("application-report-phone");
    }

    @Test
    void aManagerFollowsTheirPlatformsApplicationsButNoOtherAndNeitherDecidesNorPays() {
        List<Long> fatong = eligibleTeams("fatong");
        long own = submit(Api.as("mgr-fatong"), fatong.get(1), null);
        long approved = submit(OFFICE, fatong.get(2), null);
        step(approved, "APPROVED", "50000", null);
        long shibei = submit(OFFICE, eligibleTeams("shibei").get(0), null);

        browser.login("mgr-fatong", PASSWORD);
        browser.phone();
        browser.nav("navApplications");
        browser.until(ExpectedConditions.urlContains("/applications/list.xhtml"));
        assertFalse(browser.present(By.id("filters:platform")), "a manager's platform is fixed");
        browser.click(By.id("filterToggle")); // on a phone the filters are folded behind one button
        browser.choose("filters:policy", policyName);
        browser.waitForAjax();
        browser.until(d -> shownIds().containsAll(List.of(own, approved)));
        assertFalse(shownIds().contains(shibei), "another platform's application is not listed");
        assertNoSidewaysScroll();
        browser.screenshot("application-list-phone-manager");

        browser.open("/applications/view.xhtml?id=" + approved);
        assertEquals("已批准", browser.text(By.id("applicationStatus")));
        assertAll("no decision, payment or closing for a manager",
                () -> assertFalse(browser.present(By.id("approveForm"))),
                () -> assertFalse(browser.present(By.id("rejectForm"))),
                () -> assertFalse(browser.present(By.id("payForm"))),
                () -> assertFalse(browser.present(By.id("closeForm"))),
                () -> assertFalse(browser.present(By.id("withdrawForm")), "an approval is no longer withdrawn"));

        for (String page : List.of("/applications/view.xhtml?id=" + shibei, "/applications/view.xhtml?id=999999999",
                "/applications/report.xhtml", "/applications/new.xhtml?kind=TALENT&id=" + TeamFixtures.leaderId() + "&policy=apartment")) {
            browser.open(page);
            assertEquals("您没有访问此页面的权限。", browser.text(By.cssSelector(".login-card p")), page);
        }
        browser.screenshot("application-forbidden-phone");
    }

    /** a service is given once: approved and recorded as given with no amount to type, nor 个对象 to decide */
    @Test
    void aServiceIsApprovedAndRecordedAsGivenWithNoAmountToType() {
        String policy = ApplicationFixtures.policy(Json.createObjectBuilder().add("code", PoliciesApiIT.code()).add("name", "测试服务")
                .add("description", "集成测试用").add("beneficiaryKind", "TEAM").add("benefitKind", "SERVICE").add("benefitText", "对接合作银行")
                .add("annualBudget", "20").add("validFrom", "2026-01-01")
                .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder().add(PoliciesApiIT.condition("headcount", "gte", 1)))));
        long id = Fixtures.id(ApplicationFixtures.submitted(OFFICE, policy, ApplicationFixtures.team("fatong"), null));
        browser.login("office", PASSWORD, "/applications/view.xhtml?id=" + id);
        assertFalse(browser.present(By.id("approveForm:amount")), "no amount to decide");
        browser.click(By.id("approveForm:approve")).waitForAjax();
        browser.until(ExpectedConditions.textToBe(By.id("applicationStatus"), "已批准"));
        assertEquals("登记服务已提供", browser.text(By.cssSelector("#pay h2")));
        assertFalse(browser.present(By.id("payForm:amount")), "no amount to record");
        browser.screenshot("application-service-given");
        browser.type(By.id("payForm:voucherNo"), "FW-2026-001");
        browser.click(By.id("payForm:disburse")).waitForAjax();
        browser.until(d -> "GRANTED".equals(OFFICE.get("/api/applications/" + id).json().getString("status")));
        assertEquals("FW-2026-001", OFFICE.get("/api/applications/" + id).json().getJsonArray("disbursements").getJsonObject(0).getString("voucherNo"));
    }

    @Test
    void badAmountsAndAMissingVoucherAreMarkedBesideTheirFieldsAndChangeNothing() {
        long id = submit(OFFICE, eligibleTeams("fatong").get(3), null);
        browser.login("office", PASSWORD, "/applications/view.xhtml?id=" + id);
        assertEquals("100000", browser.value(By.id("approveForm:amount")), "nothing asked: the policy's benefit");

        browser.type(By.id("approveForm:amount"), "150000");
        browser.click(By.id("approveForm:approve")).waitForAjax();
        assertEquals("超过政策规定的扶持标准", messageBeside("approveForm", "amount"));
        assertEquals("150000", browser.value(By.id("approveForm:amount")), "what was typed stays");
        assertEquals("待审批", browser.text(By.id("applicationStatus")));
        assertEquals("SUBMITTED", OFFICE.get("/api/applications/" + id).json().getString("status"), "nothing approved");
        browser.screenshot("application-approve-invalid");

        browser.click(By.id("rejectForm:reject")).waitForAjax();
        assertEquals("驳回时必须说明理由", messageBeside("rejectForm", "reason"));
        assertEquals("SUBMITTED", OFFICE.get("/api/applications/" + id).json().getString("status"), "nothing rejected");

        // typed as people write amounts: full-width digits and a thousands separator
        browser.type(By.id("approveForm:amount"), "５0,000");
        browser.click(By.id("approveForm:approve")).waitForAjax();
        browser.until(ExpectedConditions.textToBe(By.id("applicationStatus"), "已批准"));
        assertEquals(0, new BigDecimal("50000").compareTo(OFFICE.get("/api/applications/" + id).json().getJsonNumber("approvedAmount").bigDecimalValue()));

        browser.type(By.id("payForm:amount"), "70000").type(By.id("payForm:voucherNo"), "");
        browser.click(By.id("payForm:disburse")).waitForAjax();
        assertAll("both refusals beside their fields",
                () -> assertEquals("必填", messageBeside("payForm", "voucherNo")),
                () -> assertEquals("超过批准额度中尚未拨付的部分（剩余 50,000.00 元）", messageBeside("payForm", "amount")));
        assertEquals("70000", browser.value(By.id("payForm:amount")));
        JsonObject now = OFFICE.get("/api/applications/" + id).json();
        assertEquals("APPROVED", now.getString("status"), "nothing paid");
        assertTrue(now.getJsonArray("disbursements").isEmpty());
        assertEquals("尚未拨付", browser.text(By.id("disbursements")).replace("拨付记录", "").strip());
        browser.screenshot("application-pay-invalid");
        browser.phone().screenshot("application-pay-invalid-phone");
    }

    @Test
    void aDecisionSomeoneElseTookMeanwhileIsSaidSoAndShown() {
        long id = submit(OFFICE, eligibleTeams("fatong").get(4), "60000");
        browser.login("office", PASSWORD, "/applications/view.xhtml?id=" + id);
        step(id, "APPROVED", null, null); // another officer, in another window

        browser.type(By.id("rejectForm:reason"), "材料不全");
        browser.click(By.id("rejectForm:reject")).waitForAjax();
        assertTrue(browser.text(By.id("staleNotice")).contains("该申请刚被他人处理"), () -> browser.text(By.id("staleNotice")));
        assertEquals("已批准", browser.text(By.id("applicationStatus")), "the page shows the application as it now stands");
        assertFalse(browser.present(By.id("rejectForm")), "and no longer offers to reject it");
        assertEquals("APPROVED", OFFICE.get("/api/applications/" + id).json().getString("status"));
        assertEquals("6 万元", browser.text(By.id("approvedAmount")));
    }

    @Test
    void theQueueOpensFilteredFromALinkFiltersByQuickChoiceAndExportsWhatItShows() throws IOException {
        List<Long> shibei = eligibleTeams("shibei");
        long submitted = submit(OFFICE, shibei.get(shibei.size() - 1), null);
        String toPay = "status=APPROVED,GRANTED&policy=" + policy;
        browser.login("office", PASSWORD, "/applications/list.xhtml?" + toPay);
        assertEquals("待拨付或办理", browser.text(By.cssSelector("#filters\\:quick .ui-state-active")), "the link's status is the quick choice");
        assertEquals(policyName, browser.text(By.id("filters:policy_label")), "and its policy the menu's");
        long paying = total(toPay);
        browser.until(d -> pageReport().startsWith("共 " + paying + " 份申请"));
        assertFalse(shownIds().contains(submitted), "a submitted application is not to pay");
        Path file = browser.downloadXlsx(By.id("exportForm:export"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(paying, workbook.getSheetAt(0).getLastRowNum(), "a header and the rows shown");
        }

        browser.click(By.xpath("//*[@id='filters:quick']//*[normalize-space()='全部']"));
        long all = total("policy=" + policy);
        browser.until(d -> pageReport().startsWith("共 " + all + " 份申请"));
        assertEquals("全部", browser.text(By.id("filters:status_label")), "the status menu follows the quick choice");
        browser.until(d -> shownIds().contains(submitted));

        browser.open("/applications/list.xhtml?status=PAID&policy=nothing&year=soon");
        assertEquals("全部", browser.text(By.cssSelector("#filters\\:quick .ui-state-active")), "a value the menus do not offer is ignored");
        assertEquals("全部", browser.text(By.id("filters:policy_label")));
    }

    /** back from an application the queue is as it was left: it came back unfiltered, on page 1 */
    @Test
    void theQueueIsAsItWasLeftAfterAnApplicationAndALinkStartsItAfresh() {
        List<Long> fatong = eligibleTeams("fatong");
        long mine = submit(OFFICE, fatong.get(0), null);
        browser.login("office", PASSWORD, "/applications/list.xhtml");
        browser.click(By.xpath("//*[@id='filters:quick']//*[normalize-space()='全部']"));
        browser.choose("filters:policy", policyName);
        long all = total("policy=" + policy);
        browser.until(d -> pageReport().startsWith("共 " + all + " 份申请"));
        browser.until(d -> shownIds().contains(mine));

        browser.click(By.linkText("#" + mine));
        browser.until(ExpectedConditions.urlContains("/applications/view.xhtml"));
        browser.driver().navigate().back();
        browser.until(d -> pageReport().startsWith("共 " + all + " 份申请"));
        assertEquals(policyName, browser.text(By.id("filters:policy_label")), "the policy chosen before");
        assertEquals("全部", browser.text(By.cssSelector("#filters\\:quick .ui-state-active")), "and the quick choice");

        browser.open("/applications/list.xhtml?status=SUBMITTED");
        assertEquals("全部", browser.text(By.id("filters:policy_label")), "a link's filters replace the kept ones");
        assertEquals("待审批", browser.text(By.cssSelector("#filters\\:quick .ui-state-active")));
    }

    // ---- helpers

    /** INCUBATING teams of a platform that qualify for this test's policy today, by the API */
    private static List<Long> eligibleTeams(String platform) {
        List<Long> teams = Fixtures.rows(OFFICE.get("/api/teams?limit=200&status=INCUBATING&platform=" + platform)).getValuesAs(JsonObject.class)
                .stream().map(Fixtures::id).filter(t -> PoliciesApiIT.policyIn(PoliciesApiIT.read("/api/eligibility/team/" + t), policy)
                        .getBoolean("eligible")).sorted().toList();
        assertTrue(teams.size() >= 5 || !"fatong".equals(platform), () -> "eligible fatong teams: " + teams);
        assertFalse(teams.isEmpty(), platform);
        return teams;
    }

    /** an application for this test's policy, by the API */
    private static long submit(Api api, long team, String amount) {
        var body = Json.createObjectBuilder().add("policy", policy).add("subjectKind", "TEAM").add("subjectId", team);
        if (amount != null) {
            body.add("requestedAmount", new BigDecimal(amount));
        }
        Api.Reply r = api.post("/api/applications", body.build().toString());
        assertEquals(201, r.status(), r::body);
        return Fixtures.id(r.json());
    }

    private static void step(long id, String to, String amount, String reason) {
        long version = OFFICE.get("/api/applications/" + id).json().getJsonNumber("version").longValue();
        var body = Json.createObjectBuilder().add("to", to).add("version", version);
        if (amount != null) {
            body.add("amount", new BigDecimal(amount));
        }
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Reply r = Api.as("office2").post("/api/applications/" + id + "/transitions", body.build().toString());
        assertEquals(200, r.status(), r::body);
    }

    /** the report's figures of one policy, as shown: "60,000" is 60000 */
    private Map<String, BigDecimal> figures(String code) {
        WebElement row = browser.visible(By.id("policy-" + code));
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String f : FIGURES) {
            figures.put(f, new BigDecimal(row.findElement(By.cssSelector("td." + f)).getText().replace(",", "").strip()));
        }
        return figures;
    }

    private String messageBeside(String form, String field) {
        return browser.text(By.cssSelector("#" + form + " .field:has([id='" + form + ":" + field + "']) .ui-message-error"));
    }

    private String pageReport() {
        return browser.text(By.cssSelector("#applications\\:table .ui-paginator-current"));
    }

    /** the applications office finds through the API with this query */
    private static long total(String query) {
        return OFFICE.get("/api/applications?limit=1&" + query).json().getJsonNumber("total").longValue();
    }

    private List<Long> shownIds() {
        return browser.all(By.cssSelector("#applications\\:table_data a.app-open")).stream()
                .map(a -> Long.parseLong(a.getText().replace("#", "").strip())).toList();
    }

    private void assertNoSidewaysScroll() {
        Object wider = browser.js("return document.documentElement.scrollWidth > window.innerWidth;");
        assertEquals(Boolean.FALSE, wider, "the page scrolls sideways at phone width");
    }

    private static long idFrom(String url) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
        assertTrue(m.find(), "the application URL carries the id: " + url);
        return Long.parseLong(m.group(1));
    }
}
