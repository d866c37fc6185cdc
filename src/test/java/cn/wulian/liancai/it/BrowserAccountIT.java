package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The accounts as an administrator and their holders meet them in the browser: creating an account
 * with a generated one-time password, the forced password change at the first log-in, the notice of
 * failed log-ins, disabling, and the demo marker on every page of a demo.
 */
@ExtendWith(RunningApp.class)
class BrowserAccountIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("accounts");

    private final Browser browser = SESSION.browser();

    @Test
    void anAccountCreatedOnThePageMustChooseItsOwnPasswordAtTheFirstLogIn() {
        String name = AccountsApiIT.username();
        browser.login("admin", Api.PASSWORD, "/accounts/list.xhtml");
        browser.screenshot("accounts-list-desktop");
        browser.phone();
        browser.screenshot("accounts-list-phone");
        browser.desktop();
        browser.click(By.id("newAccount"));
        browser.visible(By.id("accountForm:username"));
        browser.type(By.id("accountForm:username"), name)
                .type(By.id("accountForm:displayName"), "页面 新管理员");
        browser.choose("accountForm:role", "平台管理员").waitForAjax();
        browser.click(By.id("accountForm:save"));
        // nothing saved: the platform and the password are missing, each said beside its field
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='accountForm:password'] ~ * .ui-message-error, .ui-message-error")));
        assertTrue(browser.driver().getPageSource().contains("平台管理员须指定所管理的平台"), "the platform is named");
        assertEquals(404, AccountsApiIT.ADMIN.get("/api/accounts/" + name).status());
        browser.screenshot("account-new-refused-desktop");

        browser.choose("accountForm:platform", "法桐小院");
        browser.click(By.id("accountForm:suggest")).waitForAjax();
        String oneTime = browser.value(By.id("accountForm:password"));
        assertEquals(14, oneTime.length(), "a generated password: " + oneTime);
        browser.click(By.id("accountForm:save"));
        browser.until(ExpectedConditions.urlContains("/accounts/edit.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), name));
        JsonObject created = AccountsApiIT.ADMIN.get("/api/accounts/" + name).json();
        assertEquals("fatong", created.getString("platform"));
        assertTrue(created.getBoolean("mustChangePassword"));
        browser.screenshot("account-edit-desktop");
        browser.phone();
        browser.screenshot("account-edit-phone");
        browser.desktop();

        browser.reset();
        browser.login(name, oneTime);
        assertTrue(browser.url().contains("/accounts/password.xhtml"), "sent to the password page: " + browser.url());
        assertTrue(browser.present(By.id("passwordForm:required")));
        browser.open("/teams/list.xhtml");
        assertTrue(browser.url().contains("/accounts/password.xhtml"), "no other page before the change: " + browser.url());
        browser.screenshot("password-required-phone");
        assertFalse(browser.present(By.id("mainNav")), "no menu that would only lead back here");
        assertFalse(browser.present(By.id("nav-count-total")), "no work counted before the password is the holder's");

        browser.type(By.id("passwordForm:currentPassword"), oneTime)
                .type(By.id("passwordForm:newPassword"), "1234567890")
                .type(By.id("passwordForm:repeated"), "1234567890");
        browser.click(By.id("passwordForm:change"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("passwordForm"), "这个密码太常见"));
        browser.type(By.id("passwordForm:currentPassword"), oneTime)
                .type(By.id("passwordForm:newPassword"), "fatong garden 2026")
                .type(By.id("passwordForm:repeated"), "fatong garden 2026");
        browser.click(By.id("passwordForm:change"));
        // on to the page asked for before the change stood in the way (the refused attempt in between kept it)
        browser.until(d -> !d.getCurrentUrl().contains("/accounts/password.xhtml"));
        assertTrue(browser.url().contains("/teams/list.xhtml"), browser.url());
        assertTrue(browser.present(By.id("navTeams")), "the menu once the password is set");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl, .ui-messages"), "密码"));
        assertFalse(AccountsApiIT.ADMIN.get("/api/accounts/" + name).json().getBoolean("mustChangePassword"));
    }

    @Test
    void failedLogInsAreToldToTheHolderOnceAndADisabledAccountsSessionEnds() {
        JsonObject holder = AccountsApiIT.ready("PLATFORM_MANAGER", "shibei");
        String name = holder.getString("username");
        for (int i = 0; i < 2; i++) {
            assertEquals(401, Api.as(name, "guessed " + i).get("/api/me").status());
        }
        browser.login(name, AccountsApiIT.OWN);
        String notice = browser.text(By.id("failedLogins"));
        assertTrue(notice.contains("有 2 次用错误密码登录"), notice);
        browser.open("/teams/list.xhtml");
        assertFalse(browser.present(By.id("failedLogins")), "told once");

        JsonObject shown = AccountsApiIT.ADMIN.get("/api/accounts/" + name).json();
        assertEquals(200, AccountsApiIT.ADMIN.post("/api/accounts/" + name + "/disable",
                "{\"version\":" + shown.getJsonNumber("version").longValue() + "}").status());
        browser.open("/teams/list.xhtml");
        assertTrue(browser.url().contains("/login.xhtml"), "the open session ended: " + browser.url());
    }

    @Test
    void aPlatformsPageListsItsManagersAndGivesItANewOne() {
        browser.login("office", Api.PASSWORD, "/platforms/view.xhtml?code=fatong");
        String managers = browser.text(By.id("managers"));
        assertTrue(managers.contains("法桐小院 丁振华") && !managers.contains("mgr-fatong"), "managers by name, not login id: " + managers);
        browser.click(By.id("newManager"));
        browser.until(ExpectedConditions.urlContains("/accounts/edit.xhtml"));
        assertEquals("平台管理员", browser.text(By.id("accountForm:role_label")));
        assertEquals("法桐小院", browser.text(By.id("accountForm:platform_label")), "the platform is filled in");

        browser.reset();
        browser.login("mgr-fatong", Api.PASSWORD, "/platforms/view.xhtml?code=fatong");
        assertFalse(browser.present(By.id("managers")), "managers do not manage accounts");
    }

    @Test
    void aDemoSaysSoOnEveryPageAndTheLoginPageGivesThePassword() {
        browser.open("/login.xhtml");
        assertTrue(browser.present(By.id("demoMarker")));
        assertTrue(browser.text(By.id("demoHint")).contains("lian2019"));
        browser.login("reviewer1", Api.PASSWORD);
        assertEquals("演示数据", browser.text(By.id("demoMarker")));
        assertFalse(browser.present(By.id("navAccounts")), "a reviewer manages no accounts");
        browser.open("/accounts/list.xhtml");
        assertFalse(browser.present(By.id("accounts:table")), "nor opens the list: " + browser.url());
    }

    /** the account pages are for office staff and administrators, whatever the address typed */
    @Test
    void managersAndReviewersOpenNoAccountPage() {
        for (String user : new String[] {"mgr-fatong", "reviewer2"}) {
            browser.reset();
            browser.login(user, Api.PASSWORD);
            for (String page : new String[] {"/accounts/list.xhtml", "/accounts/edit.xhtml", "/accounts/edit.xhtml?username=office",
                    "/accounts/edit.xhtml?username=no-such-user"}) {
                assertEquals(403, browser.fetch(page).statusCode(), user + " " + page);
            }
            assertEquals(200, browser.fetch("/accounts/password.xhtml").statusCode(), user + " changes their own password");
        }
        browser.reset();
        browser.login("office", Api.PASSWORD);
        assertEquals(404, browser.fetch("/accounts/edit.xhtml?username=no-such-user").statusCode(), "staff learn that it is missing");
    }
}
