package cn.wulian.liancai.it;

import static cn.wulian.liancai.it.Fixtures.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/dashboard/talents}: every count it gives is the talent list's total for the link it
 * gives — by stage, degree, year of return, province, city (Traditional spellings counted with the Simplified),
 * township and village — and it is the office's alone. Read twice in a row: other tests on the shared
 * server add talents meanwhile, so a count is compared with the list read between the two.
 */
@ExtendWith(RunningApp.class)
class DashboardTalentsIT {

    @Test
    void everyCountIsTheTotalOfTheListItLinksTo() {
        JsonObject side = OFFICE.get("/api/dashboard/talents").json();
        List<String> mismatches = new ArrayList<>();
        for (String group : List.of("byStage", "byDegree", "returneesPerYear", "byProvince", "byCity", "byTownship", "byVillage")) {
            List<JsonObject> rows = side.getJsonArray(group).getValuesAs(JsonObject.class);
            assertTrue(!rows.isEmpty(), group);
            for (JsonObject row : rows) {
                if (!row.containsKey("link") || row.isNull("link")) {
                    continue;
                }
                long listed = OFFICE.get("/api/talents?limit=1&" + row.getString("link")).json().getJsonNumber("total").longValue();
                long counted = row.getJsonNumber("count").longValue();
                if (listed < counted) {
                    mismatches.add(group + " " + row.getString("label") + ": counted " + counted + ", listed " + listed);
                }
            }
        }
        // counted first and listed after: the list may only have grown, never shrunk
        assertEquals(List.of(), mismatches);
        JsonObject qingdao = side.getJsonArray("byCity").getValuesAs(JsonObject.class).stream()
                .filter(c -> "青岛".equals(c.getString("key"))).findFirst().orElseThrow();
        assertTrue(qingdao.getString("link").contains("%E9%9D%92%E5%B3%B6"), "青島 counted with 青岛: " + qingdao);
        assertEquals(12, side.getJsonArray("contactsPerMonth").size());
        List<JsonObject> years = side.getJsonArray("returneesPerYear").getValuesAs(JsonObject.class);
        assertEquals(10, years.size());
        assertEquals(String.valueOf(Fixtures.today().getYear()), years.get(9).getString("key"), "this year last");
        assertTrue(years.stream().mapToLong(y -> y.getJsonNumber("count").longValue()).sum() > 0, "the demo's returnees: " + years);
        long stages = side.getJsonArray("byStage").getValuesAs(JsonObject.class).stream().mapToLong(s -> s.getJsonNumber("count").longValue()).sum();
        assertTrue(stages <= side.getJsonNumber("talents").longValue() + 50 && stages >= side.getJsonNumber("talents").longValue(),
                "every talent has a stage: " + stages + " of " + side.getJsonNumber("talents"));
    }

    @Test
    void theFiguresAreTheOfficesAlone() {
        assertEquals(403, Api.as("mgr-fatong").get("/api/dashboard/talents").status());
        assertEquals(403, Api.as("reviewer1").get("/api/dashboard/talents").status());
        assertEquals(401, Api.anonymous().get("/api/dashboard/talents").status());
        assertEquals(200, Api.as("admin").inEnglish().get("/api/dashboard/talents").status());
        assertTrue(Api.as("admin").inEnglish().get("/api/dashboard/talents").body().contains("Shandong"));
    }
}
