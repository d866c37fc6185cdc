package cn.wulian.liancai.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a browser test: the system's {@code /usr/bin/chromium} driven by
 * {@code /usr/bin/chromedriver} (never a Selenium Manager download), a fresh profile folder, Chinese
 * as the browser language. Close it to end the browser and remove the profile.
 * <p>
 * Override the binaries with {@code -Dbrowser.chromium=…} and {@code -Dbrowser.chromedriver=…}.
 */
public final class Browser implements AutoCloseable {

    /**
     * Whether the tests save their pictures of the pages (target/screenshots/) for a person to look at:
     * yes on a developer's machine, no in CI (environment {@code CI=true}), where nobody opens them and
     * the captures cost the run a minute and a half of processor time; {@code -Dbrowser.screenshots=true}
     * keeps them. A failure's evidence is saved either way.
     */
    static final boolean SHOTS = Boolean.parseBoolean(System.getProperty("browser.screenshots",
            String.valueOf(!"true".equalsIgnoreCase(System.getenv("CI")))));
    public static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("browser.timeout", 20));
    public static final int DESKTOP_WIDTH = 1366;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final int MAX_SHOT_HEIGHT = 8000;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    public Browser() {
        requireExecutable(CHROMIUM, "Chromium");
        requireExecutable(CHROMEDRIVER, "chromedriver");
        try {
            profile = Files.createTempDirectory("liancai-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withLogFile(SCREENSHOTS.resolveSibling("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-default-apps", "--password-store=basic",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        // the console, for the Content-Security-Policy test (violations are reported there)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh",
                "credentials_enable_service", false, "profile.password_manager_enabled", false));
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw new IllegalStateException("cannot start headless Chromium (" + CHROMIUM + " via " + CHROMEDRIVER
                    + "); chromium and chromium-driver must be the same version: " + e.getMessage(), e);
        }
        wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50));
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static void requireExecutable(String path, String what) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(what + " not found at " + path + ". The browser tests need Chromium: "
                    + "apt-get install -y --no-install-recommends chromium chromium-driver fonts-noto-cjk "
                    + "(or run .ci/run, which installs them).");
        }
    }

    /** a fresh start for the next test: no page, no cookies (so no login and no session), desktop size */
    public Browser reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", RunningApp.BASE, "storageTypes", "all"));
        return desktop();
    }

    public WebDriver driver() {
        return driver;
    }

    /** opens an app page, e.g. {@code /talents/list.xhtml}, and waits until it has loaded */
    public Browser open(String path) {
        driver.get(RunningApp.BASE + path);
        waitForAjax();
        return this;
    }

    /** logs in through the login page and waits until the app has left it; fails with the page's message if not */
    public Browser login(String user, String password) {
        return submitLogin(user, password, "/login.xhtml");
    }

    /**
     * logs in through the login page and lands on {@code path} (the login's {@code next}, as after
     * following a link while logged out) instead of the role's start page: one page load fewer, at
     * half a second of the browser's processor time each, for the many tests that go elsewhere first
     */
    public Browser login(String user, String password, String path) {
        return submitLogin(user, password, "/login.xhtml?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }

    private Browser submitLogin(String user, String password, String loginPage) {
        open(loginPage);
        type(By.id("loginForm:username"), user);
        type(By.id("loginForm:password"), password);
        click(By.id("loginForm:submit"));
        until(d -> !d.getCurrentUrl().contains("/login.xhtml") || !d.findElements(By.cssSelector("#loginForm\\:messages .ui-messages-error")).isEmpty());
        if (driver.getCurrentUrl().contains("/login.xhtml")) {
            throw new AssertionError("login as " + user + " failed: " + text(By.id("loginForm:messages")));
        }
        waitForAjax();
        return this;
    }

    /** waits until the page has loaded and no PrimeFaces AJAX request is queued or running */
    public Browser waitForAjax() {
        until(d -> Boolean.TRUE.equals(js("""
                return document.readyState === 'complete'
                    && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                    && (typeof jQuery === 'undefined' || jQuery.active === 0);""")));
        return this;
    }

    /** waits up to {@link #TIMEOUT} for a condition */
    public <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    public WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String text(By by) {
        return visible(by).getText();
    }

    public String value(By by) {
        return driver.findElement(by).getDomProperty("value");
    }

    /** replaces an input's text */
    public Browser type(By by, String text) {
        WebElement input = until(ExpectedConditions.elementToBeClickable(by));
        input.clear();
        if (text != null && !text.isEmpty()) {
            input.sendKeys(text);
        }
        return this;
    }

    public Browser click(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = until(ExpectedConditions.elementToBeClickable(by));
                scrollIntoView(element);
                element.click();
                return this;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // an AJAX update (a sort, a filter) replaced the element between finding it and clicking it, which then
                // did not happen: find it again
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** clicks a navigation entry by its id; on a phone, where the entries are in the ☰ drawer, opens the drawer first */
    public Browser nav(String entryId) {
        List<WebElement> toggle = driver.findElements(By.id("navToggle"));
        if (!toggle.isEmpty() && toggle.getFirst().isDisplayed() && !"true".equals(toggle.getFirst().getDomAttribute("aria-expanded"))) {
            toggle.getFirst().click();
        }
        return click(By.id(entryId));
    }

    /** opens the user's menu in the header (the name: password, language, log out) and clicks one of its items */
    public Browser fromUserMenu(By item) {
        click(By.id("userMenuButton"));
        return click(item);
    }

    /** switches the page language with the user's menu */
    public Browser switchLanguage() {
        return fromUserMenu(By.id("userForm:language"));
    }

    /** the language the user's menu offers to switch to ("English" on a Chinese page), read while the menu is closed */
    public String languageOffered() {
        return String.valueOf(js("var l = document.getElementById('userForm:language'); return l ? l.textContent.trim() : '';"));
    }

    /** picks the option with this label in a PrimeFaces {@code p:selectOneMenu} and checks it was taken */
    public Browser choose(String menuId, String label) {
        click(By.id(menuId));
        // the panel slides open; a click during that animation is lost
        until(ExpectedConditions.attributeContains(By.id(menuId + "_panel"), "class", "ui-connected-overlay-enter-done"));
        WebElement option = until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label=" + xpathLiteral(label) + "]")));
        js("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'});", option);
        option.click();
        // read in the page's own script: a menu whose choice reloads the page (the ranking's month) detaches the
        // panel while WebDriver asks about it, which Chromium answers with an inspector error, not a stale element
        until(d -> {
            try {
                return Boolean.TRUE.equals(js("var p = document.getElementById(arguments[0]), l = document.getElementById(arguments[1]);"
                        + " return (!p || p.offsetParent === null) && !!l && l.textContent.trim() === arguments[2];",
                        menuId + "_panel", menuId + "_label", label));
            } catch (WebDriverException navigating) {
                return false;
            }
        });
        return this;
    }

    /** clicks a download button and waits for the spreadsheet it sends, saved in a fresh folder */
    public Path downloadXlsx(By button) {
        return download(button, ".xlsx");
    }

    /** clicks a download button and waits for the file it sends, named {@code *extension}, saved in a fresh folder */
    public Path download(By button, String extension) {
        Path folder;
        try {
            folder = Files.createTempDirectory("liancai-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        click(button);
        return until(d -> {
            try (Stream<Path> files = Files.list(folder)) {
                // Chromium writes to a .crdownload file and renames it when done, but may reserve the final
                // name with an empty file first (seen in CI): done is a non-empty file of the type and no .crdownload
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> f.getFileName().toString().endsWith(extension) && size(f) > 0).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // renamed or removed meanwhile: not ready
        }
    }

    /** types into an input and leaves it (Tab), so that its change is sent, and waits for the AJAX */
    public Browser typeAndLeave(By input, String text) {
        type(input, text);
        driver.findElement(input).sendKeys(Keys.TAB);
        return waitForAjax();
    }

    /** clicks the button of this label in a PrimeFaces {@code p:selectOneButton} and waits for its AJAX */
    public Browser pickButton(String id, String label) {
        click(By.xpath("//*[@id='" + id + "']//*[contains(@class,'ui-button')][normalize-space()=" + xpathLiteral(label) + "]"));
        return waitForAjax();
    }

    /**
     * Adds a condition to the rule itself in a rule editor (its add button is the last one) and
     * answers the new line's id prefix, e.g. "policyForm:lines:3:", for its fact, operator and value.
     */
    public String addRuleCondition() {
        By conditions = By.cssSelector(".rule-CONDITION");
        int before = all(conditions).size();
        WebElement add = all(By.cssSelector("[id$=':addCondition']")).getLast();
        scrollIntoView(add);
        add.click();
        waitForAjax();
        until(d -> all(conditions).size() == before + 1);
        String line = all(conditions).getLast().getDomAttribute("id");
        return line.substring(0, line.length() - "line".length());
    }

    /**
     * Types a name into a talent picker ({@code p:autoComplete}) and picks the registered talent of
     * that name from its suggestions, shown as "name (#id)"; checks the pick was taken.
     */
    public Browser pickTalent(String autoCompleteId, String name) {
        type(By.id(autoCompleteId + "_input"), name);
        WebElement item = until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='" + autoCompleteId + "_panel']//li[contains(@class,'ui-autocomplete-item')][starts-with(normalize-space(), "
                        + xpathLiteral(name + " (#") + ")]")));
        item.click();
        until(d -> value(By.id(autoCompleteId + "_input")).startsWith(name + " (#"));
        return this;
    }

    public void scrollIntoView(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** the browser console's messages since the last call (each once), e.g. Content-Security-Policy violations */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /**
     * A page as this browser's signed-in session receives it over plain HTTP, for what a browser
     * hides: the status (403 of a refused page), a redirect's Location, the HTML as sent.
     */
    public HttpResponse<String> fetch(String path) {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApp.BASE + path)).GET();
        if (session != null) {
            request.header("Cookie", session.getName() + "=" + session.getValue());
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets the CSS viewport to exactly width × height: a phone (narrower than 760 px, the app's
     * breakpoint) gets mobile emulation with a 2× pixel ratio, as a real phone has.
     */
    public Browser resize(int width, int height) {
        boolean phone = width < 760;
        driver.manage().window().setSize(new Dimension(width, height));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
        until(d -> Long.valueOf(width).equals(js("return window.innerWidth;")));
        return this;
    }

    public Browser phone() {
        return resize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    public Browser desktop() {
        return resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /**
     * Saves the whole page (not only the visible part) as {@code target/screenshots/<name>.png}, for
     * people to look at; tests do not compare them.
     */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        if (!SHOTS) {
            return file;
        }
        try {
            waitForAjax();
            // from the top, or the sticky top bar is drawn across the middle of the picture
            Object scrolled = js("var y = window.scrollY; window.scrollTo(0, 0); return y;");
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
            Map<?, ?> viewport = (Map<?, ?>) metrics.get("cssLayoutViewport");
            // the capture lays the page out without a scroll bar, so as wide as the window, not the client area
            double width = Math.max(number(content.get("width")), number(js("return window.innerWidth;")));
            double height = Math.min(MAX_SHOT_HEIGHT, Math.max(number(content.get("height")), number(viewport.get("clientHeight"))));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            js("window.scrollTo(0, arguments[0]);", scrolled);
        } catch (IOException | RuntimeException e) {
            // a picture for humans; never the reason a test fails
            System.err.println("screenshot " + name + " not saved: " + e);
        }
        return file;
    }

    /** saves only what is on the screen now, e.g. after scrolling to a part of a long page */
    public Path screenshotVisible(String name) {
        Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        if (!SHOTS) {
            return file;
        }
        try {
            waitForAjax();
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " not saved: " + e);
        }
        return file;
    }

    /** after a failure: the page as a picture and as HTML, beside the other screenshots */
    public void evidence(String name) {
        try {
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("evidence " + name + " not saved: " + e);
        }
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    /** an XPath string literal for any text, quotes included */
    public static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        if (!s.contains("\"")) {
            return "\"" + s + "\"";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp folder is harmless
        }
    }
}
