package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Office staff write support policies in a real headless Chromium, the rule built condition by
 * condition in the visual editor and read back in words: a new team policy, then its next version
 * with a new budget and one more condition, in the history and in the API. A bad save marks the
 * fields and keeps every condition; the rule can be edited as JSON instead. A platform manager
 * neither sees the editor's buttons nor opens it (403). Each test makes its own policy codes.
 * Screenshots land in {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.class)
class BrowserPolicyEditIT {

    private static final By CONDITIONS = By.cssSelector(".rule-CONDITION");
    private static final By RULE_TEXT = By.id("ruleText");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("policy-edit");

    private final Browser browser = SESSION.browser();

    @Test
    void officeBuildsATeamPolicyInTheEditorThenEditsItIntoVersionTwo() {
        String code = PoliciesApiIT.code();
        browser.login("office", Api.PASSWORD);
        browser.click(By.id("navPolicies"));
        browser.until(ExpectedConditions.urlContains("/policies/list.xhtml"));
        browser.click(By.id("newPolicy"));
        browser.until(ExpectedConditions.urlContains("/policies/edit.xhtml"));
        browser.type(By.id("policyForm:code"), code).type(By.id("policyForm:name"), "团队人才补贴 " + code);
        browser.pickButton("policyForm:beneficiaryKind", "团队");

        String headcount = browser.addRuleCondition();
        browser.choose(headcount + "fact", "团队人数");
        assertEquals("不少于", browser.text(By.id(headcount + "op_label")), "a number is asked for at least, unless changed");
        browser.typeAndLeave(By.id(headcount + "number"), "5");
        String platform = browser.addRuleCondition();
        browser.choose(platform + "fact", "所在平台");
        assertEquals("是以下之一", browser.text(By.id(platform + "op_label")));
        check(platform + "choices", "fatong");
        browser.until(ExpectedConditions.textToBe(RULE_TEXT, "团队人数：不少于 5 人；所在平台：法桐小院"));

        browser.pickButton("policyForm:benefitKind", "资金扶持");
        browser.type(By.id("policyForm:benefitAmount"), "100000").type(By.id("policyForm:annualBudget"), "1000000");
        browser.screenshot("policy-edit-new-desktop");
        browser.phone();
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll on a phone");
        browser.scrollIntoView(browser.visible(By.id("policyForm:rule")));
        browser.screenshotVisible("policy-edit-new-phone");
        browser.desktop();
        // scientific notation is no amount (Faces' own converter took 1e3 as a thousand); separators are read
        browser.type(By.id("policyForm:benefitAmount"), "1e3");
        browser.click(By.id("policyForm:save")).waitForAjax();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#policyForm .field:has(#policyForm\\:benefitAmount) .ui-message-error"), "应为数字"));
        assertEquals(404, Api.as("office").get("/api/policies/" + code).status(), "nothing saved");
        browser.type(By.id("policyForm:benefitAmount"), "100,000");
        browser.click(By.id("policyForm:save"));
        browser.until(ExpectedConditions.urlContains("/policies/list.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "第 1 版"));
        assertEquals(0, new BigDecimal("100000").compareTo(
                Api.as("office").get("/api/policies/" + code).json().getJsonNumber("benefitAmount").bigDecimalValue()));
        assertEquals("团队人数：不少于 5 人；所在平台：法桐小院", browser.text(By.cssSelector("#policy-" + code + " .policy-rule")));

        // the next version: a bigger budget and one more condition
        browser.click(By.cssSelector("#policy-" + code + " [id$=':edit'] a"));
        browser.until(ExpectedConditions.urlContains("/policies/edit.xhtml?code=" + code));
        assertFalse(browser.present(By.id("policyForm:code")), "the code is fixed");
        assertEquals("团队", browser.text(By.id("fixedKind")), "and so is the beneficiary");
        assertEquals(List.of("团队人数", "所在平台"), browser.all(By.cssSelector(".rule-CONDITION .rule-fact .ui-selectonemenu-label"))
                .stream().map(WebElement::getText).toList(), "the rule opens as it was saved");
        assertEquals("5", browser.value(By.id(headcount + "number")));
        browser.type(By.id("policyForm:annualBudget"), "2000000");
        String company = browser.addRuleCondition();
        browser.choose(company + "fact", "企业注册在五莲");
        assertFalse(browser.present(By.id(company + "number")), "a yes/no fact takes no value");
        browser.until(ExpectedConditions.textToBe(RULE_TEXT, "团队人数：不少于 5 人；所在平台：法桐小院；企业注册在五莲：是"));
        browser.click(By.id("policyForm:save"));
        browser.until(ExpectedConditions.urlContains("/policies/list.xhtml"));
        assertEquals("团队人数：不少于 5 人；所在平台：法桐小院；企业注册在五莲：是", browser.text(By.cssSelector("#policy-" + code + " .policy-rule")));
        assertEquals("200 万元", browser.text(By.cssSelector("#policy-" + code + " .policy-budget")));

        browser.click(By.cssSelector("#policy-" + code + " [id$=':history']"));
        WebElement history = browser.visible(By.id("historyDialog"));
        browser.until(ExpectedConditions.textToBePresentInElement(history, "第 2 版"));
        List<WebElement> versions = history.findElements(By.cssSelector(".policy-version-item"));
        assertEquals(List.of("2", "1"), versions.stream().map(v -> v.getDomAttribute("data-version")).toList(), "newest first");
        assertAll("the history",
                () -> assertTrue(versions.get(0).getText().contains("当前版本") && versions.get(0).getText().contains("200 万元"),
                        versions.get(0)::getText),
                () -> assertTrue(versions.get(1).getText().contains("由 人才办 王晓燕 修订") && versions.get(1).getText().contains("100 万元"),
                        versions.get(1)::getText));
        browser.screenshot("policy-history-desktop");

        JsonObject saved = Api.as("office").get("/api/policies/" + code).json();
        assertEquals(2, saved.getInt("version"));
        assertEquals(0, new BigDecimal("2000000").compareTo(saved.getJsonNumber("annualBudget").bigDecimalValue()));
        assertEquals("{\"all\":[{\"fact\":\"headcount\",\"op\":\"gte\",\"value\":5},{\"fact\":\"platform\",\"op\":\"in\",\"values\":[\"fatong\"]},"
                + "{\"fact\":\"companyInWulian\",\"op\":\"isTrue\"}]}", saved.getJsonObject("rule").toString());
    }

    @Test
    void aBadSaveMarksTheFieldsKeepsEveryConditionAndTheRuleCanBeWrittenAsJson() {
        String code = PoliciesApiIT.code();
        browser.login("office", Api.PASSWORD, "/policies/edit.xhtml");
        browser.type(By.id("policyForm:code"), code);
        browser.pickButton("policyForm:beneficiaryKind", "团队");
        String headcount = browser.addRuleCondition();
        browser.choose(headcount + "fact", "团队人数");
        browser.typeAndLeave(By.id(headcount + "number"), "5");
        String unfinished = browser.addRuleCondition();
        browser.pickButton("policyForm:benefitKind", "资金扶持");
        browser.type(By.id("policyForm:benefitAmount"), "100000").type(By.id("policyForm:annualBudget"), "-5");
        browser.click(By.id("policyForm:save")).waitForAjax();

        assertAll("beside the fields",
                () -> assertEquals("必填", browser.text(By.cssSelector("#policyForm .field:has(#policyForm\\:name) .ui-message-error"))),
                () -> assertTrue(browser.text(By.cssSelector("#policyForm .field:has(#policyForm\\:annualBudget) .ui-message-error"))
                        .contains("大于 0"), () -> browser.text(By.cssSelector("#policyForm .field:has(#policyForm\\:annualBudget)"))),
                () -> assertEquals("还有 1 处条件未填完整（已在条件旁标出）", browser.text(RULE_TEXT)),
                () -> assertEquals("请选择条件项", browser.text(By.id(unfinished + "hint"))));
        assertAll("nothing lost",
                () -> assertTrue(browser.url().contains("/policies/edit.xhtml")),
                () -> assertEquals(2, browser.all(CONDITIONS).size()),
                () -> assertEquals("团队人数", browser.text(By.id(headcount + "fact_label"))),
                () -> assertEquals("5", browser.value(By.id(headcount + "number"))),
                () -> assertEquals("-5", browser.value(By.id("policyForm:annualBudget"))),
                () -> assertEquals(code, browser.value(By.id("policyForm:code"))));
        assertEquals(404, Api.as("office").get("/api/policies/" + code).status(), "nothing saved");
        browser.screenshot("policy-edit-invalid-desktop");

        // the same rule as JSON: a wrong operator is named beside the text, which stays until it is a rule
        browser.click(By.id("policyForm:toggleJson")).waitForAjax();
        assertTrue(browser.value(By.id("policyForm:ruleJson")).contains("\"headcount\""), () -> browser.value(By.id("policyForm:ruleJson")));
        browser.typeAndLeave(By.id("policyForm:ruleJson"), "{\"all\": [{\"fact\": \"headcount\", \"op\": \"isTrue\"}]}");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policyForm:jsonProblem"), "isTrue"));
        browser.click(By.id("policyForm:toggleJson")).waitForAjax();
        assertTrue(browser.present(By.id("policyForm:ruleJson")), "a text that is no rule is not thrown away");
        browser.typeAndLeave(By.id("policyForm:ruleJson"), "{\"any\": [{\"fact\": \"headcount\", \"op\": \"gte\", \"value\": 8}, {\"fact\": \"ipCount\", \"op\": \"gte\", \"value\": 2}]}");
        browser.until(ExpectedConditions.textToBe(RULE_TEXT, "（以下任一：团队人数：不少于 8 人；知识产权数：不少于 2 项）"));
        browser.click(By.id("policyForm:toggleJson")).waitForAjax();
        assertEquals(2, browser.all(CONDITIONS).size(), "back in the tree");
        assertEquals("8", browser.value(By.id(headcount + "number")));

        browser.type(By.id("policyForm:name"), "团队补贴 " + code).type(By.id("policyForm:annualBudget"), "500000");
        browser.click(By.id("policyForm:save"));
        browser.until(ExpectedConditions.urlContains("/policies/list.xhtml"));
        JsonObject saved = Api.as("office").get("/api/policies/" + code).json();
        assertEquals("{\"any\":[{\"fact\":\"headcount\",\"op\":\"gte\",\"value\":8},{\"fact\":\"ipCount\",\"op\":\"gte\",\"value\":2}]}",
                saved.getJsonObject("rule").toString());
    }

    @Test
    void aPlatformManagerNeitherSeesTheEditorsButtonsNorOpensIt() {
        browser.login("mgr-fatong", Api.PASSWORD, "/policies/list.xhtml");
        assertTrue(browser.present(By.id("policy-startup-fund")), "reads the policies");
        assertFalse(browser.present(By.id("newPolicy")));
        assertFalse(browser.present(By.cssSelector("[id$=':edit']")));
        browser.click(By.cssSelector("#policy-startup-fund [id$=':history']"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyDialog"), "第 1 版"));

        browser.open("/policies/edit.xhtml?code=startup-fund");
        assertTrue(browser.text(By.tagName("body")).contains("您没有访问此页面的权限"), () -> browser.text(By.tagName("body")));
        assertEquals(403L, browser.js("var x = new XMLHttpRequest(); x.open('GET', '/policies/edit.xhtml', false); x.send(); return x.status;"));
    }

    // ---- the editor

    /** ticks one code in a p:selectCheckboxMenu and closes it; never scrolls the page while it is open, which would close it */
    private void check(String id, String code) {
        browser.click(By.id(id));
        browser.until(ExpectedConditions.attributeContains(By.id(id + "_panel"), "class", "ui-connected-overlay-enter-done"));
        WebElement box = browser.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li[data-item-value='" + code + "'] .ui-chkbox-box")));
        browser.js("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'});", box);
        box.click();
        browser.waitForAjax();
        browser.until(ExpectedConditions.attributeContains(By.cssSelector("[id='" + id + "_panel'] li[data-item-value='" + code + "']"),
                "class", "ui-selectcheckboxmenu-checked"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        browser.waitForAjax();
    }
}
