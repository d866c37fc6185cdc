package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The results page as a clerk uses it: a tab per type with its count, the facets with theirs (a
 * click narrows, a second click widens again), the order by name in pinyin, the next page and back
 * to the first; on a phone the facets fold behind one button and nothing scrolls sideways. A policy
 * found opens the policies at its card; a school suggested while typing runs the search for it.
 */
@ExtendWith(RunningApp.class)
class BrowserSearchIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("search");

    private static final By HITS = By.cssSelector(".hit a.hit-title");

    private final Browser browser = SESSION.browser();

    @Test
    void tabsFacetsOrderAndPagesAtADeskAndOnAPhone() {
        String tail = Fixtures.unique("").strip();
        // three doctors in 青岛 whose names sort ai, shan (单 as a surname), zeng; nineteen masters; one team
        for (String name : List.of("曾华", "单华", "艾华")) {
            Fixtures.create(Fixtures.talent(name + " " + tail).add("degree", "DOCTORATE").add("city", "青岛"));
        }
        for (int i = 1; i <= 19; i++) {
            Fixtures.create(Fixtures.talent("学员" + i + " " + tail).add("degree", "MASTER").add("city", "济南"));
        }
        TeamFixtures.createTeam(Fixtures.OFFICE, TeamFixtures.team("搜索团队 " + tail, "fatong").build());
        String results = "/search.xhtml?q=" + URLEncoder.encode(tail, StandardCharsets.UTF_8);

        browser.desktop().login("office", Api.PASSWORD, results);
        assertEquals("全部 23", tab("all"));
        assertEquals("人才 22", tab("talent"));
        assertEquals("团队 1", tab("team"));
        assertEquals(20, browser.all(HITS).size(), "a page of twenty");
        browser.screenshot("search-desktop");

        // the next page after the cursor, and back to the first
        browser.click(By.id("nextPage"));
        browser.until(d -> browser.all(HITS).size() == 3);
        assertFalse(browser.present(By.id("nextPage")), "the last page has no next");
        browser.click(By.id("firstPage"));
        browser.until(d -> browser.all(HITS).size() == 20);

        // a facet narrows: the doctors, by name in pinyin; the tabs say what is left
        browser.click(facetValue("degree", "DOCTORATE"));
        browser.until(d -> browser.all(HITS).size() == 3);
        String degrees = browser.text(By.id("facet-degree")).replaceAll("\\s+", " ");
        assertEquals("最高学历 博士 3", degrees, "the chosen value alone is left, with its count");
        assertFalse(browser.present(By.id("tab-team")), "no team is a doctor");
        browser.click(By.id("order-name"));
        browser.until(d -> titles().equals(List.of("艾华 " + tail, "单华 " + tail, "曾华 " + tail)));
        assertTrue(browser.url().contains("degree=DOCTORATE") && browser.url().contains("sort=name"), "the choice is in the URL: " + browser.url());
        // a second click on the chosen value widens again
        browser.click(facetValue("degree", "DOCTORATE"));
        browser.until(d -> tab("all").equals("全部 23"));

        // a value that matches nothing (typed into the URL) is still shown as chosen, so that it can be undone
        browser.open(results + "&degree=HIGH_SCHOOL");
        browser.until(d -> tab("all").equals("全部 0"));
        browser.click(facetValue("degree", "HIGH_SCHOOL"));
        browser.until(d -> tab("all").equals("全部 23"));

        // on a phone: the facets fold behind one button, nothing scrolls sideways
        browser.phone().open(results);
        assertFalse(browser.driver().findElement(By.id("facets")).isDisplayed(), "the facets are folded on a phone");
        browser.click(By.id("facetToggle"));
        assertTrue(browser.driver().findElement(By.id("facets")).isDisplayed());
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll");
        browser.screenshot("search-phone-facets");
        browser.click(facetValue("city", "青岛"));
        browser.until(d -> browser.all(HITS).size() == 3);
        browser.desktop();
    }

    @Test
    void suggestionsUnderTheBoxOpenTheRecordAtADeskAndOnAPhone() {
        String tail = Fixtures.unique("").strip();
        long id = Fixtures.id(Fixtures.create(Fixtures.talent("欧阳建 " + tail)));
        browser.login("office", Api.PASSWORD);
        for (boolean phone : List.of(false, true)) {
            (phone ? browser.phone() : browser.desktop()).open("/workbench.xhtml");
            browser.type(By.id("topSearch"), "ouyangj " + tail);
            WebElement suggestion = browser.visible(By.cssSelector("#suggestions a.suggestion"));
            assertEquals("欧阳建 " + tail + " 人才", suggestion.getText().replaceAll("\\s+", " ").strip());
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll");
            browser.screenshot(phone ? "suggest-phone" : "suggest-desktop");
            if (phone) {
                browser.click(By.cssSelector("#suggestions a.suggestion"));
            } else {
                // the keyboard: down marks the first, Enter opens it
                browser.driver().findElement(By.id("topSearch")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
            }
            browser.until(d -> browser.url().contains("/talents/profile.xhtml?id=" + id));
        }
        browser.desktop();
    }

    @Test
    void aPolicyHitOpensThePoliciesAtItsCard() {
        String tail = Fixtures.unique("").strip();
        String name = "莲才搜索政策" + tail;
        String code = ApplicationFixtures.policy(ApplicationFixtures.cashPolicy("100000", "1000000", null, null, 1).add("name", name));
        browser.desktop().login("mgr-fatong", Api.PASSWORD, "/search.xhtml?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals("扶持政策 1", tab("policy"));
        WebElement hit = browser.visible(By.cssSelector(".hit a.hit-title"));
        assertEquals(name, hit.getText());
        assertTrue(hit.getDomAttribute("href").contains("/policies/list.xhtml?policy="), hit.getDomAttribute("href"));
        browser.click(By.cssSelector(".hit a.hit-title"));
        browser.until(d -> browser.url().endsWith("/policies/list.xhtml#policy-" + code));
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('#policy-" + code + "').matches(':target');"),
                "the page opens at the policy's card");
    }

    @Test
    void aNominationHitOpensItsCyclesHubAtItsRow() {
        String tail = Fixtures.unique("").strip();
        String cycleName = "莲才页面评选" + tail;
        long cycle = AwardsApiIT.open(AwardsApiIT.cycle(BrowserAwardIT.freeYear(), 2,
                jakarta.json.Json.createObjectBuilder().add("all", jakarta.json.Json.createArrayBuilder()).build()).add("name", cycleName));
        long nominee = Fixtures.id(Fixtures.create(Fixtures.talent("莲才页面候选 " + tail)));
        Api.Reply nominated = AwardsApiIT.nominate(Api.as("mgr-fatong"), cycle, "innovation", nominee);
        assertEquals(201, nominated.status(), nominated::body);
        long nomination = Fixtures.id(nominated.json());
        browser.desktop().login("mgr-fatong", Api.PASSWORD, "/search.xhtml?q=" + URLEncoder.encode(cycleName, StandardCharsets.UTF_8));
        assertEquals("奖项提名 1", tab("nomination"));
        browser.click(By.cssSelector(".hit a.hit-title"));
        browser.until(d -> browser.url().endsWith("/awards/cycle.xhtml?id=" + cycle + "#nomination-" + nomination));
        assertEquals("莲才页面候选 " + tail, browser.text(By.id("nomination-" + nomination)));
    }

    @Test
    void aSchoolSuggestionRunsASearchForIt() {
        String tail = Fixtures.unique("").strip();
        String school = "莲才书院" + tail;
        Fixtures.create(Fixtures.talent("莲才学子甲 " + tail).add("school", school));
        Fixtures.create(Fixtures.talent("莲才学子乙 " + tail).add("school", school));
        browser.desktop().login("office", Api.PASSWORD, "/workbench.xhtml");
        browser.type(By.id("topSearch"), school);
        By value = By.cssSelector("#suggestions li[data-kind='school'] a.suggestion");
        WebElement suggestion = browser.visible(value);
        assertEquals(school + " 学校", suggestion.getText().replaceAll("\\s+", " ").strip());
        browser.click(value);
        browser.until(d -> browser.url().contains("/search.xhtml?q="));
        browser.until(d -> browser.all(HITS).size() == 2);
        assertEquals(List.of("莲才学子乙 " + tail, "莲才学子甲 " + tail), titles().stream().sorted().toList());
    }

    private String tab(String type) {
        return browser.text(By.id("tab-" + type)).replaceAll("\\s+", " ").strip();
    }

    private static By facetValue(String facet, String value) {
        return By.cssSelector("#facet-" + facet + " a[data-value='" + value + "']");
    }

    private List<String> titles() {
        return browser.all(HITS).stream().map(WebElement::getText).toList();
    }
}
