package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * The 杰出莲才奖 in a real headless Chromium, one whole cycle: office staff set it up on the page
 * (rubric, committee, eligibility rule), nominate on the page (a talent outside the rule and a
 * duplicate are refused with the reason, nothing typed is lost) and through the API, and assign
 * reviewers automatically. Two reviewers score through the review page — one keeps a draft first,
 * sees nobody else's sheet until submitting and the other's (by letter) after; Enter in an input
 * submits nothing. The office reads both scores in the ranking, decides with a justification,
 * exports the ranking to Excel, publishes with no notice period and finalises; the audit trail
 * lists every step. A reviewer
 * opening someone else's review or the office's pages by URL gets 403.
 * <p>
 * Each test opens its own cycle in a year no other test uses (random in 2040–2099; the award allows
 * one cycle a year) with talents of its own. Screenshots land in {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserAwardIT {

    private static final String WULIAN_TOWNSHIP = "371121001";
    private static final By RULE_TEXT = By.id("ruleText");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("award");

    private final Browser browser = SESSION.browser();

    @Test
    void officeRunsAWholeCycleAndTwoReviewersScoreThroughTheReviewPage() throws IOException {
        String chosen = Fixtures.unique("莲才提名");
        String runnerUp = Fixtures.unique("莲才提名");
        String outsider = Fixtures.unique("外地人才");
        long chosenId = Fixtures.id(Fixtures.create(Fixtures.talent(chosen).add("township", WULIAN_TOWNSHIP)));
        long runnerUpId = Fixtures.id(Fixtures.create(Fixtures.talent(runnerUp).add("township", WULIAN_TOWNSHIP)));
        Fixtures.create(Fixtures.talent(outsider));
        int year = freeYear();

        // the office sets the cycle up on the page: two criteria adding up to 100, two reviewers each, hometown in Wulian
        browser.login("office", Api.PASSWORD);
        browser.click(By.id("navAwards"));
        browser.until(ExpectedConditions.urlContains("/awards/cycles.xhtml"));
        browser.click(By.id("newCycle"));
        browser.until(ExpectedConditions.urlContains("/awards/cycle-edit.xhtml"));
        // the year picker comes filled in, and the spinner puts a cleared value back on change: type over it
        browser.visible(By.id("cycleForm:year_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(year));
        browser.type(By.id("cycleForm:name"), year + " 年度杰出莲才奖（浏览器测试）");
        browser.type(By.id("cycleForm:criterionRows:0:criterionName"), "创新创业成效")
                .type(By.id("cycleForm:criterionRows:0:criterionCode"), "impact");
        browser.typeAndLeave(By.id("cycleForm:criterionRows:0:weight"), "40");
        browser.until(ExpectedConditions.textToBe(By.id("cycleForm:weightSum"), "权重合计 40 / 100"));
        browser.click(By.id("cycleForm:addCriterion")).waitForAjax();
        browser.type(By.id("cycleForm:criterionRows:1:criterionName"), "返乡贡献").type(By.id("cycleForm:criterionRows:1:criterionCode"), "return")
                .type(By.id("cycleForm:criterionRows:1:min"), "1").type(By.id("cycleForm:criterionRows:1:max"), "5")
                .type(By.id("cycleForm:criterionRows:1:guidance"), "看返乡创业、带动就业和回报家乡的实绩");
        browser.typeAndLeave(By.id("cycleForm:criterionRows:1:weight"), "60");
        browser.until(ExpectedConditions.textToBe(By.id("cycleForm:weightSum"), "权重合计 100 / 100"));
        assertEquals("impact", browser.value(By.id("cycleForm:criterionRows:0:criterionCode")), "adding a row keeps what the others hold");
        for (String away : List.of("reviewer3", "reviewer4", "reviewer5")) {
            browser.click(By.xpath("//*[@id='cycleForm:committeePick']//label[contains(., '(" + away + ")')]"));
        }
        replace(By.id("cycleForm:reviewersPerNomination_input"), "2");
        String hometown = browser.addRuleCondition();
        browser.choose(hometown + "fact", "家乡在五莲");
        browser.until(ExpectedConditions.textToBe(RULE_TEXT, "家乡在五莲：是"));
        browser.screenshot("award-cycle-edit-desktop");
        browser.click(By.id("cycleForm:save"));
        browser.until(ExpectedConditions.urlContains("/awards/cycle.xhtml?id="));
        long cycleId = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject cycle = Fixtures.OFFICE.get("/api/award-cycles/" + cycleId).json();
        assertAll("the cycle as set up",
                () -> assertEquals(year, cycle.getInt("year")),
                () -> assertEquals(List.of("reviewer1", "reviewer2"), cycle.getJsonArray("committee").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()),
                () -> assertEquals(2, cycle.getInt("reviewersPerNomination")),
                () -> assertEquals("{\"all\":[{\"fact\":\"hometownInWulian\",\"op\":\"isTrue\"}]}", cycle.getJsonObject("rule").toString()),
                () -> assertEquals(2, cycle.getJsonArray("criteria").size()));

        // nominating on the page: a talent outside the rule is refused with the reason, nothing typed is lost
        browser.click(By.id("hub:nominate"));
        browser.until(ExpectedConditions.urlContains("/awards/nominate.xhtml?cycle=" + cycleId));
        browser.pickTalent("nominationForm:talentId", outsider);
        browser.pickButton("nominationForm:category", "创新创业类");
        browser.type(By.id("nominationForm:statement"), "返乡创办新材料企业，带动就业百余人。");
        browser.type(By.id("nominationForm:achievementRows:0:year"), "2024")
                .type(By.id("nominationForm:achievementRows:0:title"), "省级专精特新企业");
        browser.click(By.id("nominationForm:addAchievement")).waitForAjax();
        browser.type(By.id("nominationForm:achievementRows:1:title"), "带动就业 120 人");
        browser.click(By.id("nominationForm:submit")).waitForAjax();
        String refusal = browser.text(By.cssSelector("#nominationForm .field:has(#nominationForm\\:talentId) .ui-message-error"));
        assertTrue(refusal.startsWith("不符合提名条件") && refusal.contains("家乡在五莲"), refusal);
        assertAll("nothing lost",
                () -> assertTrue(browser.url().contains("/awards/nominate.xhtml")),
                () -> assertEquals("返乡创办新材料企业，带动就业百余人。", browser.value(By.id("nominationForm:statement"))),
                () -> assertEquals("带动就业 120 人", browser.value(By.id("nominationForm:achievementRows:1:title"))));
        browser.screenshot("award-nominate-refused-desktop");
        browser.pickTalent("nominationForm:talentId", chosen);
        browser.click(By.id("nominationForm:submit"));
        browser.until(ExpectedConditions.urlContains("/awards/cycle.xhtml?id=" + cycleId));
        assertTrue(browser.text(By.id("hub:messages")).contains("已提名 " + chosen), () -> browser.text(By.id("hub:messages")));

        // the same talent in the same category again: a duplicate
        browser.click(By.id("hub:nominate"));
        browser.until(ExpectedConditions.urlContains("/awards/nominate.xhtml"));
        browser.pickTalent("nominationForm:talentId", chosen);
        browser.pickButton("nominationForm:category", "创新创业类");
        browser.type(By.id("nominationForm:statement"), "再次提名");
        browser.click(By.id("nominationForm:submit")).waitForAjax();
        assertEquals("该人才已在本年度同一类别中被提名",
                browser.text(By.cssSelector("#nominationForm .field:has(#nominationForm\\:talentId) .ui-message-error")));

        long chosenNomination = nominationOf(cycleId, chosenId);
        long runnerUpNomination = nominate(cycleId, runnerUpId, "innovation", true);
        browser.open("/awards/cycle.xhtml?id=" + cycleId);
        browser.click(By.id("hub:autoAssign")).waitForAjax();
        String report = browser.text(By.id("hub:report"));
        assertTrue(report.contains(chosen + " ← reviewer1, reviewer2") && report.contains(runnerUp + " ← reviewer1, reviewer2"), report);
        assertEquals(List.of("reviewer1", "reviewer2"), browser.all(By.cssSelector(".nomination-" + chosenNomination + " .assignment"))
                .stream().map(a -> a.getDomAttribute("data-reviewer")).toList());
        browser.screenshot("award-hub-desktop");
        long first = assignment(chosenNomination, "reviewer1");
        long second = assignment(chosenNomination, "reviewer2");

        // reviewer1 keeps a draft: saved as the scores change; Enter submits nothing; nobody else's sheet
        browser.reset().login("reviewer1", Api.PASSWORD);
        browser.click(By.id("navReviews"));
        browser.until(ExpectedConditions.urlContains("/awards/reviews.xhtml"));
        WebElement queued = browser.visible(By.cssSelector("[data-assignment='" + first + "']"));
        assertTrue(queued.getText().contains(chosen) && queued.getText().contains("未评"), queued::getText);
        queued.findElement(By.tagName("a")).click();
        browser.until(ExpectedConditions.urlContains("/awards/review.xhtml?id=" + first));
        assertEquals("提交自己的评分后才能看到其他评委的评分。", browser.text(By.id("othersHidden")));
        score(0, "8");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm:draftState"), "草稿已于"));
        assertEquals("32", browser.text(By.id("totalValue")), "40 % of 8 out of 0–10");
        browser.type(By.id("reviewForm:rows:0:criterionComment"), "企业成长快").driver().findElement(By.id("reviewForm:rows:0:criterionComment"))
                .sendKeys(Keys.ENTER);
        browser.waitForAjax();
        assertEquals(0, review("reviewer1", first).getInt("submittedRevision"), "Enter submits nothing");
        browser.click(By.id("reviewForm:saveDraft")).waitForAjax();
        JsonObject draft = review("reviewer1", first);
        assertEquals(8, draft.getJsonObject("scores").getInt("impact"));
        assertEquals("企业成长快", draft.getJsonObject("comments").getString("impact"));
        browser.open("/awards/reviews.xhtml");
        assertTrue(browser.text(By.cssSelector("[data-assignment='" + first + "']")).contains("草稿"));

        // reviewer2 scores and submits, on a phone
        browser.reset().login("reviewer2", Api.PASSWORD).phone();
        browser.open("/awards/review.xhtml?id=" + second);
        score(0, "6");
        score(1, "4");
        browser.until(ExpectedConditions.textToBe(By.id("totalValue"), "69"));
        browser.type(By.id("reviewForm:comment"), "返乡贡献突出");
        browser.screenshotVisible("award-review-phone");
        browser.click(By.id("reviewForm:submit")).waitForAjax();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm:sheetState"), "已提交"));
        assertEquals("其他评委尚未提交。", browser.text(By.id("othersNone")), "reviewer1 has only a draft");
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll on a phone");
        browser.desktop();

        // reviewer1 comes back: the draft is there, the other sheet still hidden; after submitting it shows, by letter only
        browser.reset().login("reviewer1", Api.PASSWORD);
        browser.open("/awards/review.xhtml?id=" + first);
        assertEquals("8", browser.value(By.id("reviewForm:rows:0:score_input")));
        assertEquals("提交自己的评分后才能看到其他评委的评分。", browser.text(By.id("othersHidden")));
        assertFalse(browser.present(By.id("othersTable")));
        score(1, "5");
        browser.until(ExpectedConditions.textToBe(By.id("totalValue"), "92"));
        browser.click(By.id("reviewForm:submit")).waitForAjax();
        WebElement others = browser.visible(By.id("othersTable"));
        assertEquals(List.of("A"), others.findElements(By.cssSelector(".other-letter")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("69"), others.findElements(By.cssSelector(".other-total")).stream().map(WebElement::getText).toList());
        assertFalse(browser.text(By.id("others")).contains("reviewer2"), "the other reviewer is not named");
        browser.screenshot("award-review-submitted-desktop");

        // the runner-up scored through the API, so that the category ranks two
        submit("reviewer1", assignment(runnerUpNomination, "reviewer1"), 5, 3);
        submit("reviewer2", assignment(runnerUpNomination, "reviewer2"), 4, 2);

        // the office: both scores in the ranking, the decision, 公示 without notice, final
        browser.reset().login("office", Api.PASSWORD);
        browser.open("/awards/ranking.xhtml?id=" + cycleId);
        By chosenRow = By.cssSelector("tr[data-nomination='" + chosenNomination + "']");
        String row = browser.text(chosenRow);
        assertAll("both scores of the chosen one",
                () -> assertTrue(row.contains("评委 厉志远 92") && row.contains("评委 孙国栋 69"), row),
                () -> assertEquals("80.50", browser.text(By.cssSelector("tr[data-nomination='" + chosenNomination + "'] td.mean"))),
                () -> assertEquals("1", browser.text(By.cssSelector("tr[data-nomination='" + chosenNomination + "'] td.rank"))),
                () -> assertTrue(browser.text(By.id("basisText")).contains("标准化得分"), () -> browser.text(By.id("basisText"))),
                () -> assertTrue(browser.text(By.id("tieRule")).contains("同分时依次比较"), () -> browser.text(By.id("tieRule"))));
        browser.click(By.cssSelector("tr[data-nomination='" + chosenNomination + "'] .ui-chkbox-box")).waitForAjax();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-category='innovation'] .quota-count"), "已选 1 / 共 1 个名额"));
        browser.type(By.cssSelector("tr[data-nomination='" + chosenNomination + "'] input[id$=':justification']"), "创新成效显著，返乡带动就业");
        browser.click(By.id("decisionForm:decide")).waitForAjax();
        browser.until(ExpectedConditions.textToBe(By.id("cycleStatus"), "已确定名单"));
        browser.screenshot("award-ranking-desktop");
        Path export = browser.downloadXlsx(By.id("tools:export"));
        try (InputStream in = Files.newInputStream(export); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "a header and the two ranked nominations");
            assertAll("the winner's row first",
                    () -> assertEquals(1, sheet.getRow(1).getCell(1).getNumericCellValue()),
                    () -> assertEquals(chosen, sheet.getRow(1).getCell(2).getStringCellValue()),
                    () -> assertEquals("是", sheet.getRow(1).getCell(12).getStringCellValue()));
        }
        replace(By.id("decisionForm:noticeDays_input"), "0");
        browser.click(By.id("decisionForm:publish"));
        confirm();
        browser.until(ExpectedConditions.textToBe(By.id("cycleStatus"), "公示中"));
        browser.click(By.id("decisionForm:finalize"));
        confirm();
        browser.until(ExpectedConditions.textToBe(By.id("cycleStatus"), "已定稿"));
        assertEquals(List.of(chosen), Api.as("office").get("/api/award-cycles/" + cycleId + "/winners").jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(w -> w.getString("nominee")).toList());

        // the audit trail: every step, in the office's words
        browser.click(By.id("tools:audit"));
        browser.until(ExpectedConditions.urlContains("/awards/audit.xhtml?id=" + cycleId));
        String trail = browser.text(By.id("trail:events"));
        for (String step : List.of("创建评选", "提名", "分配评委", "提交评分", "确定获奖", "公示", "定稿")) {
            assertTrue(trail.contains(step), () -> step + " missing from " + trail);
        }
        assertTrue(trail.contains("获奖：创新成效显著，返乡带动就业"), "the justification is in the trail, in the page's words");
        for (String english : List.of("winner", "revision", "total", "notice until", "(auto)")) {
            assertFalse(trail.contains(english), () -> "the particulars in Chinese, not as recorded (" + english + "): " + trail);
        }
        browser.screenshot("award-audit-desktop");
    }

    @Test
    void aReviewerOpeningAnotherReviewersReviewOrTheOfficePagesByUrlGets403() {
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("莲才提名")).add("township", WULIAN_TOWNSHIP)));
        long cycleId = openCycle(1);
        long nomination = nominate(cycleId, talent, "service", false);
        Api.Reply assigned = Fixtures.OFFICE.post("/api/nominations/" + nomination + "/assignments", "{\"reviewer\":\"reviewer1\"}");
        assertEquals(201, assigned.status(), assigned::body);
        long reviewer1s = assignment(nomination, "reviewer1");

        browser.login("reviewer1", Api.PASSWORD);
        assertEquals(200L, status("/awards/review.xhtml?id=" + reviewer1s), "their own");
        browser.reset().login("reviewer2", Api.PASSWORD);
        for (String page : List.of("/awards/review.xhtml?id=" + reviewer1s, "/awards/review.xhtml?id=999999999",
                "/awards/cycle.xhtml?id=" + cycleId, "/awards/ranking.xhtml?id=" + cycleId, "/awards/audit.xhtml?id=" + cycleId,
                "/awards/nominate.xhtml?cycle=" + cycleId, "/awards/cycle-edit.xhtml?id=" + cycleId)) {
            assertEquals(403L, status(page), page);
        }
        browser.open("/awards/review.xhtml?id=" + reviewer1s);
        assertTrue(browser.text(By.tagName("body")).contains("您没有访问此页面的权限"), () -> browser.text(By.tagName("body")));
        browser.open("/awards/reviews.xhtml");
        assertFalse(browser.present(By.id("navAwards")), "a reviewer's menu has no award set-up");
        assertTrue(browser.present(By.id("navReviews")));
    }

    @Test
    void officeConfirmsOnTheCyclePageAChangeMadeAfterSeeingTheOtherSheets() {
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("莲才提名")).add("township", WULIAN_TOWNSHIP)));
        long cycleId = openCycle(2);
        long nomination = nominate(cycleId, talent, "innovation", false);
        assertEquals(200, Fixtures.OFFICE.post("/api/award-cycles/" + cycleId + "/assignments", "").status());
        scoreImpact("reviewer1", assignment(nomination, "reviewer1"), 8, null);
        scoreImpact("reviewer2", assignment(nomination, "reviewer2"), 6, null); // and is shown reviewer1's sheet
        scoreImpact("reviewer2", assignment(nomination, "reviewer2"), 9, "看过其他评分后调整");
        assertEquals(60.0, reviewer2Counted(cycleId, nomination), 1e-9, "the change waits");

        browser.login("office", Api.PASSWORD, "/awards/ranking.xhtml?id=" + cycleId);
        assertEquals("评委 孙国栋 看过他人评分后修改为第 2 版，待确认（计入第 1 版）", browser.text(By.cssSelector(".badge-flagged")), "the reviewer by name");
        browser.open("/awards/audit.xhtml?id=" + cycleId);
        assertTrue(browser.text(By.cssSelector("tr.audit-REVIEW_CHANGE_FLAGGED")).contains("看过他人评分后修改（待确认）"));
        browser.open("/awards/cycle.xhtml?id=" + cycleId);
        String row = browser.text(By.cssSelector("#hub\\:flagged tr.flag-CHANGE"));
        assertTrue(row.contains("评委 孙国栋") && row.contains("看过其他评分后调整") && row.contains("第 2 版"), row);
        browser.screenshot("award-flagged-change");
        browser.click(By.id("hub:flags:0:confirmFlag")).waitForAjax();
        assertTrue(browser.text(By.id("hub:messages")).contains("已确认 评委 孙国栋"), () -> browser.text(By.id("hub:messages")));
        assertFalse(browser.present(By.cssSelector("#hub\\:flagged tr.flag")), "nothing waits any more");
        assertEquals(90.0, reviewer2Counted(cycleId, nomination), 1e-9, "the confirmed change counts");
    }

    private static void scoreImpact(String reviewer, long assignment, int impact, String reason) {
        var body = Json.createObjectBuilder().add("scores", Json.createObjectBuilder().add("impact", impact))
                .add("version", review(reviewer, assignment).getJsonNumber("version").longValue());
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Reply r = Api.as(reviewer).post("/api/reviews/" + assignment + "/submission", body.build().toString());
        assertEquals(200, r.status(), r::body);
    }

    private static double reviewer2Counted(long cycleId, long nomination) {
        return Fixtures.OFFICE.get("/api/award-cycles/" + cycleId + "/ranking").json().getJsonArray("standings").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getJsonNumber("nomination").longValue() == nomination).findFirst().orElseThrow()
                .getJsonObject("totals").getJsonNumber("reviewer2").doubleValue();
    }

    // ---- set-up through the API

    /** a year without a cycle: random in 2040–2099, so that runs and other tests do not meet */
    static int freeYear() {
        List<Integer> taken = Fixtures.OFFICE.get("/api/award-cycles").jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getInt("year")).toList();
        int year;
        do {
            year = ThreadLocalRandom.current().nextInt(2040, 2100);
        } while (taken.contains(year));
        return year;
    }

    /** a cycle open for nominations and reviews today, committee reviewer1 and reviewer2 */
    private static long openCycle(int reviewersPerNomination) {
        LocalDate today = Fixtures.today();
        for (int attempt = 0; attempt < 5; attempt++) {
            int year = freeYear();
            String body = Json.createObjectBuilder().add("year", year).add("name", year + " 年度杰出莲才奖（浏览器测试）")
                    .add("nominationOpens", today.minusDays(1).toString()).add("nominationCloses", today.plusDays(30).toString())
                    .add("reviewOpens", today.minusDays(1).toString()).add("reviewCloses", today.plusDays(45).toString())
                    .add("categories", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "innovation").add("quota", 2))
                            .add(Json.createObjectBuilder().add("code", "service").add("quota", 1)))
                    .add("criteria", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "impact").add("name", "创新创业成效")
                            .add("weight", 100).add("min", 0).add("max", 10)))
                    .add("committee", Json.createArrayBuilder().add("reviewer1").add("reviewer2"))
                    .add("rule", Json.createObjectBuilder().add("all", Json.createArrayBuilder()))
                    .add("reviewersPerNomination", reviewersPerNomination).build().toString();
            Api.Reply r = Fixtures.OFFICE.post("/api/award-cycles", body);
            if (r.status() == 201) {
                return r.json().getJsonNumber("id").longValue();
            }
            assertTrue(r.body().contains("year"), r::body);
        }
        throw new AssertionError("no free year for a cycle");
    }

    /** nominates through the API as office; {@code achievements} adds one line */
    private static long nominate(long cycleId, long talentId, String category, boolean achievements) {
        var body = Json.createObjectBuilder().add("cycleId", cycleId).add("category", category).add("talentId", talentId)
                .add("statement", "长期关心家乡发展，返乡创办企业。");
        if (achievements) {
            body.add("achievements", Json.createArrayBuilder().add(Json.createObjectBuilder().add("year", 2025).add("title", "市级科技进步奖")));
        }
        Api.Reply r = Fixtures.OFFICE.post("/api/nominations", body.build().toString());
        assertEquals(201, r.status(), r::body);
        return r.json().getJsonNumber("id").longValue();
    }

    /** the nomination of a talent in a cycle, e.g. one made on the page */
    private static long nominationOf(long cycleId, long talentId) {
        return Fixtures.OFFICE.get("/api/award-cycles/" + cycleId + "/nominations").jsonValue().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getJsonNumber("talentId").longValue() == talentId).mapToLong(n -> n.getJsonNumber("id").longValue())
                .findFirst().orElseThrow(() -> new AssertionError("talent " + talentId + " is not nominated in cycle " + cycleId));
    }

    /** the id of a reviewer's assignment to a nomination, as the office reads it */
    private static long assignment(long nomination, String reviewer) {
        return Fixtures.OFFICE.get("/api/nominations/" + nomination).json().getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("reviewer").equals(reviewer)).mapToLong(a -> a.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError(reviewer + " is not assigned to nomination " + nomination));
    }

    private static JsonObject review(String reviewer, long assignment) {
        Api.Reply r = Api.as(reviewer).get("/api/reviews/" + assignment);
        assertEquals(200, r.status(), r::body);
        return r.json();
    }

    @Test
    void officeAttachesEvidenceOnTheHubAndTheAssignedReviewerFindsItOnTheReviewPage() throws IOException {
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("莲才提名")).add("township", WULIAN_TOWNSHIP)));
        long cycleId = openCycle(1);
        long nomination = nominate(cycleId, talent, "service", false);
        assertEquals(201, Fixtures.OFFICE.post("/api/nominations/" + nomination + "/assignments", "{\"reviewer\":\"reviewer2\"}").status());
        Path file = Files.createTempFile("证书", ".pdf");
        Files.writeString(file, "%PDF-1.4 evidence");

        browser.login("office", Api.PASSWORD).open("/awards/cycle.xhtml?id=" + cycleId);
        // a web page renamed to .pdf is refused for what it is, with the reason, and not listed
        Path page = Files.createTempFile("网页", ".pdf");
        Files.writeString(page, "<html><script>alert(document.cookie)</script></html>");
        browser.driver().findElement(By.cssSelector(".nomination-" + nomination + " input[type=file]")).sendKeys(page.toAbsolutePath().toString());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hub:messages"), "文件内容不是可接受的格式"));
        browser.screenshot("award-attachment-refused");
        assertFalse(browser.present(By.cssSelector(".nomination-" + nomination + " .files li")), "no file is listed");
        assertEquals(0, Fixtures.OFFICE.get("/api/nominations/" + nomination + "/attachments").jsonValue().asJsonArray().size());
        Files.deleteIfExists(page);

        WebElement input = browser.driver().findElement(By.cssSelector(".nomination-" + nomination + " input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nomination-" + nomination + " .files"),
                file.getFileName().toString()));
        browser.screenshot("award-attachment-hub");

        browser.reset().login("reviewer2", Api.PASSWORD).open("/awards/review.xhtml?id=" + assignment(nomination, "reviewer2"));
        assertTrue(browser.text(By.id("filesCard")).contains(file.getFileName().toString()), () -> browser.text(By.id("filesCard")));
        Files.deleteIfExists(file);
    }

    @Test
    void officeAddsAndRenamesACategoryAndAManagerMayNot() {
        String code = "it-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        browser.login("office", Api.PASSWORD).open("/awards/cycles.xhtml");
        browser.click(By.id("categories"));
        browser.until(ExpectedConditions.urlContains("/awards/categories.xhtml"));
        browser.type(By.id("addCategory:code"), code).click(By.id("addCategory:add")).waitForAjax();
        assertTrue(browser.present(By.cssSelector("#addCategory\\:name.ui-state-error")), "a category without a name is refused beside it");
        browser.type(By.id("addCategory:name"), "青年创业类").type(By.id("addCategory:nameEn"), "Young founders")
                .click(By.id("addCategory:add")).waitForAjax();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("categories"), code));
        int row = browser.all(By.cssSelector("#categories\\:table tbody tr")).size() - 1;
        replace(By.id("categories:table:" + row + ":name"), "青年返乡创业类");
        browser.click(By.id("categories:table:" + row + ":save")).waitForAjax();
        JsonObject saved = ((JsonArray) Fixtures.OFFICE.get("/api/award-categories").jsonValue()).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals("青年返乡创业类", saved.getString("name"));
        assertEquals("Young founders", saved.getString("nameEn"));
        browser.screenshot("award-categories");

        browser.reset().login("mgr-fatong", Api.PASSWORD);
        assertEquals(403L, status("/awards/categories.xhtml"), "a manager may not edit categories");
        assertEquals(403, Api.as("mgr-fatong").put("/api/award-categories/" + code, "{\"name\":\"改名\"}").status());
    }

    private static void submit(String reviewer, long assignment, int impact, int back) {
        Api.Reply r = Api.as(reviewer).post("/api/reviews/" + assignment + "/submission",
                "{\"scores\":{\"impact\":" + impact + ",\"return\":" + back + "},\"version\":" + review(reviewer, assignment).getJsonNumber("version") + "}");
        assertEquals(200, r.status(), r::body);
    }

    // ---- the pages

    /** the status of a page for the browser's session, without leaving the current page */
    private long status(String path) {
        return (Long) browser.js("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send(); return x.status;", path);
    }

    /** answers yes in the page's confirmation dialog and waits for the action */
    private void confirm() {
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).waitForAjax();
    }

    /**
     * Replaces a spinner's number by selecting it and typing over it: clearing the input the usual
     * way lets the spinner put its value back, and "3" then "2" became 32.
     */
    private void replace(By input, String text) {
        WebElement field = browser.visible(input);
        browser.scrollIntoView(field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** types a score into a row of the review sheet and leaves it, which saves the draft (while nothing is submitted) */
    private void score(int row, String value) {
        By input = By.id("reviewForm:rows:" + row + ":score_input");
        replace(input, value);
        browser.driver().findElement(input).sendKeys(Keys.TAB);
        browser.waitForAjax();
    }
}
