package cn.wulian.liancai.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.web.ChartJs.Series;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsTest {

    @Test
    void aHorizontalBarChartLaysItsCategoriesDownTheSideWithTheUnitOnTheValueAxis() {
        JsonObject config = parse(ChartJs.bar(List.of("法桐小院", "昆山智谷"), List.of(
                new Series("计划投资", List.of(new BigDecimal("10.88"), new BigDecimal("26.39")), "#2e7d5b"),
                new Series("已完成投资", List.of(new BigDecimal("5.78"), BigDecimal.ZERO), "#e0a526")), true, "亿元"));
        assertEquals("bar", config.getString("type"));
        assertEquals(List.of("法桐小院", "昆山智谷"), config.getJsonObject("data").getJsonArray("labels").getValuesAs(
                JsonString::getString));
        JsonObject planned = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals(new BigDecimal("26.39"), planned.getJsonArray("data").getJsonNumber(1).bigDecimalValue(), "amounts exact");
        assertEquals("#2e7d5b", planned.getString("backgroundColor"));
        JsonObject options = config.getJsonObject("options");
        assertEquals("y", options.getString("indexAxis"));
        assertEquals("亿元", options.getJsonObject("scales").getJsonObject("x").getJsonObject("title").getString("text"));
        assertFalse(options.getBoolean("maintainAspectRatio"), "the page's CSS sets the height");
        assertTrue(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("display"), "two series need a legend");
    }

    @Test
    void oneColourPerBarAndNoLegendForASingleSeries() {
        JsonObject config = parse(ChartJs.bar(List.of("洽谈", "签约"), List.of(new Series("项目数", List.of(4L, 6L), List.of("#b9dcc8", "#8cc5a6"))),
                false, "项目数"));
        assertEquals("x", config.getJsonObject("options").getString("indexAxis"));
        assertEquals(2, config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("backgroundColor").size());
        assertFalse(config.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend").getBoolean("display"));
    }

    @Test
    void aLabelCannotCloseThePagesScript() {
        String label = "</script><script>alert(1)</script>\"'";
        String script = ChartJs.bar(List.of(label), List.of(new Series("s", List.of(1), "#000")), false, "x");
        assertFalse(script.contains("</"), script);
        assertEquals(label, parse(script).getJsonObject("data").getJsonArray("labels").getString(0), "the label itself unchanged");
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void longLabelsAreBrokenIntoLines() {
        assertEquals(List.of("Shibei Innovation", "& Entrepreneurship", "Incubation Centre"),
                ChartJs.lines("Shibei Innovation & Entrepreneurship Incubation Centre"));
        assertEquals(List.of("Fatong Courtyard"), ChartJs.lines("Fatong Courtyard"));
        assertEquals(List.of("中科院知识产权小镇"), ChartJs.lines("中科院知识产权小镇"));
        assertEquals(List.of("Negotiating"), ChartJs.lines("Negotiating"), "an English word longer than a Chinese line stays whole");
        assertEquals(List.of("Biomedicine"), ChartJs.lines("Biomedicine"));
        assertEquals(List.of("五莲县五莲山旅游风景", "区管理委员会"), ChartJs.lines("五莲县五莲山旅游风景区管理委员会"));
        JsonObject config = parse(ChartJs.bar(List.of("Shibei Innovation & Entrepreneurship Incubation Centre", "No platform"),
                List.of(new Series("s", List.of(1, 2), "#000")), true, "x"));
        assertEquals(3, config.getJsonObject("data").getJsonArray("labels").getJsonArray(0).size());
        assertEquals("No platform", config.getJsonObject("data").getJsonArray("labels").getString(1));
    }
}
