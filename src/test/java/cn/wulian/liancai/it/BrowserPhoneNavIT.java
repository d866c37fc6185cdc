package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The app on a 390 px phone: a header of one row (☰, brand, search, the user's menu); every entry
 * the role has at a desk is in the ☰ drawer, reachable without sideways scrolling, opens its page
 * and is marked there as the page one is on; the user's menu signs out; a list's filters are folded
 * behind one button that unfolds them and says how many are in use.
 */
// it opens pages and asserts their layout, writing nothing but a talent of its own, so it may run beside the shared
// server's other tests: the longest browser class joins the second lane after the tests with servers of their own (last
// by @Order), filling the second core once they are done instead of lengthening the shared server's line; in that lane
// its tests run one after another
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
@Order(Integer.MAX_VALUE)
@ExtendWith(RunningApp.class)
class BrowserPhoneNavIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("phone-nav");

    /** one row of header: the ☰ button and the brand mark are 2.5 rem (37.5 px) high, with padding under 64 */
    private static final int ONE_ROW = 64;

    private final Browser browser = SESSION.browser();

    /** the pages the walks of the roles before opened */
    private static final Set<String> PAGES_OPENED = new java.util.HashSet<>();

    @ParameterizedTest
    @ValueSource(strings = {"admin", "office", "mgr-fatong", "reviewer1"})
    void everyEntryOfTheDeskNavIsInTheDrawerAndOpensItsPage(String user) {
        browser.login(user, Api.PASSWORD);
        Map<String, String> desk = entries();
        assertFalse(desk.isEmpty(), user + " has entries");
        assertFalse(browser.driver().findElement(By.id("navToggle")).isDisplayed(), "no ☰ at a desk");

        browser.phone().open("/accounts/password.xhtml");
        assertTrue(headerHeight() <= ONE_ROW, user + ": the header is one row, " + headerHeight() + " px");
        assertFalse(browser.driver().findElement(By.id(desk.keySet().iterator().next())).isDisplayed(), "the drawer starts closed");
        assertNoSidewaysScroll(user);

        List<String> visited = new ArrayList<>();
        for (Map.Entry<String, String> entry : desk.entrySet()) {
            browser.click(By.id("navToggle"));
            assertEquals(desk.keySet(), openDrawer(), user + ": the drawer holds the desk's entries");
            // each page once over the roles (the office's pages are the admin's): the role's first entry and those
            // no role before it opened; the drawer is checked for every entry all the same
            if (!visited.isEmpty() && !PAGES_OPENED.add(entry.getValue())) {
                browser.click(By.id("navToggle"));
                browser.until(d -> !Boolean.TRUE.equals(browser.js("return document.body.classList.contains('nav-open');")));
                visited.add(entry.getKey());
                continue;
            }
            PAGES_OPENED.add(entry.getValue());
            browser.click(By.id(entry.getKey()));
            browser.until(ExpectedConditions.urlContains(entry.getValue()));
            browser.waitForAjax();
            WebElement link = browser.driver().findElement(By.id(entry.getKey()));
            assertEquals("page", link.getDomAttribute("aria-current"), user + ": " + entry.getKey() + " marks its page");
            assertEquals(1, browser.all(By.cssSelector("#mainNav [aria-current='page']")).size(), "one entry is the page one is on");
            assertTrue(headerHeight() <= ONE_ROW, user + " on " + entry.getValue() + ": the header is one row, " + headerHeight() + " px");
            assertNoSidewaysScroll(user + " on " + entry.getValue());
            visited.add(entry.getKey());
        }
        assertEquals(new ArrayList<>(desk.keySet()), visited);
        browser.screenshot("phone-nav-" + user + "-last");
        browser.click(By.id("navToggle"));
        browser.screenshot("phone-nav-" + user + "-drawer");
        badgesInTheDrawer(user);

        // the user's menu: password, language and sign-out behind the name
        browser.click(By.id("navToggle"));
        assertFalse(browser.driver().findElement(By.id("userForm:logout")).isDisplayed(), "the menu starts closed");
        browser.fromUserMenu(By.id("userForm:logout"));
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.open("/accounts/password.xhtml");
        assertTrue(browser.url().contains("/login.xhtml"), user + " is signed out: " + browser.url());
    }

    @Test
    void theListsFiltersUnfoldOnAPhoneAndFilter() {
        JsonObject talent = Fixtures.rows(Api.as("office").get("/api/talents?limit=1")).getJsonObject(0);
        String name = talent.getString("name");
        browser.login("office", Api.PASSWORD);
        browser.phone().open("/talents/list.xhtml");
        By nameFilter = By.id("talents:table:name:filter");
        assertFalse(browser.driver().findElement(nameFilter).isDisplayed(), "the column filters are folded on a phone");
        assertEquals("筛选", toggleText(), "no filter in use");
        List<String> before = rows();
        assertTrue(before.stream().anyMatch(r -> !r.contains(name)), "the unfiltered page lists others than " + name);
        browser.screenshot("phone-filters-folded");

        browser.click(By.id("filterToggle"));
        browser.type(nameFilter, name);
        browser.until(d -> !rows().isEmpty() && rows().stream().allMatch(r -> r.contains(name)));
        browser.waitForAjax();
        assertEquals("筛选 (1)", toggleText(), "the button counts the filter in use");
        assertNoSidewaysScroll("the filtered list");
        browser.screenshot("phone-filters-open");

        // folded again, the filter stays in force and counted
        browser.click(By.id("filterToggle"));
        assertFalse(browser.driver().findElement(nameFilter).isDisplayed());
        assertEquals("筛选 (1)", toggleText());

        // a filter bar of fields (the accounts) folds the same way; at a desk it is open and the button absent
        browser.open("/accounts/list.xhtml");
        assertFalse(browser.driver().findElement(By.id("accounts:q")).isDisplayed(), "the accounts' filters are folded");
        browser.click(By.id("filterToggle"));
        browser.type(By.id("accounts:q"), "mgr-fatong");
        browser.until(d -> toggleText().equals("筛选 (1)"));
        browser.desktop().open("/accounts/list.xhtml");
        assertTrue(browser.driver().findElement(By.id("accounts:q")).isDisplayed(), "open at a desk");
        assertFalse(browser.driver().findElement(By.id("filterToggle")).isDisplayed(), "no button at a desk");
    }

    @Test
    void aYearIsPickedWithinTheSpanTheServerTakesAndShownAsAYear() {
        // a talent of its own: the class runs late in the run, when the newest talents are the other tests', without a year
        JsonObject talent = Fixtures.create(Fixtures.talent(Fixtures.unique("年份测试")).add("birthYear", 1982));
        browser.login("office", Api.PASSWORD);
        browser.phone().open("/talents/edit.xhtml?id=" + talent.getJsonNumber("id").longValue());
        WebElement birthYear = browser.visible(By.id("talentForm:birthYear_input"));
        assertEquals(String.valueOf(talent.getInt("birthYear")), browser.value(By.id("talentForm:birthYear_input")), "a year, not 1,982");
        assertEquals("1900", birthYear.getDomAttribute("aria-valuemin"));
        assertEquals(String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue()), birthYear.getDomAttribute("aria-valuemax"));
        browser.click(By.cssSelector("[id='talentForm:birthYear'] .ui-spinner-up"));
        assertEquals(String.valueOf(talent.getInt("birthYear") + 1), browser.value(By.id("talentForm:birthYear_input")), "+ picks the next year");
        // the save button is in reach on the first screen of a long form
        Number bottom = (Number) browser.js("return document.getElementById('talentForm:save').getBoundingClientRect().bottom;");
        assertTrue(bottom.doubleValue() <= Browser.PHONE_HEIGHT, "save within the screen: " + bottom);
    }

    /**
     * The lists and the award's tables on a phone: each reflows or scrolls inside its own card, the
     * page never wider than the screen, in either language (English words are longer). The award
     * pages are reached from the cycles list, not from the drawer, so the walk above does not open
     * them.
     */
    @Test
    void theListsAndTheAwardsTablesFitAPhonesWidth() {
        long cycle = Api.as("office").get("/api/award-cycles").jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .mapToLong(c -> c.getJsonNumber("id").longValue()).min().orElseThrow();
        List<String> pages = List.of("/talents/list.xhtml", "/teams/list.xhtml", "/projects/list.xhtml", "/applications/list.xhtml",
                "/audit/list.xhtml", "/accounts/list.xhtml", "/awards/cycles.xhtml", "/awards/cycle.xhtml?id=" + cycle,
                "/awards/audit.xhtml?id=" + cycle, "/awards/ranking.xhtml?id=" + cycle);
        browser.login("admin", Api.PASSWORD);
        for (boolean english : List.of(false, true)) {
            browser.phone();
            for (String page : pages) {
                browser.open(page);
                browser.waitForAjax();
                assertNoSidewaysScroll(page + (english ? " in English" : ""));
                browser.screenshotVisible("phone-fit" + page.replaceAll("\\.xhtml.*", "").replaceAll("[^a-z]+", "-") + (english ? "-en" : ""));
            }
            if (!english) {
                browser.desktop().switchLanguage();
            }
        }
        browser.desktop().switchLanguage();
    }

    /** the filters button's words; WebDriver puts a line break between the flex items a line shows side by side */
    private String toggleText() {
        return browser.text(By.id("filterToggle")).replaceAll("\\s+", " ");
    }

    /** the displayed entries of the nav, id → the path its link opens */
    private Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (WebElement link : browser.all(By.cssSelector("#mainNav a.nav-link"))) {
            if (link.isDisplayed()) {
                entries.put(link.getDomAttribute("id"), link.getDomAttribute("href").replaceFirst("\\?.*$", ""));
            }
        }
        return entries;
    }

    /** the entries shown in the open drawer, each inside the screen's width */
    private Set<String> openDrawer() {
        browser.until(d -> Boolean.TRUE.equals(browser.js("return document.body.classList.contains('nav-open');")));
        Map<String, String> shown = entries();
        for (String id : shown.keySet()) {
            Number right = (Number) browser.js("return document.getElementById(arguments[0]).getBoundingClientRect().right;", id);
            assertTrue(right.doubleValue() <= 390, id + " inside the screen: " + right);
        }
        return shown.keySet();
    }

    /** the work badges of the open drawer, and the ☰ button's sum of them */
    private void badgesInTheDrawer(String user) {
        long sum = 0;
        for (WebElement badge : browser.all(By.cssSelector("#mainNav .nav-count"))) {
            assertTrue(badge.isDisplayed(), user + ": " + badge.getDomAttribute("id") + " is shown in the drawer");
            sum += Long.parseLong(badge.getText().trim());
        }
        List<WebElement> total = browser.all(By.id("nav-count-total"));
        assertEquals(sum, total.isEmpty() ? 0 : Long.parseLong(total.getFirst().getText().trim()), user + ": the ☰ badge sums the entries'");
    }

    private long headerHeight() {
        return Math.round(((Number) browser.js("return document.querySelector('.topbar').getBoundingClientRect().height;")).doubleValue());
    }

    private void assertNoSidewaysScroll(String what) {
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), what + ": no sideways scroll");
    }

    /** the list's rows as text, read in one step: the filter's AJAX renders them anew at any moment */
    @SuppressWarnings("unchecked")
    private List<String> rows() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll(\"[id='talents:table_data'] > tr:not(.ui-datatable-empty-message)\"))"
                + ".map(function (r) { return r.innerText; });");
    }
}
