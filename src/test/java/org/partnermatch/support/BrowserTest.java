package org.partnermatch.support;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every Chromium test class shares: one browser for the class (started before its first test, quit after its
 * last; skipped without Chromium unless CI=true, see {@link Browser#start}), and the running service's address.
 */
public abstract class BrowserTest {

    protected static Browser browser;
    protected static ChromeDriver driver;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
            driver = null;
        }
    }

    /** The service's URL of {@code path} ("/search?q=…"). */
    protected String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
