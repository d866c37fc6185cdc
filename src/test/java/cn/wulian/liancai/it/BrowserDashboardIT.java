package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.Money;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.team.entity.Industries;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The office's dashboard and the monthly ranking in a real headless Chromium: the charts are drawn
 * and the figures are the API's, a flagged project opens from the board, a past month opens by its
 * link and another from the month menu, the ranking downloads as Excel; a manager is refused the
 * dashboard, and a month that is not one is said so on the page. Screenshots in
 * {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserDashboardIT {

    private static final String PASSWORD = Api.PASSWORD;
    private static final List<String> CHARTS = List.of("platformChart", "stageChart", "industryChart", "townshipChart");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("dashboard");

    @Test
    void officeSeesTheChartsWithTheApisFiguresAndOpensAFlaggedProject() {
        Browser browser = SESSION.browser();
        JsonObject late = ProjectFixtures.fresh("kunshan");
        ProjectFixtures.milestone(id(late), "完成环评批复", today().minusDays(1));

        browser.login("office", PASSWORD);
        browser.click(By.id("navDashboard"));
        browser.until(ExpectedConditions.urlContains("/dashboard.xhtml"));
        browser.waitForAjax();
        JsonObject api = OFFICE.get("/api/dashboard").json();

        assertAll("headline figures",
                () -> assertEquals(String.valueOf(api.getInt("teams")), browser.text(By.id("kpiTeams"))),
                () -> assertEquals(String.valueOf(api.getInt("teamsIncubating")), browser.text(By.id("kpiIncubating"))),
                () -> assertEquals(String.valueOf(api.getInt("projects")), browser.text(By.id("kpiProjects"))),
                () -> assertEquals(String.valueOf(api.getInt("projectsLanded")), browser.text(By.id("kpiLanded"))),
                () -> assertEquals(money(api, "plannedInvestment"), browser.text(By.id("kpiPlanned"))),
                () -> assertEquals(money(api, "actualInvestment"), browser.text(By.id("kpiActual"))));
        assertTableShows("platformTable", api.getJsonArray("byPlatform"));
        assertTableShows("stageTable", api.getJsonArray("byStage"));
        assertTableShows("industryTable", api.getJsonArray("byIndustry"));
        for (String chart : CHARTS) {
            assertTrue(browser.present(By.cssSelector("#" + chart + " canvas")), chart + " has its canvas");
            browser.until(d -> ((Number) browser.js("var c = Chart.getChart(document.querySelector(arguments[0]));"
                    + " return c ? c.data.labels.length : -1;", "#" + chart + " canvas")).intValue() > 0);
        }
        assertEquals(api.getJsonArray("byStage").size(), chartLabels("stageChart"), "one bar per stage");
        assertEquals(api.getJsonArray("byPlatform").size(), chartLabels("platformChart"));
        assertEquals(api.getJsonArray("byTownship").size(), chartLabels("townshipChart"));

        JsonObject flags = api.getJsonObject("flags");
        for (String kind : List.of("YELLOW", "RED", "PLAQUE")) {
            assertEquals(String.valueOf(flags.getJsonArray(kind.toLowerCase(Locale.ROOT)).size()),
                    browser.text(By.cssSelector("#flags-" + kind + " .count")), kind);
        }
        assertEquals(api.getJsonObject("ranking").getString("month"), YearMonth.now(Fixtures.COUNTY).toString());
        browser.screenshot("dashboard-desktop");

        browser.phone();
        browser.open("/dashboard.xhtml");
        WebElement chart = browser.visible(By.id("platformChart"));
        WebElement table = browser.visible(By.id("platformTable"));
        assertTrue(chart.getRect().getWidth() <= Browser.PHONE_WIDTH, "the chart fits the phone's width");
        assertTrue(table.getRect().getY() >= chart.getRect().getY() + chart.getRect().getHeight(), "the table below its chart");
        browser.screenshot("dashboard-phone");
        browser.desktop();

        WebElement link = browser.visible(By.xpath("//*[@id='flags-YELLOW']//a[normalize-space()=" + Browser.xpathLiteral(late.getString("title")) + "]"));
        browser.scrollIntoView(link);
        link.click();
        browser.until(ExpectedConditions.urlContains("/projects/view.xhtml?id=" + id(late)));
    }

    /**
     * In English the charts speak English too: every bar's label, legend and axis title as the app
     * names it in English (stages, industries of the county's list, townships and platforms by their
     * English names); Chinese only where a record has no English name (a project's own industry).
     */
    @Test
    void inEnglishTheChartsLabelsLegendsAndAxesAreEnglish() {
        Browser browser = SESSION.browser();
        browser.login("office", PASSWORD, "/dashboard.xhtml");
        browser.switchLanguage(); // on the page itself: the same view, drawn again in English
        browser.until(d -> "中文".equals(browser.languageOffered()));
        try {
            for (String chart : CHARTS) {
                browser.until(d -> ((Number) browser.js("var c = Chart.getChart(document.querySelector(arguments[0]));"
                        + " return c ? c.data.labels.length : -1;", "#" + chart + " canvas")).intValue() > 0);
            }
            Map<String, List<String>> words = new LinkedHashMap<>();
            for (String chart : CHARTS) {
                words.put(chart, chartWords(chart));
            }
            assertTrue(words.get("stageChart").containsAll(List.of("Negotiating", "Signed", "Landed", "In production")), words::toString);
            assertTrue(words.get("townshipChart").stream().anyMatch(w -> w.endsWith(" Town") || w.endsWith(" Subdistrict")), words::toString);
            Set<String> ownIndustries = new HashSet<>();
            for (JsonObject g : OFFICE.get("/api/dashboard").json().getJsonArray("byIndustry").getValuesAs(JsonObject.class)) {
                if (!g.getString("key").isEmpty() && !Industries.isKnown(g.getString("key"))) {
                    ownIndustries.add(g.getString("key"));
                }
            }
            words.forEach((chart, said) -> said.stream().filter(w -> !ownIndustries.contains(w)).forEach(w ->
                    assertFalse(w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                            () -> chart + " in English says " + w + ": " + said)));
            browser.screenshot("dashboard-desktop-en");
            browser.phone().open("/dashboard.xhtml");
            browser.screenshot("dashboard-phone-en");
            browser.desktop();
        } finally {
            browser.switchLanguage();
        }
    }

    /** a chart's words: its categories (a wrapped one joined again), its series' legends and its axes' titles */
    @SuppressWarnings("unchecked")
    private static List<String> chartWords(String chart) {
        return (List<String>) SESSION.browser().js("var c = Chart.getChart(document.querySelector(arguments[0]));"
                + " var words = c.data.labels.map(function (l) { return Array.isArray(l) ? l.join(' ') : String(l); });"
                + " c.data.datasets.forEach(function (d) { words.push(d.label); });"
                + " Object.keys(c.options.scales).forEach(function (k) { var t = c.options.scales[k].title;"
                + "   if (t && t.display) { words.push(String(t.text)); } });"
                + " return words;", "#" + chart + " canvas");
    }

    @Test
    void aPastMonthOpensByItsLinkAnotherFromTheMenuAndTheRankingDownloads() throws IOException {
        Browser browser = SESSION.browser();
        YearMonth past = YearMonth.now(Fixtures.COUNTY).minusMonths(1);
        JsonObject api = OFFICE.get("/api/rankings/" + past).json();
        browser.login("office", PASSWORD, "/ranking.xhtml?month=" + past);
        assertTrue(browser.text(By.id("rankingTitle")).endsWith(label(past)), browser.text(By.id("rankingTitle")));
        String knownAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Fixtures.COUNTY)
                .format(Instant.parse(api.getString("knownAt")));
        assertTrue(browser.text(By.id("knownAt")).contains(knownAt), browser.text(By.id("knownAt")));
        assertEquals(api.getJsonObject("platforms").getJsonArray("entries").size(), browser.all(By.cssSelector("#platformRanking tbody tr")).size());
        assertEquals(api.getJsonObject("leaders").getJsonArray("entries").size(), browser.all(By.cssSelector("#leaderRanking tbody tr")).size());
        assertEquals(api.getJsonObject("platforms").getJsonArray("honour").size(),
                browser.all(By.cssSelector("#platformRanking tr.rank-honour")).size(), "the 奋斗榜 highlighted");
        assertEquals(api.getJsonObject("platforms").getJsonArray("laggards").size(),
                browser.all(By.cssSelector("#platformRanking tr.rank-laggard")).size(), "the 锤炼榜 highlighted");
        assertEquals(api.getJsonArray("projects").size(), browser.all(By.cssSelector("#scores\\:table_data tr .score-project")).size());
        assertTrue(browser.text(By.id("rules")).contains(api.getJsonObject("rules").getInt("stepPoints") + " 分"));
        browser.screenshot("ranking-desktop");
        browser.phone().screenshot("ranking-phone");
        browser.desktop();

        Path downloads = Files.createTempDirectory("liancai-downloads-");
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.click(By.id("rankingForm:export"));
        Path file = browser.until(d -> xlsxIn(downloads));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals(api.getJsonArray("projects").size(), workbook.getSheetAt(2).getLastRowNum(), "a header and every project line");
        }

        YearMonth earlier = past.minusMonths(1);
        browser.choose("rankingForm:month", label(earlier));
        browser.until(ExpectedConditions.urlContains("month=" + earlier));
        browser.waitForAjax();
        assertTrue(browser.text(By.id("rankingTitle")).endsWith(label(earlier)));
    }

    /** the running month says it is provisional, and a list with no unit says why in one line, not "无" */
    @Test
    void theRunningMonthIsProvisionalAndAnEmptyListSaysWhy() {
        Browser browser = SESSION.browser();
        JsonObject api = OFFICE.get("/api/rankings/" + YearMonth.now(Fixtures.COUNTY)).json();
        browser.login("office", PASSWORD, "/ranking.xhtml");
        assertEquals("暂定", browser.text(By.id("provisionalTag")));
        for (String[] list : new String[][] {{"honourList", "honour", "honourNote"}, {"laggardList", "laggards", "laggardNote"}}) {
            for (String[] units : new String[][] {{"platforms", "platforms"}, {"leaders", "leaders"}}) {
                JsonObject u = api.getJsonObject(units[0]);
                String shown = browser.text(By.cssSelector("#" + list[0] + " dd." + units[1]));
                assertEquals(u.getJsonArray(list[1]).size(), browser.all(By.cssSelector("#" + list[0] + " dd." + units[1] + " .tag")).size(), shown);
                if (u.getJsonArray(list[1]).isEmpty()) {
                    assertTrue(shown.contains("0") || shown.contains("同为"), "the reason, not a bare 无: " + shown);
                }
            }
        }
        browser.open("/ranking.xhtml?month=" + YearMonth.now(Fixtures.COUNTY).minusMonths(1));
        assertFalse(browser.present(By.id("provisionalTag")), "a closed month is final");
    }

    @Test
    void aManagerIsRefusedTheDashboardButSeesTheirPlatformsRanking() {
        Browser browser = SESSION.browser();
        browser.login("mgr-fatong", PASSWORD);
        assertFalse(browser.present(By.id("navDashboard")), "no dashboard in a manager's menu");
        browser.open("/dashboard.xhtml");
        assertEquals(403L, browser.js("var x = new XMLHttpRequest(); x.open('GET', '/dashboard.xhtml', false); x.send(); return x.status;"));
        assertFalse(browser.present(By.id("kpiTeams")), "no figures on the refusal");
        browser.screenshot("dashboard-manager-refused");

        browser.open("/talents/list.xhtml");
        browser.click(By.id("navRanking"));
        browser.until(ExpectedConditions.urlContains("/ranking.xhtml"));
        List<WebElement> platforms = browser.all(By.cssSelector("#scores\\:table_data tr td:nth-child(2)"));
        assertFalse(platforms.isEmpty());
        assertTrue(platforms.stream().allMatch(td -> td.getText().endsWith("法桐小院")), "only the manager's platform's projects");
        assertTrue(browser.present(By.cssSelector(".own-only")));
    }

    @Test
    void aMonthThatIsNotOneIsSaidSoOnThePage() {
        Browser browser = SESSION.browser();
        browser.login("office", PASSWORD);
        for (String month : List.of("2026-13", "abc", YearMonth.now(Fixtures.COUNTY).plusMonths(1).toString())) {
            browser.open("/ranking.xhtml?month=" + month);
            assertTrue(browser.text(By.id("badMonth")).contains("YYYY-MM"), month);
            assertFalse(browser.present(By.id("scores:table")), "no ranking for " + month);
        }
        browser.screenshot("ranking-bad-month");
    }

    /** every group's row shows the API's project count and amounts (in 万元 or 亿元, with the unit) */
    private static void assertTableShows(String tableId, JsonArray groups) {
        Browser browser = SESSION.browser();
        List<WebElement> rows = browser.all(By.cssSelector("#" + tableId + " tbody tr"));
        assertEquals(groups.size(), rows.size(), tableId);
        for (int i = 0; i < groups.size(); i++) {
            JsonObject g = groups.getJsonObject(i);
            WebElement row = rows.get(i);
            String key = row.getDomAttribute("data-key");
            assertEquals(g.getString("key"), key == null ? "" : key, tableId + " row " + i);
            assertEquals(String.valueOf(g.getInt("projects")), row.findElement(By.cssSelector(".projects")).getText().strip());
            assertEquals(money(g, "plannedInvestment"), row.findElement(By.cssSelector(".planned")).getText().strip(), () -> tableId + " " + g);
            assertEquals(money(g, "actualInvestment"), row.findElement(By.cssSelector(".actual")).getText().strip(), () -> tableId + " " + g);
        }
    }

    private static int chartLabels(String chart) {
        Browser browser = SESSION.browser();
        return ((Number) browser.js("return Chart.getChart(document.querySelector(arguments[0])).data.labels.length;",
                "#" + chart + " canvas")).intValue();
    }

    /** the API's amount in yuan as the page must read it (the convention itself is MoneyTest's) */
    private static String money(JsonObject o, String key) {
        return Money.amount(o.getJsonNumber(key).bigDecimalValue(), Messages.CHINESE);
    }

    private static String label(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** the downloaded workbook once Chromium has finished writing it */
    private static Path xlsxIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** the talent side: a city's count opens the talent list filtered to exactly those talents, and says so */
    @Test
    void aCitysCountOpensTheTalentListFilteredToIt() {
        Browser browser = SESSION.browser();
        browser.login("office", PASSWORD, "/dashboard.xhtml");
        String counted = browser.text(By.cssSelector("#cityTable tr[data-key='青岛'] td.num"));
        browser.click(By.cssSelector("#cityTable tr[data-key='青岛'] td.num a"));
        browser.until(ExpectedConditions.urlContains("/talents/list.xhtml"));
        browser.waitForAjax();
        assertEquals("青岛", browser.text(By.id("linkedText")));
        String report = browser.text(By.cssSelector(".ui-paginator-current"));
        assertTrue(report.endsWith("/ " + counted), "the list's total " + report + " is the dashboard's " + counted);
        browser.screenshot("talents-by-city");
        browser.click(By.id("linkedClear"));
        browser.until(d -> !browser.present(By.id("linkedText")));

        // a year's returnees open the list of those who came home that year
        browser.open("/dashboard.xhtml");
        List<WebElement> years = browser.all(By.cssSelector("#returneeTable td.num a"));
        assertFalse(years.isEmpty(), "the demo's returnees are counted");
        WebElement year = years.get(years.size() - 1);
        String returned = year.getText();
        String which = year.findElement(By.xpath("ancestor::tr")).getAttribute("data-key");
        browser.click(By.cssSelector("#returneeTable tr[data-key='" + which + "'] td.num a"));
        browser.until(ExpectedConditions.urlContains("returned=" + which));
        browser.waitForAjax();
        assertEquals(which + " 年返乡", browser.text(By.id("linkedText")));
        String listed = browser.text(By.cssSelector(".ui-paginator-current"));
        assertTrue(listed.endsWith("/ " + returned), "the list's total " + listed + " is the dashboard's " + returned);
    }
}
