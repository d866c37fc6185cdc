package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The talent registry as people use it, in a real headless Chromium against the running app:
 * register a talent, log a visit, find the talent again by typing Traditional characters; form
 * validation; the list on a phone; what a reviewer may see; login and the language switch.
 * Screenshots land in {@code target/screenshots/} for people to look at.
 */
@ExtendWith(RunningApp.class)
class BrowserTalentIT {

    private static final String PASSWORD = Api.PASSWORD;
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    /** Simplified and Traditional forms that differ, to make names unique and still need folding */
    private static final String[][] PAIRS = {
            {"龙", "龍"}, {"凤", "鳳"}, {"马", "馬"}, {"鸟", "鳥"}, {"鱼", "魚"},
            {"云", "雲"}, {"东", "東"}, {"华", "華"}, {"国", "國"}, {"门", "門"}};

    private static final By TABLE_ROWS = By.cssSelector("#talents\\:table_data > tr.ui-datatable-selectable, #talents\\:table_data > tr[data-ri]");
    private static final By PAGE_REPORT = By.cssSelector("#talents\\:table .ui-paginator-current");

    /** one Chromium for the class; every test starts without cookies, so logged out */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("talent");

    private final Browser browser = SESSION.browser();

    @Test
    void officeRegistersTalentLogsVisitAndFindsItByTraditionalCharacters() {
        String[] unique = uniqueSuffix();
        String name = "莲测试员" + unique[0];
        String traditionalName = "蓮測試員" + unique[1];
        String summary = "走访" + name + "，了解返乡创业意向";
        LocalDate followUp = LocalDate.now(COUNTY).plusDays(3);

        browser.open("/login.xhtml");
        browser.screenshot("login-desktop");
        browser.login("office", PASSWORD);
        assertTrue(browser.url().contains("/workbench.xhtml"), "after login the 工作台 opens, not " + browser.url());
        browser.click(By.id("navTalents"));
        browser.until(ExpectedConditions.urlContains("/talents/list.xhtml"));
        browser.visible(TABLE_ROWS);
        browser.screenshot("list-desktop");

        // 新增人才
        browser.click(By.id("newTalent"));
        browser.until(ExpectedConditions.urlContains("/talents/edit.xhtml"));
        assertEquals("新增人才", browser.text(By.cssSelector(".page-head h1")));
        browser.type(By.id("talentForm:name"), name)
                .type(By.id("talentForm:birthYear_input"), "1990")
                .type(By.id("talentForm:village"), "莲花村")
                .type(By.id("talentForm:school"), "山东大学")
                .type(By.id("talentForm:major"), "计算机科学与技术")
                .type(By.id("talentForm:graduationYear_input"), "2013")
                .type(By.id("talentForm:city"), "青岛")
                .type(By.id("talentForm:employer"), "青岛莲测科技有限公司")
                .type(By.id("talentForm:expertise"), "人工智能；软件工程")
                .type(By.id("talentForm:phone"), "13912345678")
                .type(By.id("talentForm:email"), "lianceshi@example.com");
        browser.choose("talentForm:gender", "男")
                .choose("talentForm:township", "洪凝街道")
                .choose("talentForm:degree", "硕士")
                .choose("talentForm:stage", "已联系");
        browser.screenshot("edit-desktop-filled");

        browser.click(By.id("talentForm:save"));
        browser.until(ExpectedConditions.urlContains("/talents/profile.xhtml"));
        browser.waitForAjax();
        long id = idFrom(browser.url());
        String heading = browser.text(By.id("talentName"));
        assertTrue(heading.startsWith(name), "profile heading shows the name: " + heading);
        assertTrue(heading.contains("已联系"), "profile heading shows the stage: " + heading);
        assertAll("profile details",
                () -> assertEquals("山东大学 计算机科学与技术", detail("毕业院校")),
                () -> assertEquals("硕士", detail("最高学历")),
                () -> assertEquals("洪凝街道 莲花村", detail("籍贯")),
                () -> assertEquals("13912345678", browser.text(By.id("phone")), "staff see the full phone number"),
                () -> assertEquals("lianceshi@example.com", browser.text(By.id("email")).replace("\n", ""), "the address, which may break after its @"));
        JsonObject saved = Api.as("office").get("/api/talents/" + id).json();
        assertEquals(name, saved.getString("name"));
        assertEquals("CONTACTED", saved.getString("stage"));
        assertEquals("371121001", saved.getString("townshipCode"));
        browser.screenshot("profile-desktop-new");

        // 记录联络: a visit with a follow-up date, in the form that opens on demand
        assertEquals("联络记录", browser.text(By.cssSelector("#contacts h2")));
        browser.click(By.id("logContact"));
        WebElement visit = browser.visible(By.xpath("//*[@id='contactForm:kind']//div[contains(@class,'ui-button')][normalize-space()='走访']"));
        if (!visit.getDomAttribute("class").contains("ui-state-active")) {
            visit.click();
        }
        browser.until(d -> d.findElement(By.xpath("//*[@id='contactForm:kind']//div[contains(@class,'ui-button')][normalize-space()='走访']"))
                .getDomAttribute("class").contains("ui-state-active"));
        browser.type(By.id("contactForm:place"), "青岛市崂山区")
                .type(By.id("contactForm:summary"), summary)
                .type(By.id("contactForm:followUpOn_input"), followUp.toString());
        browser.driver().findElement(By.id("contactForm:followUpOn_input")).sendKeys(Keys.ESCAPE);
        String dayBefore = LocalDate.now(COUNTY).toString();
        browser.click(By.id("contactForm:saveContact")).waitForAjax();
        String dayAfter = LocalDate.now(COUNTY).toString();
        WebElement entry = browser.visible(By.xpath("//ul[@class='timeline']/li[contains(., " + Browser.xpathLiteral(summary) + ")]"));
        String when = entry.findElement(By.className("when")).getText();
        String meta = entry.findElement(By.className("meta")).getText();
        assertAll("timeline entry",
                () -> assertTrue(when.contains("走访"), "kind: " + when),
                () -> assertTrue(when.contains("青岛市崂山区"), "place: " + when),
                () -> assertTrue(when.startsWith(dayBefore) || when.startsWith(dayAfter), "occurred today: " + when),
                () -> assertTrue(meta.contains("跟进日期：" + followUp), "follow-up date: " + meta),
                () -> assertTrue(meta.contains("王晓燕"), "recorded by the officer: " + meta),
                () -> assertEquals("", browser.value(By.id("contactForm:summary")), "the form is ready for the next contact"));
        assertEquals(1, browser.all(By.cssSelector("ul.timeline > li")).size(), "a new talent has exactly the one logged contact");
        browser.screenshot("profile-desktop-visit");
        browser.phone();
        browser.driver().navigate().refresh();
        browser.waitForAjax().visible(By.xpath("//ul[@class='timeline']/li[contains(., " + Browser.xpathLiteral(summary) + ")]"));
        browser.screenshot("profile-phone");
        browser.open("/talents/edit.xhtml?id=" + id);
        assertEquals(name, browser.value(By.id("talentForm:name")), "the edit form loads the talent");
        browser.screenshot("edit-phone-existing");
        browser.desktop();

        // the top-bar search, typed in Traditional characters
        assertEquals(List.of(name), searchTitles(traditionalName, id));
        assertEquals(List.of(name), searchTitles("山東大學 " + traditionalName, id));
        assertTrue(browser.text(By.id("resultCount")).contains("共找到 1 条结果"), browser.text(By.id("resultCount")));
        browser.screenshot("search-desktop");
        browser.phone();
        browser.screenshot("search-phone");
        browser.desktop();
        browser.click(By.cssSelector("li.hit a.hit-title"));
        browser.until(ExpectedConditions.urlContains("/talents/profile.xhtml?id=" + id));
        assertTrue(browser.text(By.id("talentName")).startsWith(name));

        // a search that cannot be read says so in the page's language, whatever the browser's (this one asks for English)
        browser.open("/search.xhtml?q=AND");
        String page = browser.text(By.tagName("main"));
        assertTrue(page.contains("搜索语句有误"), page);
        // so does one that expands too far (26 one-letter fuzzy terms), instead of an error page
        browser.open("/search.xhtml?q=" + Api.q(String.join(" ", "abcdefghijklmnopqrstuvwxyz".chars().mapToObj(c -> (char) c + "~").toList())));
        String tooComplex = browser.text(By.tagName("main"));
        assertTrue(tooComplex.contains("搜索语句太复杂"), tooComplex);

        // the follow-up is on the officer's list
        browser.open("/followups.xhtml");
        WebElement due = browser.visible(By.xpath("//*[@id='due_data']/tr[.//a[normalize-space()=" + Browser.xpathLiteral(name) + "]]"));
        assertTrue(due.getText().contains(followUp.toString()), "due date on the follow-up list: " + due.getText());
        browser.screenshot("followups-desktop");
        browser.phone();
        browser.screenshot("followups-phone");
    }

