package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Content-Security-Policy forbids every inline script but PrimeFaces' own, which carry the page's
 * nonce: each page opened in a real Chromium leaves no violation in the browser's console, and the
 * PrimeFaces handlers moved out of the markup still work (a filter, a dialog, the language switch).
 * A script injected without the nonce is refused: the policy is in force and the console read.
 */
// it opens pages and reads the console, writing nothing, so it may run beside the shared server's other tests: in the
// second lane after the tests with servers of their own (last by @Order), where the shared line would otherwise run alone
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.SECOND_LANE)
@Order(Integer.MAX_VALUE)
@ExtendWith(RunningApp.class)
class BrowserCspIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("csp");

    private final Browser browser = SESSION.browser();

    @Test
    void noPageViolatesThePolicyAndInjectedScriptIsRefused() {
        browser.open("/login.xhtml");
        List<String> violations = new ArrayList<>(violations("/login.xhtml"));

        browser.login("office", Api.PASSWORD);
        Api office = Api.as("office");
        List<String> pages = new ArrayList<>(List.of("/talents/list.xhtml", "/talents/edit.xhtml", "/followups.xhtml",
                "/platforms/list.xhtml", "/teams/list.xhtml", "/teams/edit.xhtml", "/projects/list.xhtml", "/projects/edit.xhtml",
                "/ranking.xhtml", "/dashboard.xhtml", "/policies/list.xhtml", "/policies/edit.xhtml", "/applications/list.xhtml",
                "/applications/report.xhtml", "/awards/cycles.xhtml", "/awards/categories.xhtml", "/awards/cycle-edit.xhtml",
                "/search.xhtml?q=" + Api.q("李"), "/no-such-page.xhtml"));
        String platform = first(office, "/api/platforms").getString("code");
        pages.add("/platforms/view.xhtml?code=" + Api.q(platform));
        for (Map.Entry<String, String> view : Map.of("/talents/profile.xhtml", "/api/talents?limit=1", "/teams/view.xhtml", "/api/teams?limit=1", "/projects/view.xhtml", "/api/projects?limit=1",
                "/applications/view.xhtml", "/api/applications?limit=1", "/awards/cycle.xhtml", "/api/award-cycles").entrySet()) {
            pages.add(view.getKey() + "?id=" + first(office, view.getValue()).getJsonNumber("id").longValue());
        }
        for (String page : pages) {
            browser.open(page);
            violations.addAll(violations(page));
        }

        // handlers that CSP mode moved out of the markup: a filter's oninput, a dialog's oncomplete, a non-AJAX link
        browser.open("/teams/list.xhtml");
        browser.type(By.id("teams:table:globalFilter"), "不存在的团队名称");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teams:table"), "没有符合条件的团队"));
        browser.switchLanguage();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("navPolicies"), "Support policies"));
        browser.switchLanguage();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("navPolicies"), "扶持政策"));
        browser.open("/policies/list.xhtml");
        browser.all(By.cssSelector("[id$=':history']")).getFirst().click();
        browser.waitForAjax();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("historyDialog")));
        violations.addAll(violations("interactions"));

        browser.reset().login("reviewer1", Api.PASSWORD);
        browser.open("/awards/reviews.xhtml");
        violations.addAll(violations("/awards/reviews.xhtml"));
        List<WebElement> reviews = browser.all(By.cssSelector("a[href*='/awards/review.xhtml']"));
        if (!reviews.isEmpty()) {
            browser.open(reviews.getFirst().getAttribute("href").replaceFirst("^https?://[^/]+", ""));
            violations.addAll(violations("a review sheet"));
        }

        assertEquals(List.of(), violations, "pages that break the Content-Security-Policy");

        browser.js("var s = document.createElement('script'); s.textContent = 'window.injected = true;'; document.body.appendChild(s);");
        List<String> refused = violations("injected script");
        assertTrue(!refused.isEmpty() && browser.js("return window.injected === true;").equals(Boolean.FALSE),
                "a script without the nonce is refused and reported: " + refused);
    }

    private List<String> violations(String page) {
        return browser.console().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .map(m -> page + ": " + m).toList();
    }

    /** the first row of a list answer: a JSON array, or a page of {@code rows} */
    private static JsonObject first(Api api, String path) {
        Api.Reply r = api.get(path);
        assertEquals(200, r.status(), () -> path + ": " + r.body());
        JsonStructure json = r.jsonValue();
        JsonArray rows = json.getValueType() == JsonValue.ValueType.ARRAY ? json.asJsonArray() : json.asJsonObject().getJsonArray("rows");
        assertTrue(!rows.isEmpty(), () -> path + " lists nothing: " + r.body());
        return rows.getJsonObject(0);
    }
}
