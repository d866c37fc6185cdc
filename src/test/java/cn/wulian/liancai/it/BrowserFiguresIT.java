package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a page says, as a clerk and a manager read it (issue 14): people and policies by their names,
 * never a login id or a stored code; a profile's eligibility gives the branch that decided it, with
 * no ✗ inside a group that passed, and the policy's rule as a numbered list.
 */
// it writes nothing but a talent of its own, so it may run beside the shared server's other tests: in the second lane
// after the tests with servers of their own (last by @Order), where the shared line would otherwise run alone
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
@Order(Integer.MAX_VALUE)
@ExtendWith(RunningApp.class)
class BrowserFiguresIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("figures");

    /** the demo's login ids, policy codes and stored enum codes: none of them is a word a page should show */
    static final List<String> CODES = List.of("admin", "office", "office2", "mgr-fatong", "mgr-shibei", "mgr-cas", "mgr-kunshan",
            "reviewer1", "reviewer2", "reviewer3", "reviewer4", "reviewer5", "system",
            "startup-fund", "apartment", "specialist", "financing",
            "INCUBATING", "ENGAGED", "RETURNED", "APPROVED", "SUBMITTED", "DISBURSING", "REJECTED", "CASH", "SPACE", "HOUSING", "SERVICE",
            "DOCTORATE", "MASTER", "BACHELOR", "TALENT", "TEAM", "PROJECT", "PLATFORM_MANAGER", "OFFICE", "REVIEWER", "ADMIN",
            "NEGOTIATING", "SIGNED", "LANDED", "STARTED", "PRODUCING");

    @Test
    void aDoctorsProfileShowsTheBranchThatQualifiesHerAndThePolicysRule() {
        long talent = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("博士人才")).add("degree", "DOCTORATE")
                .add("stage", "ENGAGED").add("birthYear", Fixtures.today().getYear() - 35)));
        Browser browser = SESSION.browser();
        browser.login("office", Api.PASSWORD, "/talents/profile.xhtml?id=" + talent);
        WebElement card = browser.visible(By.id("eligibility-apartment"));
        browser.scrollIntoView(card);
        assertTrue(card.getText().startsWith("符合"), card::getText);
        // the rule asks a master's degree or above, or a recent bachelor's: the bachelor's branch failed, and does not matter
        assertEquals(List.of(), texts(card, "li.mark-FAILED"), "no ✗ in a policy she qualifies for");
        List<String> passed = texts(card, "li.mark-PASSED");
        assertEquals(3, passed.size(), passed::toString);
        assertEquals("最高学历：博士；要求：硕士及以上", passed.getLast());
        assertEquals(List.of("联络阶段：深度对接、已返乡/投资之一", "年龄：不超过 45 岁",
                        "（以下任一：最高学历：硕士及以上；（以下全部：最高学历：本科；毕业年份：2021 或之后））"),
                texts(card, ".policy-rules li"), "the policy's rule, clause by clause");
        browser.screenshot("figures-profile-eligibility");
    }

    @Test
    void theOfficesPagesNamePeopleAndPoliciesNotTheirCodes() {
        long team = firstId(Fixtures.OFFICE, "/api/teams?limit=1");
        long project = firstId(Fixtures.OFFICE, "/api/projects?limit=1");
        long application = firstId(Fixtures.OFFICE, "/api/applications?limit=1");
        long talent = firstId(Fixtures.OFFICE, "/api/talents?limit=1");
        walk("office", "/dashboard.xhtml", "/followups.xhtml", "/talents/list.xhtml", "/talents/profile.xhtml?id=" + talent,
                "/teams/list.xhtml", "/teams/view.xhtml?id=" + team, "/projects/list.xhtml", "/projects/view.xhtml?id=" + project,
                "/platforms/list.xhtml", "/platforms/view.xhtml?code=fatong", "/applications/list.xhtml",
                "/applications/view.xhtml?id=" + application, "/applications/report.xhtml", "/policies/list.xhtml",
                "/imports/list.xhtml", "/awards/cycles.xhtml",
                // a search whose hits are talents, teams and projects: its facets name both kinds of stage
                "/search.xhtml?q=" + Api.q("王"));
        // the audit list names its actors too, but its details quote the recorded values verbatim (a reviewer's user
        // name, a record key like TALENT:12): that is the trail's evidence, so it is not walked here
    }

    @Test
    void aManagersPagesNamePeopleAndPoliciesNotTheirCodes() {
        Api manager = Api.as("mgr-fatong");
        walk("mgr-fatong", "/teams/list.xhtml", "/teams/view.xhtml?id=" + firstId(manager, "/api/teams?limit=1"), "/projects/list.xhtml",
                "/projects/view.xhtml?id=" + firstId(manager, "/api/projects?limit=1"), "/platforms/view.xhtml?code=fatong",
                "/applications/list.xhtml", "/policies/list.xhtml");
    }

    /** opens each page as the user and collects every code its visible text shows, so that one run names them all */
    private static void walk(String user, String... pages) {
        Browser browser = SESSION.browser();
        browser.login(user, Api.PASSWORD);
        List<String> shown = new ArrayList<>();
        for (String page : pages) {
            browser.open(page);
            String text = (String) browser.js("return document.body.innerText;");
            assertTrue(text.length() > 100, () -> page + " shows a page: " + text);
            CODES.stream().filter(code -> word(code).matcher(text).find()).forEach(code -> shown.add(page + ": " + code));
        }
        assertEquals(List.of(), shown, "login ids or codes on " + user + "'s pages");
    }

    /** the code as a word of its own: "office" but not "office-hours" or "office2" */
    private static Pattern word(String code) {
        return Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(code) + "(?![A-Za-z0-9_-])");
    }

    private static List<String> texts(WebElement in, String css) {
        return in.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static long firstId(Api api, String path) {
        return Fixtures.id(Fixtures.rows(api.get(path)).getJsonObject(0));
    }
}
