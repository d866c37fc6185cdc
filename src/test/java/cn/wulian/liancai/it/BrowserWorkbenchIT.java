package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The 工作台 in a real headless Chromium: the office lands on it, logs a contact for an overdue
 * follow-up from a dialog and sees the row leave the overdue group and the navigation's badge go
 * down by one; a follow-up moved to another day goes to its group; a manager reads their
 * platform's sections on a phone without sideways scrolling. Screenshots in {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserWorkbenchIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("workbench");

    private static By row(long talentId) {
        return By.cssSelector("#wb-followups li[data-talent='" + talentId + "']");
    }

    private static By overdueRow(long talentId) {
        return By.xpath("//h3[@id='wb-group-OVERDUE']/following-sibling::ul[1]/li[@data-talent='" + talentId + "']");
    }

    private static long badge(Browser browser) {
        return browser.present(By.id("nav-count-followups")) ? Long.parseLong(browser.text(By.id("nav-count-followups")).strip()) : 0;
    }

    @Test
    void officeLogsAContactFromTheWorkbenchAndTheFollowUpLeavesTheOverdueGroup() {
        Browser browser = SESSION.browser();
        long talentId = WorkbenchApiIT.overdueTalent();
        browser.login("office", Api.PASSWORD);
        assertTrue(browser.url().contains("/workbench.xhtml"), "after login the 工作台 opens, not " + browser.url());
        browser.visible(overdueRow(talentId));
        long before = badge(browser);
        assertTrue(before >= 1, "the overdue follow-up is counted beside 待跟进");
        browser.screenshot("office-desktop");

        browser.click(By.cssSelector("#wb-followups li[data-talent='" + talentId + "'] .wb-log"));
        browser.visible(By.id("contactForm:summary"));
        browser.type(By.id("contactForm:summary"), "");
        browser.click(By.id("contactForm:saveContact"));
        browser.visible(By.cssSelector("#contactForm .ui-message-error"));
        assertTrue(browser.present(overdueRow(talentId)), "a refused contact changes nothing");

        browser.type(By.id("contactForm:summary"), "电话回访，已约下次面谈");
        browser.click(By.id("contactForm:saveContact"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(row(talentId)));
        browser.visible(By.id("wb"));
        assertFalse(browser.present(row(talentId)), "the contact closed the follow-up");
        assertEquals(before - 1, badge(browser), "the badge counts one follow-up fewer");
    }

    @Test
    void aFollowUpMovedToNextMonthLeavesTheOverdueGroupForLater() {
        Browser browser = SESSION.browser();
        long talentId = WorkbenchApiIT.overdueTalent();
        browser.login("office", Api.PASSWORD);
        browser.visible(overdueRow(talentId));
        long before = badge(browser);
        browser.click(By.cssSelector("#wb-followups li[data-talent='" + talentId + "'] .wb-move"));
        By date = By.id("rescheduleForm:followUpOn_input");
        browser.visible(date);
        browser.typeAndLeave(date, "2000-01-01");
        browser.click(By.id("rescheduleForm:saveReschedule"));
        browser.visible(By.cssSelector("#rescheduleForm .ui-message-error"));

        browser.typeAndLeave(date, Fixtures.today().plusDays(40).toString());
        browser.click(By.id("rescheduleForm:saveReschedule"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(overdueRow(talentId)));
        assertEquals(before - 1, badge(browser), "a follow-up next month is not this week's work");
    }

    @Test
    void aManagerReadsTheirPlatformsWorkOnAPhone() {
        Browser browser = SESSION.browser();
        long own = id(TeamFixtures.draft("fatong"));
        long other = id(TeamFixtures.draft("shibei"));
        browser.login("mgr-fatong", Api.PASSWORD);
        assertTrue(browser.url().contains("/workbench.xhtml"), browser.url());
        browser.phone();
        browser.open("/workbench.xhtml");
        for (String section : List.of("wb-teams", "wb-updates", "wb-inProgress", "wb-nominations")) {
            browser.visible(By.id(section));
        }
        assertFalse(browser.present(By.id("wb-followups")), "follow-ups are the office's");
        List<String> teams = browser.all(By.cssSelector("#wb-teams li.wb-row")).stream().map(li -> li.getAttribute("data-id")).toList();
        assertFalse(teams.contains(String.valueOf(other)), "another platform's team: " + teams);
        long shown = Long.parseLong(browser.driver().findElement(By.id("wb-teams")).getAttribute("data-count"));
        assertTrue(shown >= 1 && (teams.contains(String.valueOf(own)) || teams.size() == 8), "the new draft waits on its manager: " + teams);
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll on a phone");
        browser.screenshot("manager-phone");
    }

    @Test
    void aReviewerLandsOnTheirReviewsAndIsRefusedTheWorkbench() {
        Browser browser = SESSION.browser();
        browser.login("reviewer1", Api.PASSWORD);
        assertTrue(browser.url().contains("/awards/reviews.xhtml"), browser.url());
        assertFalse(browser.present(By.id("navWorkbench")));
        assertEquals(403, browser.fetch("/workbench.xhtml").statusCode());
    }
}
