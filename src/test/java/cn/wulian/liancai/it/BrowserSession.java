package cn.wulian.liancai.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * One headless Chromium for a browser test class, as a JUnit extension: started before the class
 * (starting one costs seconds), reset before each test (no cookies, so logged out; desktop size),
 * closed after the class; a failing test leaves its screenshot and HTML, named after the test.
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserSession SESSION = new BrowserSession("dashboard");
 * </pre>
 */
final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestExecutionExceptionHandler {

    private final String evidencePrefix;
    private Browser browser;

    /** @param evidencePrefix names a failed test's evidence, e.g. "dashboard" → FAILED-dashboard-someTest */
    BrowserSession(String evidencePrefix) {
        this.evidencePrefix = evidencePrefix;
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = new Browser();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.reset();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable error) throws Throwable {
        if (browser != null) {
            browser.evidence("FAILED-" + evidencePrefix + "-" + context.getRequiredTestMethod().getName());
        }
        throw error;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
