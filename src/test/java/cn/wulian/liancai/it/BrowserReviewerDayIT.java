package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A committee member's evening in a real headless Chromium. A reviewer of their own (so that the
 * counts are exactly theirs; disabled afterwards, so that no later cycle's committee takes them in)
 * has three nominees of one cycle and has submitted one: the 工作台 says 已评 1 / 共 3 份 and the
 * deadline, the badge beside 我的评审 says 2; 只看未评 lists the two left, and 下一个 walks them with
 * 第 n / m; the sheet shows the evidence, no contact data, and the total out of 100 with how it is
 * made; the comparison shows the reviewer's own scores side by side. Submitting on the page takes the
 * badge down by one.
 */
@ExtendWith(RunningApp.class)
class BrowserReviewerDayIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("reviewer-day");

    private static String reviewer;

    private final Browser browser = SESSION.browser();

    @AfterAll
    static void retireTheReviewer() {
        if (reviewer != null) {
            JsonObject shown = Fixtures.OFFICE.get("/api/accounts/" + reviewer).json();
            Api.Reply r = Fixtures.OFFICE.post("/api/accounts/" + reviewer + "/disable", "{\"version\":" + shown.getJsonNumber("version") + "}");
            assertEquals(200, r.status(), r::body);
        }
    }

    @Test
    void aReviewerWalksTheQueueComparesAndSubmits() {
        reviewer = AccountsApiIT.ready("REVIEWER", null).getString("username");
        Api me = Api.as(reviewer, AccountsApiIT.OWN);
        ReviewerDayFixtures day = ReviewerDayFixtures.open(List.of(reviewer));
        long first = ReviewerDayFixtures.assign(reviewer, me, day.first());
        long second = ReviewerDayFixtures.assign(reviewer, me, day.second());
        long third = ReviewerDayFixtures.assign(reviewer, me, day.third());
        assertEquals(200, AwardsApiIT.submit(me, second, 8, 4, null).status(), "the second one submitted: 77");

        // the 工作台: done of total, the deadline, the badge; the page a reviewer lands on
        browser.login(reviewer, AccountsApiIT.OWN);
        browser.until(ExpectedConditions.urlContains("/awards/reviews.xhtml"));
        assertEquals("已评 1 / 共 3 份", browser.text(By.id("progress")));
        assertEquals("评审截止 " + day.closes() + " · 还有 2 份未评", browser.text(By.id("deadline")));
        assertEquals("2", browser.text(By.id("nav-count-reviews")));
        assertEquals(List.of(first, second, third), assignments(), "创新创业类 first, by nomination; then 服务家乡类");
        browser.screenshot("reviewer-day-queue-desktop");

        // 只看未评: the two left; the walk through them says 第 n / m
        browser.click(By.id("unscoredToggle"));
        browser.until(ExpectedConditions.urlContains("unscored=true"));
        assertEquals(List.of(first, third), assignments());
        assertEquals("已评 1 / 共 3 份", browser.text(By.id("progress")), "the filter lists less, it counts the same");
        browser.visible(By.cssSelector("[data-assignment='" + first + "'] a")).click();
        browser.until(ExpectedConditions.urlContains("/awards/review.xhtml?id=" + first));
        assertEquals("第 1 / 2 份", browser.text(By.id("position")));
        assertTrue(browser.visible(By.id("previous")).getDomAttribute("class").contains("ui-state-disabled"), "nothing before the first");

        // the evidence, no contact data, the total out of 100 with how it is made
        String page = browser.driver().getPageSource();
        assertFalse(page.contains(day.first().phone().substring(7)) || page.contains("nominee.example") || page.contains("nomineePhone"),
                "no phone or e-mail, whole or masked");
        assertEquals(day.team(), browser.text(By.cssSelector("#evidenceTeams tbody tr td")).split(" · ")[0]);
        assertEquals(String.valueOf(ReviewerDayFixtures.HEADCOUNT), browser.text(By.id("evidenceJobs")));
        assertTrue(browser.text(By.id("evidenceProjects")).contains(day.project()));
        assertEquals("/ 100", browser.text(By.id("totalOf")));
        assertTrue(browser.text(By.id("totalHow")).contains("乘以该项权重"), () -> browser.text(By.id("totalHow")));
        browser.screenshot("reviewer-day-sheet-desktop");

        browser.click(By.id("next"));
        browser.until(ExpectedConditions.urlContains("/awards/review.xhtml?id=" + third));
        assertTrue(browser.url().contains("unscored=true"), "the filter travels with the walk");
        assertEquals("第 2 / 2 份", browser.text(By.id("position")));
        assertTrue(browser.visible(By.id("next")).getDomAttribute("class").contains("ui-state-disabled"), "nothing after the last");
        browser.click(By.id("previous"));
        browser.until(ExpectedConditions.urlContains("/awards/review.xhtml?id=" + first));

        // side by side: the reviewer's own scores of the category, the submitted one's total
        browser.click(By.id("compare"));
        browser.until(ExpectedConditions.urlContains("/awards/compare.xhtml"));
        List<WebElement> rows = browser.all(By.cssSelector("#compareTable tbody tr"));
        assertEquals(List.of(first, second), rows.stream().map(r -> Long.parseLong(r.getDomAttribute("data-assignment"))).toList(),
                "the 创新创业类 nominees only");
        WebElement submitted = rows.get(1);
        assertEquals("8", submitted.findElement(By.cssSelector("td.score[data-criterion='impact']")).getText());
        assertEquals("4", submitted.findElement(By.cssSelector("td.score[data-criterion='return']")).getText());
        assertTrue(submitted.findElement(By.cssSelector("td.total")).getText().startsWith("77"), submitted::getText);
        assertEquals("—", rows.get(0).findElement(By.cssSelector("td.total")).getText(), "nothing scored yet");
        browser.screenshot("reviewer-day-compare-desktop");
        assertEquals(403, browser.fetch("/awards/compare.xhtml?cycle=" + day.cycle() + "&category=investment").statusCode(),
                "a category with none of theirs");

        // back to the sheet, score and submit: one fewer waiting
        browser.click(By.id("back"));
        browser.until(ExpectedConditions.urlContains("/awards/review.xhtml?id=" + first));
        // a score out of its range stays as typed and is said not saved (the spinner set it to 10, and that was saved);
        // the rest of the draft is saved all the same (one bad score lost the comments written after it)
        WebElement note = browser.visible(By.id("reviewForm:rows:1:criterionComment"));
        browser.scrollIntoView(note);
        note.sendKeys("回报可期", Keys.TAB);
        browser.waitForAjax();
        WebElement impact = browser.visible(By.id("reviewForm:rows:0:score_input"));
        browser.scrollIntoView(impact);
        impact.sendKeys(Keys.chord(Keys.CONTROL, "a"), "15", Keys.TAB);
        browser.waitForAjax();
        assertEquals("15", browser.value(By.id("reviewForm:rows:0:score_input")));
        String leftOut = browser.text(By.id("reviewForm:draftState"));
        assertTrue(leftOut.startsWith("草稿已于") && leftOut.contains("15 分未保存") && leftOut.contains("0–10"), leftOut);
        assertEquals("回报可期", me.get("/api/reviews/" + first).json().getJsonObject("comments").getString("return"), "the rest was saved");
        // half a point is refused beside its field as typed (the spinner dropped the point: 0.5 was saved as 5)
        WebElement back = browser.visible(By.id("reviewForm:rows:1:score_input"));
        back.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.5", Keys.TAB);
        browser.waitForAjax();
        assertEquals("0.5", browser.value(By.id("reviewForm:rows:1:score_input")));
        assertEquals("请输入整数", browser.text(By.id("reviewForm:rows:1:scoreMessage")));
        JsonObject scores = me.get("/api/reviews/" + first).json().getJsonObject("scores");
        assertTrue(scores == null || !scores.containsKey("return") || scores.isNull("return"), "nothing saved for it: " + scores);
        back.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        browser.waitForAjax();

        // submitted unfinished, from the bottom of the sheet: the reason comes into view and the wanting criteria are marked
        browser.scrollIntoView(browser.visible(By.id("reviewForm:submit")));
        browser.click(By.id("reviewForm:submit")).waitForAjax();
        WebElement message = browser.visible(By.cssSelector("#reviewForm\\:messages .ui-messages-error"));
        String why = browser.text(By.cssSelector("#reviewForm\\:scores .ui-message-error"));
        assertTrue(why.contains("打分"), why);
        assertEquals(Boolean.TRUE, browser.js("var b = arguments[0].getBoundingClientRect(), h = document.querySelector('.topbar').getBoundingClientRect();"
                + " return b.top >= h.bottom && b.bottom <= window.innerHeight;", message), "the refusal is on the screen, not above it");
        assertEquals(2, browser.all(By.cssSelector("#reviewForm .criterion.criterion-wanting")).size(), "15 and the empty one");
        browser.screenshot("reviewer-day-sheet-refused");
        for (String[] score : new String[][] {{"0", "6"}, {"1", "3"}}) {
            WebElement spinner = browser.visible(By.id("reviewForm:rows:" + score[0] + ":score_input"));
            browser.scrollIntoView(spinner);
            spinner.sendKeys(Keys.chord(Keys.CONTROL, "a"), score[1], Keys.TAB);
            browser.waitForAjax();
        }
        assertEquals("54", browser.text(By.id("totalValue")), "40 × 6/10 + 60 × (3 − 1)/(5 − 1)");
        browser.click(By.id("reviewForm:submit")).waitForAjax();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm:sheetState"), "已提交"));
        assertTrue(browser.text(By.id("reviewForm:messages")).contains("评分已提交（第 1 版）"), () -> browser.text(By.id("reviewForm:messages")));
        // the same sheet sent again (the second click of a double click) is answered as submitted, not as a change
        browser.click(By.id("reviewForm:submit")).waitForAjax();
        assertTrue(browser.text(By.id("reviewForm:messages")).contains("评分已提交（第 1 版）"), () -> browser.text(By.id("reviewForm:messages")));
        browser.open("/awards/reviews.xhtml");
        assertEquals("已评 2 / 共 3 份", browser.text(By.id("progress")));
        assertEquals("1", browser.text(By.id("nav-count-reviews")));

        // stepping aside from the third leads back to the queue without the browser asking whether to leave the sheet
        // (the dialog's own request was taken for a save of the sheet under way)
        browser.open("/awards/review.xhtml?id=" + third);
        browser.click(By.id("reviewForm:declare"));
        browser.type(By.id("conflictForm:reason"), "被提名人是我的同事");
        // the driver answers a leave-page prompt by itself: whether the page asked is noted where the next page can read it
        browser.js("window.addEventListener('beforeunload', function (e) {"
                + " sessionStorage.setItem('askedToLeave', String(e.defaultPrevented)); });");
        browser.click(By.id("conflictForm:confirmDeclare"));
        browser.until(ExpectedConditions.urlContains("/awards/reviews.xhtml"));
        assertTrue(browser.driver().getPageSource().contains("已声明回避"), "said on the queue");
        assertEquals("false", browser.js("return sessionStorage.getItem('askedToLeave');"), "left without asking");
        browser.phone();
        browser.screenshot("reviewer-day-queue-phone");
    }

    private List<Long> assignments() {
        return browser.all(By.cssSelector(".queue-cycle .queue-item")).stream().map(e -> Long.parseLong(e.getDomAttribute("data-assignment")))
                .toList();
    }
}
