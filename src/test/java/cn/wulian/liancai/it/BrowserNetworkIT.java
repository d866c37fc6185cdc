package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The network pictures in a real headless Chromium, over {@link NetworkApiIT}'s small world: the
 * profile draws the talent's eight people and records and seven links, a kind of link switched off
 * takes with it what only it linked, a click on the team opens the team; the registry page lists the
 * connectors and groups; both fit a phone.
 */
@ExtendWith(RunningApp.class)
class BrowserNetworkIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("network");

    private final Browser browser = SESSION.browser();

    @BeforeAll
    static void aSmallWorld() {
        NetworkApiIT.aSmallWorld();
    }

    @Test
    void theProfileDrawsTheNetworkAndItsNodesOpenTheirPages() {
        browser.login("office", Api.PASSWORD, "/talents/profile.xhtml?id=" + NetworkApiIT.a);
        browser.until(ExpectedConditions.attributeToBeNotEmpty(browser.driver().findElement(By.id("networkGraph")), "data-drawn"));
        assertEquals("8:7", browser.driver().findElement(By.id("networkGraph")).getDomAttribute("data-drawn"));
        By team = By.cssSelector("#networkGraph a.net-node[data-id='TM" + NetworkApiIT.team + "']");
        By member = By.cssSelector("#networkGraph a.net-node[data-id='T" + NetworkApiIT.f + "']");
        assertTrue(browser.driver().findElement(team).isDisplayed());
        assertNull(overlappingLabels(), "no label over another");
        browser.screenshot("network-profile-desktop");
        browser.click(By.cssSelector("#networkGraph input[data-group='TEAM']"));
        assertFalse(browser.driver().findElement(team).isDisplayed(), "the team's links are off");
        assertFalse(browser.driver().findElement(member).isDisplayed(), "and so is whom only the team linked");
        browser.click(By.cssSelector("#networkGraph input[data-group='TEAM']"));
        assertTrue(browser.driver().findElement(member).isDisplayed());
        browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", browser.driver().findElement(team));
        browser.until(ExpectedConditions.urlContains("/teams/view.xhtml?id=" + NetworkApiIT.team));

        browser.phone().open("/talents/profile.xhtml?id=" + NetworkApiIT.a);
        browser.until(ExpectedConditions.attributeToBeNotEmpty(browser.driver().findElement(By.id("networkGraph")), "data-drawn"));
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll");
        assertNull(overlappingLabels(), "no label over another on a phone");
        browser.screenshot("network-profile-phone");
        browser.desktop();
    }

    /** the first two labels of the picture that overlap ("周杰 / 王芳"), null when none does */
    private Object overlappingLabels() {
        return browser.js("var t = [].slice.call(document.querySelectorAll('#networkGraph text'));"
                + " for (var i = 0; i < t.length; i++) { for (var j = i + 1; j < t.length; j++) {"
                + "  var p = t[i].getBBox(), q = t[j].getBBox();"
                + "  if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height) {"
                + "   return t[i].textContent + ' / ' + t[j].textContent; } } }"
                + " return t.length ? null : 'no labels';");
    }

    /** it showed the talent alone until the page was reloaded */
    @Test
    void aRelationAddedOnTheProfileIsDrawnAtOnce() {
        // two talents of its own: the small world's counts stay as the test above expects them
        long centre = Fixtures.id(Fixtures.create(Fixtures.talent(Fixtures.unique("关系中心"))));
        String name = Fixtures.unique("新关系");
        long other = Fixtures.id(Fixtures.create(Fixtures.talent(name)));
        browser.login("office", Api.PASSWORD, "/talents/profile.xhtml?id=" + centre);
        browser.until(ExpectedConditions.attributeToBeNotEmpty(browser.driver().findElement(By.id("networkGraph")), "data-drawn"));
        By node = By.cssSelector("#networkGraph a.net-node[data-id='T" + other + "']");
        assertTrue(browser.all(node).isEmpty());
        browser.click(By.id("newRelation"));
        browser.pickTalent("relationAdd:otherId", name);
        browser.click(By.id("relationAdd:addRelation")).waitForAjax();
        browser.until(ExpectedConditions.visibilityOfElementLocated(node));
    }

    @Test
    void theRegistryPageListsTheConnectorsAndGroups() {
        browser.login("office", Api.PASSWORD, "/talents/list.xhtml");
        browser.click(By.id("networkLink"));
        browser.until(ExpectedConditions.urlContains("/talents/network.xhtml"));
        assertEquals(20, browser.all(By.cssSelector("#connectors li.connector")).size());
        assertFalse(browser.all(By.cssSelector("#groups li.group")).isEmpty());
        browser.screenshot("network-registry-desktop");
        // every kind unticked links nobody (it showed the whole network again); a project links no two people: not offered
        List<WebElement> boxes = browser.all(By.cssSelector("#kinds\\:kind .ui-chkbox-box"));
        assertEquals(5, boxes.size(), "同学 同事 亲属 引荐 同一团队");
        for (int i = 0; i < boxes.size(); i++) {
            browser.all(By.cssSelector("#kinds\\:kind .ui-chkbox-box")).get(i).click();
            browser.waitForAjax();
        }
        browser.until(ExpectedConditions.textToBe(By.id("groupCount"), "0"));
        assertTrue(browser.text(By.id("linkedCount")).startsWith("0"), browser.text(By.id("linkedCount")));
        assertTrue(browser.all(By.cssSelector("#connectors li.connector")).isEmpty());
        browser.phone().open("/talents/network.xhtml?kinds=RELATIVE");
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scroll");
        browser.screenshot("network-registry-phone");
        browser.desktop();
    }
}