    /** a form sent after the session ended cannot be saved; what was typed is offered again once logged in */
    @Test
    void textTypedBeforeTheSessionEndedIsOfferedAgainAfterLoggingIn() {
        long id = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("会话草稿"))));
        // a clerk of their own: the password mistyped below counts against nobody else's log-ins
        String clerk = AccountsApiIT.ready("OFFICE", null).getString("username");
        browser.login(clerk, AccountsApiIT.OWN, "/talents/edit.xhtml?id=" + id);
        String notes = "午饭前写的跟进记录：约定下周到法桐小院面谈 " + uniqueSuffix()[0];
        browser.type(By.id("talentForm:notes"), notes);
        // the session ends (its timeout): the browser still sends a cookie the server no longer knows
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "ended-long-ago", "/"));
        browser.click(By.id("talentForm:save"));
        browser.until(ExpectedConditions.urlContains("expired=true"));
        assertTrue(browser.text(By.cssSelector(".login-expired")).contains("可恢复刚才填写的文字"), () -> browser.text(By.cssSelector(".login-expired")));
        // a password mistyped on the way loses nothing (the page came back without its notice, and the text was gone)
        browser.type(By.id("loginForm:username"), clerk);
        browser.type(By.id("loginForm:password"), "not-the-password");
        browser.click(By.id("loginForm:submit"));
        browser.visible(By.cssSelector("#loginForm\\:messages .ui-messages-error"));
        browser.type(By.id("loginForm:username"), clerk);
        browser.type(By.id("loginForm:password"), AccountsApiIT.OWN);
        browser.click(By.id("loginForm:submit"));
        browser.until(ExpectedConditions.urlContains("/talents/edit.xhtml?id=" + id));
        browser.visible(By.id("draftRestore"));
        assertNotEquals(notes, browser.value(By.id("talentForm:notes")), "nothing was saved, nothing filled in unasked");
        browser.phone().screenshot("talent-draft-offered-phone");
        browser.desktop();
        browser.click(By.id("draftRestoreButton"));
        assertEquals(notes, browser.value(By.id("talentForm:notes")));
        assertFalse(browser.driver().findElement(By.id("draftRestore")).isDisplayed());
        browser.click(By.id("talentForm:save"));
        browser.until(ExpectedConditions.urlContains("/talents/profile.xhtml"));
        assertEquals(notes, Fixtures.read(id).getString("notes"));
        // saved: the page opened again offers nothing
        browser.open("/talents/edit.xhtml?id=" + id);
        assertFalse(browser.driver().findElement(By.id("draftRestore")).isDisplayed());

        // someone else logging in at this browser after the session ended is not offered what the first one typed
        browser.type(By.id("talentForm:notes"), "不该给别人看的草稿");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "ended-long-ago", "/"));
        browser.click(By.id("talentForm:save"));
        browser.until(ExpectedConditions.urlContains("expired=true"));
        browser.type(By.id("loginForm:username"), "office2");
        browser.type(By.id("loginForm:password"), Api.PASSWORD);
        browser.click(By.id("loginForm:submit"));
        browser.until(ExpectedConditions.urlContains("/talents/edit.xhtml?id=" + id));
        assertFalse(browser.driver().findElement(By.id("draftRestore")).isDisplayed(), "not offered to another person");
        assertEquals(notes, browser.value(By.id("talentForm:notes")));
        assertEquals(null, browser.js("return sessionStorage.getItem('liancai.draft:' + location.pathname + location.search);"), "and gone");
    }

    @Test
    void invalidInputIsMarkedBesideTheFieldsKeepsTheRestAndSavesNothing() {
        String school = "无效测试大学" + uniqueSuffix()[0];
        browser.login("office", PASSWORD);
        browser.phone().open("/talents/edit.xhtml");
        browser.screenshot("edit-phone-empty");
        browser.desktop();
        browser.type(By.id("talentForm:school"), school)
                .type(By.id("talentForm:major"), "数学与应用数学")
                .type(By.id("talentForm:city"), "济南")
                .type(By.id("talentForm:email"), "not-an-email")
                .type(By.id("talentForm:birthYear_input"), "1800") // a slip for 1980: the spinner made it 1900, and saved that
                .type(By.id("talentForm:returnedOn_input"), "2018-05-01");
        browser.driver().findElement(By.id("talentForm:returnedOn_input")).sendKeys(Keys.ESCAPE);
        browser.choose("talentForm:degree", "本科");
        browser.click(By.id("talentForm:save")).waitForAjax();

        assertAll("messages beside the fields",
                () -> assertEquals("必填", fieldMessage("name")),
                () -> assertEquals("电子邮箱格式不正确", fieldMessage("email")),
                () -> assertEquals("出生年份应在 1900 年到今年之间", fieldMessage("birthYear")),
                () -> assertEquals("", fieldMessage("school"), "no message on a good field"),
                () -> assertEquals("只有阶段为\"已返乡/投资\"或\"暂停联系\"的人才才有返乡日期", fieldMessage("returnedOn"),
                        "a return day for a talent only identified"),
                () -> assertTrue(browser.text(By.id("talentForm:messages")).contains("输入有误"), "summary message at the top"));
        assertAll("typed values are kept",
                () -> assertTrue(browser.url().contains("/talents/edit.xhtml"), "stays on the form: " + browser.url()),
                () -> assertEquals(school, browser.value(By.id("talentForm:school"))),
                () -> assertEquals("数学与应用数学", browser.value(By.id("talentForm:major"))),
                () -> assertEquals("济南", browser.value(By.id("talentForm:city"))),
                () -> assertEquals("not-an-email", browser.value(By.id("talentForm:email"))),
                () -> assertEquals("1800", browser.value(By.id("talentForm:birthYear_input"))),
                () -> assertEquals("2018-05-01", browser.value(By.id("talentForm:returnedOn_input"))),
                () -> assertEquals("本科", browser.text(By.id("talentForm:degree_label"))));
        browser.screenshot("edit-desktop-errors");
        browser.phone();
        browser.screenshot("edit-phone-errors");
        browser.desktop();

        // correct the name only: the e-mail is still wrong, so still nothing is saved
        browser.type(By.id("talentForm:name"), "莲无效员" + uniqueSuffix()[0]);
        browser.click(By.id("talentForm:save")).waitForAjax();
        assertAll("after correcting the name",
                () -> assertEquals("", fieldMessage("name")),
                () -> assertEquals("电子邮箱格式不正确", fieldMessage("email")),
                () -> assertTrue(browser.url().contains("/talents/edit.xhtml"), browser.url()));

        Api.Reply found = Api.as("office").get("/api/talents?school=" + Api.q(school));
        assertEquals(200, found.status(), found.body());
        assertEquals(0, found.json().getJsonNumber("total").longValue(), "nothing was saved: " + found.body());
    }

    @Test
    void talentListOnAPhonePagesAndFilters() {
        long total = Api.as("office").get("/api/talents?limit=1").json().getJsonNumber("total").longValue();
        long atShandong = Api.as("office").get("/api/talents?limit=1&school=" + Api.q("山东大学")).json().getJsonNumber("total").longValue();
        assertTrue(total > 20, "the demo data fills more than one page: " + total);
        assertTrue(atShandong > 0 && atShandong < total, "the filter narrows the list: " + atShandong + " of " + total);

        browser.login("office", PASSWORD);

        browser.phone().open("/talents/list.xhtml");
        assertEquals(Browser.PHONE_WIDTH, ((Number) browser.js("return window.innerWidth;")).intValue());
        List<WebElement> rows = browser.until(d -> {
            List<WebElement> r = d.findElements(TABLE_ROWS);
            return r.isEmpty() ? null : r;
        });
        assertEquals(20, rows.size(), "first page rows");
        assertTrue(rows.get(0).isDisplayed());
        // the whole registry, as the API counted it just before: other tests beside this one may have added talents since
        String report = browser.text(PAGE_REPORT);
        assertTrue(report.startsWith("1–20 / ") && Long.parseLong(report.substring("1–20 / ".length())) >= total, report + " against " + total);
        long shown = Long.parseLong(report.substring("1–20 / ".length()));
        Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
        browser.screenshot("list-phone");
        String firstName = firstRowName();
        browser.scrollIntoView(browser.driver().findElement(By.cssSelector("#talents\\:table .ui-paginator")));
        browser.screenshotVisible("list-phone-paginator");

        browser.click(By.cssSelector("#talents\\:table .ui-paginator-next")).waitForAjax();
        browser.until(ExpectedConditions.textMatches(PAGE_REPORT, java.util.regex.Pattern.compile("21–40 / \\d+")));
        assertTrue(Long.parseLong(browser.text(PAGE_REPORT).substring("21–40 / ".length())) >= shown);
        assertNotEquals(firstName, firstRowName(), "page 2 shows other talents");
        assertEquals(Math.min(20, total - 20), browser.all(TABLE_ROWS).size());

        // on a phone most columns give way; the quick filter above the table searches them all
        long quick = Api.as("office").get("/api/talents?limit=1&q=" + Api.q("山东大学")).json().getJsonNumber("total").longValue();
        assertTrue(quick >= atShandong && quick < total, "the quick filter narrows the list: " + quick + " of " + total);
        WebElement quickFilter = browser.driver().findElement(By.id("talents:table:globalFilter"));
        assertTrue(quickFilter.isDisplayed(), "the quick filter is reachable on a phone");
        quickFilter.sendKeys("山东大学");
        browser.until(ExpectedConditions.textToBe(PAGE_REPORT, "1–" + Math.min(20, quick) + " / " + quick));
        browser.waitForAjax();
        assertEquals(Math.min(20, quick), browser.all(TABLE_ROWS).size());
        browser.screenshot("list-phone-filtered");
        assertEquals(0L, ((Number) overflow).longValue(), "the list fits the phone's width (no sideways scrolling)");

        // at desktop width every column, and its own filter, is there: school "contains"
        browser.desktop().open("/talents/list.xhtml");
        browser.until(d -> d.findElements(TABLE_ROWS).isEmpty() ? null : true);
        WebElement filter = schoolFilter();
        browser.scrollIntoView(filter);
        filter.sendKeys("山东大学");
        browser.until(ExpectedConditions.textToBe(PAGE_REPORT, "1–" + Math.min(20, atShandong) + " / " + atShandong));
        browser.waitForAjax();
        List<WebElement> filtered = browser.all(TABLE_ROWS);
        assertEquals(Math.min(20, atShandong), filtered.size());
        for (WebElement row : filtered) {
            // the office's list starts with its selection box
            // the index folds Traditional into Simplified: 山東大學 is 山东大学 too
            String school = row.findElements(By.tagName("td")).get(4).getText().replace('東', '东').replace('學', '学');
            assertTrue(school.contains("山东大学"), "row matches the filter: " + row.getText());
        }
        browser.screenshot("list-desktop-filtered");
    }

    /** on a phone the township, degree, school and employer columns give way, and their filters went with them */
    @Test
    void onAPhoneTheHiddenColumnsFiltersStandUnderTheHeader() {
        browser.login("office", PASSWORD);
        browser.phone().open("/talents/list.xhtml");
        browser.until(d -> d.findElements(TABLE_ROWS).isEmpty() ? null : true);
        assertFalse(browser.driver().findElement(By.cssSelector(".phone-filters")).isDisplayed(), "folded with the other filters");
        browser.click(By.cssSelector("#talents\\:table .filter-toggle"));
        List<String> names = browser.all(By.cssSelector(".phone-filter > span")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("乡镇（街道）", "最高学历", "毕业院校", "工作单位"), names);

        Select township = new Select(browser.visible(By.cssSelector(".phone-filters select")));
        township.selectByVisibleText("汪湖镇");
        String code = township.getFirstSelectedOption().getDomAttribute("value");
        long inTownship = total("township=" + code);
        browser.until(ExpectedConditions.textToBe(PAGE_REPORT, "1–" + Math.min(20, inTownship) + " / " + inTownship));
        new Select(browser.all(By.cssSelector(".phone-filters select")).get(1)).selectByVisibleText("本科");
        long bachelors = total("township=" + code + "&degree=BACHELOR");
        browser.until(ExpectedConditions.textToBe(PAGE_REPORT, "1–" + Math.min(20, bachelors) + " / " + bachelors));
        browser.waitForAjax();
        assertEquals("(2)", browser.text(By.cssSelector("#talents\\:table .filter-count")), "the button counts them");
        browser.screenshot("list-phone-hidden-filters");

        browser.open("/talents/list.xhtml");
        browser.click(By.cssSelector("#talents\\:table .filter-toggle"));
        assertEquals(code, browser.value(By.cssSelector(".phone-filters select")), "a filter kept by the list shows in its stand-in");
        assertEquals("1–" + Math.min(20, bachelors) + " / " + bachelors, browser.text(PAGE_REPORT));
    }

    private static long total(String query) {
        return Api.as("office").get("/api/talents?limit=1&" + query).json().getJsonNumber("total").longValue();
    }

    /** back from a profile the list is as it was left: it came back on page 1 in its first order */
    @Test
    void theListIsAsItWasLeftAfterAProfileAndALinkFromTheFiguresStartsItAfresh() {
        browser.login("office", PASSWORD, "/talents/list.xhtml");
        browser.click(By.cssSelector("#talents\\:table th[id$=':name']")).waitForAjax();
        browser.click(By.cssSelector("#talents\\:table th[id$=':name']")).waitForAjax();
        browser.click(By.cssSelector("#talents\\:table .ui-paginator-next")).waitForAjax();
        browser.until(ExpectedConditions.textMatches(PAGE_REPORT, java.util.regex.Pattern.compile("^21–40 / .*")));
        String first = firstRowName();
        browser.click(By.linkText(first));
        browser.until(ExpectedConditions.urlContains("/talents/profile.xhtml"));

        browser.driver().navigate().back();
        browser.until(ExpectedConditions.textMatches(PAGE_REPORT, java.util.regex.Pattern.compile("^21–40 / .*")));
        assertEquals(first, firstRowName(), "the same page of the same order");

        browser.open("/talents/list.xhtml?stage=ENGAGED");
        browser.until(ExpectedConditions.textMatches(PAGE_REPORT, java.util.regex.Pattern.compile("^1–.*")));
    }

    @Test
    void aManagerSeesAMaskedReadOnlyProfile() {
        // the masked reader is a platform manager: reviewers open no profile at all since least privilege (ReviewerPrivilegeIT)
        JsonObject talent = Api.as("office").get("/api/talents?limit=50").json().getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> t.containsKey("phone") && !t.isNull("phone") && t.getString("phone").length() >= 11)
                .findFirst().orElseThrow(() -> new AssertionError("no demo talent with a phone number"));
        long id = talent.getJsonNumber("id").longValue();
        String phone = talent.getString("phone");

        browser.login("mgr-fatong", PASSWORD, "/talents/profile.xhtml?id=" + id);
        assertTrue(browser.text(By.id("talentName")).startsWith(talent.getString("name")));
        String shown = browser.text(By.id("phone"));
        assertAll("masked, read-only",
                () -> assertTrue(shown.contains("****"), "phone is masked: " + shown),
                () -> assertNotEquals(phone, shown),
                () -> assertFalse(browser.driver().getPageSource().contains(phone), "the full phone number is nowhere in the page"),
                () -> assertTrue(browser.text(By.className("masked-note")).contains("脱敏")),
                () -> assertFalse(browser.present(By.id("edit")), "no edit button"),
                () -> assertFalse(browser.present(By.id("actions:delete")), "no delete button"),
                () -> assertFalse(browser.present(By.id("contactForm")), "no contact form"),
                () -> assertFalse(browser.present(By.id("contacts")), "no contact timeline"),
                () -> assertFalse(browser.present(By.linkText("待跟进")), "no follow-ups link"));
        browser.screenshot("profile-desktop-manager");
        browser.phone();
        browser.screenshot("profile-phone-manager");
        browser.desktop();

        // the list masks phone numbers too, and offers no new-talent button
        browser.open("/talents/list.xhtml");
        List<WebElement> rows = browser.until(d -> {
            List<WebElement> r = d.findElements(TABLE_ROWS);
            return r.isEmpty() ? null : r;
        });
        assertFalse(browser.present(By.id("newTalent")), "no new-talent button");
        for (WebElement row : rows) {
            String cell = row.findElements(By.tagName("td")).get(7).getText().strip();
            assertTrue(cell.isEmpty() || cell.contains("****"), "masked phone in the list: " + cell);
        }
        assertFalse(browser.driver().getPageSource().contains(phone), "the full phone number is nowhere in the list");
    }

    @Test
    void wrongPasswordShowsTheErrorAndStaysOnLogin() {
        browser.open("/login.xhtml");
        browser.type(By.id("loginForm:username"), "office")
                .type(By.id("loginForm:password"), "wrong-password");
        browser.click(By.id("loginForm:submit")).waitForAjax();
        assertEquals("用户名或密码不正确", browser.text(By.cssSelector("#loginForm\\:messages .ui-messages-error-summary")));
        assertTrue(browser.url().contains("/login.xhtml"), browser.url());
        assertEquals("office", browser.value(By.id("loginForm:username")), "the user name stays");
        assertEquals("", browser.value(By.id("loginForm:password")), "the password is cleared");
        browser.screenshot("login-desktop-failed");
        browser.phone();
        browser.screenshot("login-phone-failed");
        browser.desktop();

        browser.open("/talents/list.xhtml");
        assertTrue(browser.url().contains("/login.xhtml"), "still not logged in: " + browser.url());
    }

    @Test
    void languageSwitchesToEnglishAndBack() {
        browser.login("office", PASSWORD, "/talents/list.xhtml");
        assertEquals("人才库", browser.text(By.cssSelector(".page-head h1")));
        assertEquals("zh-CN", browser.js("return document.documentElement.lang;"));

        browser.switchLanguage();
        browser.until(ExpectedConditions.textToBe(By.cssSelector(".page-head h1"), "Talent registry"));
        browser.waitForAjax();
        assertAll("English",
                () -> assertEquals("en", browser.js("return document.documentElement.lang;")),
                () -> assertTrue(browser.url().contains("/talents/list.xhtml"), "stays on the page: " + browser.url()),
                () -> assertEquals("New talent", browser.text(By.id("newTalent"))),
                () -> assertEquals("Talents", browser.text(By.id("navTalents"))),
                () -> assertTrue(browser.driver().findElement(By.id("topSearch")).getDomAttribute("placeholder").startsWith("Search talents")),
                () -> assertEquals("中文", browser.languageOffered()),
                () -> assertTrue(columnTitles().contains("Name"), "column titles: " + columnTitles()));
        browser.screenshot("list-desktop-english");

        // the choice belongs to the session: another page is English too
        browser.open("/talents/edit.xhtml");
        assertEquals("New talent", browser.text(By.cssSelector(".page-head h1")));
        // and Back comes to the list as a page, not to the switch's post ("Confirm Form Resubmission")
        browser.driver().navigate().back();
        browser.until(ExpectedConditions.textToBe(By.cssSelector(".page-head h1"), "Talent registry"));
        browser.open("/talents/edit.xhtml");

        browser.switchLanguage();
        browser.until(ExpectedConditions.textToBe(By.cssSelector(".page-head h1"), "新增人才"));
        assertEquals("zh-CN", browser.js("return document.documentElement.lang;"));
        assertEquals("English", browser.languageOffered());
        assertEquals("姓名 *", browser.text(By.cssSelector("label[for='talentForm:name']")));
    }

    // ---- helpers

    /** the text of the field's message (p:message) next to an edit-form input; empty when there is none */
    private String fieldMessage(String field) {
        List<WebElement> messages = browser.all(By.xpath("//*[@id='talentForm:" + field + "']/ancestor::div[contains(@class,'field')][1]"
                + "//*[contains(@class,'ui-message-error')]"));
        return messages.isEmpty() ? "" : messages.get(0).getText().strip();
    }

    private String detail(String label) {
        return browser.text(By.xpath("//dl[@class='details']/div[dt[normalize-space()=" + Browser.xpathLiteral(label) + "]]/dd")).strip();
    }

    /** searches with the top bar; checks each hit links to a profile and returns the hits' titles */
    private List<String> searchTitles(String query, long expectedId) {
        browser.type(By.id("topSearch"), query);
        browser.click(By.id("topSearchGo"));
        browser.until(ExpectedConditions.urlContains("/search.xhtml"));
        browser.waitForAjax();
        browser.visible(By.id("resultCount"));
        assertEquals(query, browser.value(By.id("topSearch")), "the search box keeps the query");
        List<WebElement> links = browser.all(By.cssSelector("#results li.hit a.hit-title"));
        for (WebElement link : links) {
            assertTrue(link.getDomAttribute("href").contains("/talents/profile.xhtml?id="), link.getDomAttribute("href"));
        }
        if (links.size() == 1) {
            // the profile's id, and the search it walks (上一个 / 下一个) after it
            assertTrue(links.get(0).getDomAttribute("href").matches(".*[?&]id=" + expectedId + "(&search=.*)?"),
                    "links to the talent's profile: " + links.get(0).getDomAttribute("href"));
        }
        return links.stream().map(WebElement::getText).toList();
    }

    private String firstRowName() {
        return browser.driver().findElements(TABLE_ROWS).get(0).findElement(By.cssSelector("td a")).getText();
    }

    private WebElement schoolFilter() {
        return browser.driver().findElement(By.xpath("//*[@id='talents:table']//th[.//span[contains(@class,'ui-column-title')][normalize-space()='毕业院校']]"
                + "//input[contains(@class,'ui-column-filter')]"));
    }

    private List<String> columnTitles() {
        return browser.all(By.cssSelector("#talents\\:table thead .ui-column-title")).stream().map(e -> e.getText().strip()).toList();
    }

    private static long idFrom(String url) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
        assertTrue(m.find(), "the profile URL carries the talent id: " + url);
        return Long.parseLong(m.group(1));
    }

    /** two characters that differ between Simplified [0] and Traditional [1] */
    private static String[] uniqueSuffix() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] a = PAIRS[random.nextInt(PAIRS.length)];
        String[] b = PAIRS[random.nextInt(PAIRS.length)];
        return new String[] {a[0] + b[0], a[1] + b[1]};
    }
}
