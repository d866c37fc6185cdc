package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The support policies in a real headless Chromium: anyone signed in reads the five-ones package,
 * each policy with its benefit, caps, budget and conditions in words; a team's page says which
 * policies the team qualifies for and, line by line, why. Screenshots land in
 * {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserPolicyIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("policy");

    @Test
    void aManagerReadsTheFiveOnesWithTheirConditionsInWords() {
        Browser browser = SESSION.browser();
        // reviewers no longer read policies (least privilege, ReviewerPrivilegeIT): a platform manager is the reader without edit rights
        browser.login("mgr-fatong", Api.PASSWORD);
        browser.click(By.id("navPolicies"));
        browser.until(ExpectedConditions.urlContains("/policies/list.xhtml"));
        for (String code : PoliciesApiIT.FIVE_ONES) {
            assertTrue(browser.present(By.id("policy-" + code)), code);
        }
        WebElement fund = browser.visible(By.id("policy-startup-fund"));
        assertTrue(fund.getText().startsWith("创业启动资金"), fund::getText);
        assertEquals("资金扶持：50 万元", fund.findElement(By.cssSelector(".policy-benefit")).getText());
        assertEquals("300 万元", fund.findElement(By.cssSelector(".policy-budget")).getText());
        assertTrue(fund.findElement(By.cssSelector(".policy-rule")).getText().endsWith("（以下任一：带头人最高学历：硕士及以上；知识产权数：不少于 5 项）"),
                fund::getText);
        assertEquals("免租场地：200 平方米 × 36 个月",
                browser.text(By.cssSelector("#policy-space .policy-benefit")));
        browser.screenshot("policy-list-desktop");
        browser.phone().screenshot("policy-list-phone");
    }

    @Test
    void aTeamsPageSaysWhichPoliciesItQualifiesForAndWhy() {
        Browser browser = SESSION.browser();
        long team = PoliciesApiIT.teamNamed("石雕文创设计团队");
        browser.login("mgr-fatong", Api.PASSWORD, "/teams/view.xhtml?id=" + team);
        WebElement fund = browser.visible(By.id("eligibility-startup-fund"));
        browser.scrollIntoView(fund);
        assertTrue(fund.getText().startsWith("符合") && fund.getText().contains("创业启动资金"), fund::getText);
        // the team qualifies through its leader's degree: its 4 IP items (5 asked) are no reason to show a ✗
        assertEquals(List.of(), fund.findElements(By.cssSelector("li.mark-FAILED")).stream().map(WebElement::getText).toList());
        assertEquals("以下任一（符合）", fund.findElement(By.cssSelector("li.group")).getText());
        assertEquals(4, fund.findElements(By.cssSelector("li.mark-PASSED, li.mark-FAILED, li.mark-MISSING")).size(),
                "three conditions and the branch of the 'any' that passed");
        List<String> rules = fund.findElements(By.cssSelector(".policy-rules li")).stream().map(WebElement::getText).toList();
        assertEquals(4, rules.size(), rules::toString);
        assertEquals("（以下任一：带头人最高学历：硕士及以上；知识产权数：不少于 5 项）", rules.get(3), "the policy's own words");
        // the team had its one grant of it (demo A01): no application offered that would be refused, and why
        assertFalse(browser.present(By.cssSelector("#eligibility-startup-fund a.apply-button")), "no application past the cap");
        assertEquals("该对象已获此政策扶持 1 次，已达上限 1 次", browser.text(By.cssSelector("#eligibility-startup-fund .capped")));
        browser.screenshotVisible("policy-team-eligibility-desktop");

        browser.switchLanguage();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#eligibility h2"), "Support policies"));
        assertTrue(browser.text(By.cssSelector("#eligibility-space")).startsWith("Eligible"), () -> browser.text(By.id("eligibility-space")));
        assertEquals(List.of(), browser.all(By.cssSelector("#eligibility-startup-fund li.mark-FAILED")).stream().map(WebElement::getText).toList());
        assertTrue(browser.all(By.cssSelector("#eligibility-startup-fund li.mark-PASSED")).getLast().getText().startsWith("leader's highest degree"),
                "the reasons follow the page's language");
        assertEquals("any of the following (met)", browser.text(By.cssSelector("#eligibility-startup-fund li.group")));
        browser.phone(); // fails if anything makes the page wider than the phone (the English top bar did)
        browser.scrollIntoView(browser.visible(By.id("eligibility")));
        browser.screenshotVisible("policy-team-eligibility-phone-en");
    }

    @Test
    void projectAndTalentPagesCarryTheirEligibilityButAReviewerSeesNone() {
        Browser browser = SESSION.browser();
        long project = Fixtures.id(ProjectFixtures.fresh("fatong"));
        long talent = TeamFixtures.leaderId();
        browser.login("office", Api.PASSWORD, "/projects/view.xhtml?id=" + project);
        assertTrue(browser.present(By.id("eligibility-specialist")), "the project policy is judged on the project's page");
        browser.open("/talents/profile.xhtml?id=" + talent);
        assertTrue(browser.present(By.id("eligibility-apartment")), "the talent policy on the talent's profile");
        browser.screenshot("policy-talent-eligibility-desktop");

        // the talent leads a team: deleting is refused with the reason, and the profile stays
        browser.click(By.id("moreToggle")); // 删除 waits behind 更多
        browser.click(By.id("actions:delete"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "不能删除"));
        assertTrue(browser.url().contains("/talents/profile.xhtml"), browser.url());
        assertEquals(200, Fixtures.OFFICE.get("/api/talents/" + talent).status());

        // a reviewer has no business with the profile nor its support policies: the page is refused them (least privilege)
        browser.reset();
        browser.login("reviewer1", Api.PASSWORD);
        assertEquals(403, browser.fetch("/talents/profile.xhtml?id=" + talent).statusCode());
    }
}
