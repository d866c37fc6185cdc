package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.ApplicationFixtures.cashPolicy;
import static cn.wulian.liancai.it.ApplicationFixtures.read;
import static cn.wulian.liancai.it.ApplicationFixtures.submitted;
import static cn.wulian.liancai.it.ApplicationFixtures.team;
import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static cn.wulian.liancai.it.Fixtures.create;
import static cn.wulian.liancai.it.Fixtures.id;
import static cn.wulian.liancai.it.Fixtures.talent;
import static cn.wulian.liancai.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Batch work in a real browser, as office staff: tick three talents, set their stage, read the
 * outcome per row and see the list show the new stage; tick rows on two pages and export exactly
 * those; tick two applications of a budget that holds one approval and approve them: one approved,
 * one refused with the reason.
 */
@ExtendWith(RunningApp.class)
class BrowserBatchIT {

    private static final By TALENT_ROWS = By.cssSelector("#talents\\:table_data > tr[data-ri]");
    private static final By APPLICATION_ROWS = By.cssSelector("#applications\\:table_data > tr[data-ri]");
    private static final By SUMMARY = By.id("batchSummary");
    private static final By RESULT_ROWS = By.cssSelector("#batchResultTable_data > tr");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("batch");

    private final Browser browser = SESSION.browser();

    @Test
    void threeTalentsTickedChangeStageAndTheListShowsIt() {
        String prefix = unique("批量阶段");
        List<Long> ids = IntStream.range(0, 4).mapToObj(i -> id(create(talent(prefix + " " + (char) ('a' + i))))).toList();

        browser.login("office", Api.PASSWORD, "/talents/list.xhtml");
        browser.until(d -> d.findElements(TALENT_ROWS).isEmpty() ? null : true);
        browser.driver().findElement(By.id("talents:table:globalFilter")).sendKeys(prefix);
        browser.until(d -> d.findElements(TALENT_ROWS).size() == 4 ? true : null);
        browser.waitForAjax();
        List<String> ticked = tick(TALENT_ROWS, 0, 1, 2);
        assertEquals("已选 3 条", browser.text(By.id("batchCount")));

        browser.choose("talents:batchStage", "深度对接");
        browser.click(By.id("talents:applyStage")).waitForAjax();

        assertEquals("3 条已完成，0 条未完成", browser.text(SUMMARY));
        List<String> labels = browser.all(RESULT_ROWS).stream().map(r -> r.findElement(By.cssSelector("td.col-record")).getText()).toList();
        assertEquals(ticked.stream().sorted().toList(), labels.stream().map(String::strip).sorted().toList());
        assertTrue(browser.all(RESULT_ROWS).stream().allMatch(r -> r.getText().contains("已完成")));
        long engaged = ids.stream().filter(id -> "ENGAGED".equals(Fixtures.read(id).getString("stage"))).count();
        assertEquals(3, engaged, "exactly the ticked three");
        List<String> stagesShown = browser.all(TALENT_ROWS).stream().map(r -> r.findElement(By.cssSelector(".stage")).getText()).toList();
        assertEquals(3, stagesShown.stream().filter("深度对接"::equals).count(), () -> "the list redrawn: " + stagesShown);
        assertTrue(browser.text(By.id("talents:batchBar")).contains("勾选行可批量操作"), "the selection is cleared after the change");
    }

    @Test
    void theSelectionSurvivesPagingAndExportsExactlyTheTickedRows() throws IOException {
        browser.login("office", Api.PASSWORD, "/talents/list.xhtml");
        browser.until(d -> d.findElements(TALENT_ROWS).isEmpty() ? null : true);
        List<String> names = new ArrayList<>(tick(TALENT_ROWS, 1));
        browser.click(By.cssSelector("#talents\\:table .ui-paginator-next")).waitForAjax();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#talents\\:table .ui-paginator-current"), "21–"));
        names.addAll(tick(TALENT_ROWS, 0));
        assertEquals("已选 2 条", browser.text(By.id("batchCount")), "the row ticked on page 1 still counts on page 2");

        List<List<String>> rows = ExportIT.csv(Files.readAllBytes(browser.download(By.id("talents:exportSelectedCsv"), ".csv")));

        assertEquals("姓名", rows.getFirst().getFirst());
        assertEquals(names.stream().sorted().toList(), rows.subList(1, rows.size()).stream().map(List::getFirst).sorted().toList(),
                "exactly the two ticked rows");
        assertTrue(rows.getFirst().contains("备注"), "the list export's columns, as office staff read them");
    }

    @Test
    void twoApplicationsApprovedInOneStepAreEachCheckedAndReportedPerRow() {
        String policy = ApplicationFixtures.policy(cashPolicy("60", "100", null, null, 1));
        long first = id(submitted(OFFICE, policy, team("fatong"), null));
        long second = id(submitted(OFFICE, policy, team("shibei"), null));

        browser.login("office", Api.PASSWORD, "/applications/list.xhtml?status=SUBMITTED&policy=" + policy);
        browser.until(d -> d.findElements(APPLICATION_ROWS).size() == 2 ? true : null);
        browser.waitForAjax();
        tick(APPLICATION_ROWS, 0, 1);
        assertEquals("已选 2 条", browser.text(By.id("batchCount")));
        browser.type(By.id("applications:batchNote"), "按季度报送进度");
        browser.click(By.id("applications:approveSelected")).waitForAjax();

        assertEquals("1 条已完成，1 条未完成", browser.text(SUMMARY), "a budget of 100 holds one approval of 60");
        List<WebElement> results = browser.all(RESULT_ROWS);
        assertEquals(2, results.size());
        WebElement refused = results.stream().filter(r -> r.getText().contains("未完成")).findFirst().orElseThrow();
        assertFalse(refused.findElement(By.cssSelector("td.col-reason")).getText().isBlank(), "the reason is said: " + refused.getText());
        List<String> statuses = List.of(read(first).getString("status"), read(second).getString("status"));
        assertEquals(List.of("APPROVED", "SUBMITTED"), statuses.stream().sorted().toList(), statuses::toString);
        long approved = read(first).getString("status").equals("APPROVED") ? first : second;
        assertEquals("按季度报送进度", read(approved).getString("conditions"));
        assertTrue(refused.getText().contains("#" + (approved == first ? second : first)), refused::getText);
    }

    /** ticks the rows at these positions of the current page; their first link's text (the name), in that order */
    private List<String> tick(By rows, int... positions) {
        List<String> names = new ArrayList<>();
        for (int i : positions) {
            WebElement row = browser.all(rows).get(i);
            names.add(row.findElement(By.cssSelector("td:nth-child(2) a")).getText().strip());
            browser.scrollIntoView(row);
            row.findElement(By.cssSelector(".ui-chkbox-box")).click();
            browser.waitForAjax();
        }
        return names;
    }
}
