package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The list pages' export buttons in a real browser: Excel and CSV side by side, holding what the
 * table shows (its filter), masked for a manager; every list page that exports has both.
 */
class BrowserExportIT {

    private static final By TABLE_ROWS = By.cssSelector("#talents\\:table_data > tr[data-ri]");
    private static final By PAGE_REPORT = By.cssSelector("#talents\\:table .ui-paginator-current");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("export");

    private final Browser browser = SESSION.browser();

    @Test
    void theTalentListExportsWhatItShowsAsExcelAndCsv() throws IOException {
        long quick = Api.as("office").get("/api/talents?limit=1&q=" + Api.q("大学")).json().getJsonNumber("total").longValue();
        long total = Api.as("office").get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
        assertTrue(quick > 20 && quick < total, "the filter narrows the list to more than a page: " + quick + " of " + total);

        browser.login("office", Api.PASSWORD, "/talents/list.xhtml");
        browser.until(d -> d.findElements(TABLE_ROWS).isEmpty() ? null : true);
        browser.driver().findElement(By.id("talents:table:globalFilter")).sendKeys("大学");
        browser.until(ExpectedConditions.textToBe(PAGE_REPORT, "1–20 / " + quick));
        browser.waitForAjax();

        Path csv = browser.download(By.id("exportForm:exportCsv"), ".csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 with a BOM");
        List<List<String>> rows = ExportIT.csv(bytes);
        assertEquals(quick + 1, rows.size(), "a header and every row the filtered table holds, not only its page");
        assertEquals("姓名", rows.getFirst().getFirst());
        assertTrue(rows.getFirst().contains("备注"), "office staff read the notes");

        Path xlsx = browser.downloadXlsx(By.id("exportForm:export"));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(quick, sheet.getLastRowNum());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals(rows.get(r).getFirst(), sheet.getRow(r).getCell(0).getStringCellValue(), "the same rows in the same order");
            }
        }
    }

    @Test
    void aManagersCsvIsMasked() throws IOException {
        browser.login("mgr-fatong", Api.PASSWORD, "/talents/list.xhtml");
        browser.until(d -> d.findElements(TABLE_ROWS).isEmpty() ? null : true);
        List<List<String>> rows = ExportIT.csv(Files.readAllBytes(browser.download(By.id("exportForm:exportCsv"), ".csv")));
        int phone = rows.getFirst().indexOf("手机");
        assertTrue(rows.size() > 20 && !rows.getFirst().contains("备注"), rows.getFirst()::toString);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(phone).isEmpty() || r.get(phone).contains("****")));
        assertTrue(rows.subList(1, rows.size()).stream().anyMatch(r -> r.get(phone).contains("****")));
    }

    @Test
    void everyListPageOffersBothFiles() throws IOException {
        browser.login("office", Api.PASSWORD);
        for (String[] page : new String[][] {{"/teams/list.xhtml", "exportForm", "/api/teams", "团队名称"},
                {"/projects/list.xhtml", "exportForm", "/api/projects", "项目名称"},
                {"/applications/list.xhtml", "exportForm", null, null},
                {"/audit/list.xhtml", "audit", null, null}}) {
            browser.open(page[0]);
            List<List<String>> rows = ExportIT.csv(Files.readAllBytes(browser.download(By.id(page[1] + ":exportCsv"), ".csv")));
            try (InputStream in = Files.newInputStream(browser.downloadXlsx(By.id(page[1] + ":export")));
                 XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertEquals(rows.getFirst().getFirst(), workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue(), page[0]);
            }
            if (page[2] != null) {
                long total = Api.as("office").get(page[2] + "?limit=1").json().getJsonNumber("total").longValue();
                assertEquals(total + 1, rows.size(), page[0]);
            } else {
                assertTrue(rows.size() > 1, page[0]);
            }
            if (page[3] != null) {
                assertEquals(page[3], rows.getFirst().getFirst(), page[0]);
            }
        }
    }
}
