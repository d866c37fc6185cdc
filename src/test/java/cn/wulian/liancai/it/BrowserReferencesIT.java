package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A delete refused on the page names, in the page's language, the records that still refer to the
 * one to be deleted, and the page stays; a record nothing names is deleted from its page.
 */
@ExtendWith(RunningApp.class)
class BrowserReferencesIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("references");

    private final Browser browser = SESSION.browser();

    @Test
    void deletingATalentWhoLeadsATeamNamesTheTeam() {
        long talent = id(Fixtures.create(Fixtures.talent(unique("页面带头人"))));
        String team = unique("页面团队");
        TeamFixtures.createTeam(OFFICE, TeamFixtures.team(team, "fatong").add("leaderId", talent).build());

        browser.login("office", Api.PASSWORD, "/talents/profile.xhtml?id=" + talent);
        browser.click(By.id("moreToggle")); // 删除 waits behind 更多
        browser.click(By.id("actions:delete"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "团队「" + team + "」（负责人）"));
        assertTrue(browser.text(By.cssSelector(".ui-growl")).contains("该人才仍被以下记录引用，不能删除"), browser.text(By.cssSelector(".ui-growl")));
        assertTrue(browser.url().contains("/talents/profile.xhtml"), browser.url());
        assertEquals(200, OFFICE.get("/api/talents/" + talent).status());
    }

    @Test
    void deletingATeamWithAProjectOrAProjectWithAnApplicationNamesThem() {
        long team = id(TeamFixtures.draft("fatong"));
        String project = unique("团队页面项目");
        long projectId = id(ProjectFixtures.create(OFFICE, Json.createObjectBuilder().add("title", project).add("teamId", team)
                .add("plannedInvestment", 1).add("countyLeader", "副县长 测试").add("openedOn", Fixtures.today().toString()).build()));
        String policy = ReferencesIT.policy(unique("项目页面政策"), "PROJECT", PoliciesApiIT.condition("plannedInvestment", "gte", 1));
        assertEquals(201, ApplicationFixtures.submit(OFFICE, policy, "PROJECT", projectId, null).status());

        browser.login("office", Api.PASSWORD, "/teams/view.xhtml?id=" + team);
        browser.click(By.id("actions:delete"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "项目「" + project + "」（所属团队）"));
        assertTrue(browser.url().contains("/teams/view.xhtml"), browser.url());

        browser.open("/projects/view.xhtml?id=" + projectId);
        browser.click(By.id("actions:delete"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "（申请对象）"));
        assertTrue(browser.url().contains("/projects/view.xhtml"), browser.url());
        assertEquals(200, OFFICE.get("/api/teams/" + team).status());
        assertEquals(200, OFFICE.get("/api/projects/" + projectId).status());
    }

    @Test
    void deletingAPlatformThatHousesTeamsNamesThemAndAManagerHasNoButton() {
        String team = unique("平台页面团队");
        TeamFixtures.createTeam(OFFICE, TeamFixtures.team(team, "cas").build());

        browser.login("office", Api.PASSWORD, "/platforms/view.xhtml?code=cas");
        browser.click(By.id("actions:delete"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "团队「" + team + "」（所属平台）"));
        assertTrue(browser.url().contains("/platforms/view.xhtml"), browser.url());
        assertEquals(200, OFFICE.get("/api/platforms/cas").status());

        browser.reset();
        browser.login("mgr-cas", Api.PASSWORD, "/platforms/view.xhtml?code=cas");
        assertFalse(browser.present(By.id("actions:delete")), "a manager does not delete platforms");
    }

    @Test
    void aPolicyWithAnApplicationStaysAndOneWithoutIsDeletedFromTheList() {
        String used = policy(unique("页面政策"));
        long team = id(TeamFixtures.draft("kunshan"));
        assertEquals(201, ApplicationFixtures.submit(OFFICE, used, "TEAM", team, null).status());
        String unused = policy(unique("误录页面政策"));

        browser.login("office", Api.PASSWORD, "/policies/list.xhtml");
        browser.click(By.cssSelector("#policy-" + used + " [id$=':delete']"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "（申请的政策）"));
        assertTrue(browser.present(By.id("policy-" + used)), "the policy with an application is still listed");

        browser.click(By.cssSelector("#policy-" + unused + " [id$=':delete']"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("policy-" + unused)));
        assertEquals(404, OFFICE.get("/api/policies/" + unused).status());
        assertEquals(200, OFFICE.get("/api/policies/" + used).status());
    }

    /** a team policy anyone of one person qualifies for; its code */
    private static String policy(String name) {
        return ReferencesIT.policy(name, "TEAM", PoliciesApiIT.condition("headcount", "gte", 1));
    }
}
