package org.partnermatch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium through its chromedriver (never a driver Selenium Manager downloads), with the few
 * actions the browser tests share. Without chromium and chromedriver the calling test is skipped locally; in CI
 * (CI=true) they are required. Screenshots land in target/screenshots.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh browser (its own profile: no cookies), 1000 × 1300, asking for pages in American English. */
    public static Browser start() throws IOException {
        return start("en-US");
    }

    /**
     * A fresh browser whose {@code Accept-Language} asks for these languages first ("es-US,es": a browser set up in
     * Spanish), 1000 × 1300.
     */
    public static Browser start(String acceptLanguages) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Browser tests skipped: install chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver); they are required when CI=true.");
        }
        assertThat(present).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver").isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("partnermatch-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1000,1300",
                "--lang=" + acceptLanguages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1000, 1300));
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, profile);
    }

    private static String axeSource;

    /**
     * Runs axe-core (src/test/resources/axe, MPL-2.0) on the page as it is now and answers its serious and critical
     * violations, one line each: rule, help text and the first few elements. Empty when there are none.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> axeSeriousViolations() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (java.util.List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3)"
                + ".map(n => n.target.join(' ')).join(', ')))).catch(e => done(['axe failed: ' + e]));");
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    public void quit() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public void type(String id, String value) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(value);
    }

    /** Signs in on {@code site}'s sign-in page with a development token (pasted, as typing 700 characters is slow). */
    public void signInWithToken(String site, String token) {
        driver.get(site.replaceAll("/$", "") + "/sign-in");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", byId("token"), token);
        click(byId("token-sign-in"));
    }

    /** Signs out with the header's button; the sign-in link shows again. */
    public void signOut() {
        By button = By.xpath("//button[normalize-space()='Sign out']");
        WebElement first = driver.findElement(button);
        scrollToCentre(first);
        first.click();
        if (!gone(first, Duration.ofSeconds(10))) {
            // A click chromium swallowed (seen once in a full CI run, right after a screenshot) would otherwise fail
            // the test that only signs out to leave the browser clean; signing out twice is harmless, and a button
            // that does not work fails on the second click as well.
            System.err.println("Browser: the sign-out click led nowhere in 10 s on " + driver.getCurrentUrl()
                    + "; clicking once more");
            click(driver.findElement(button));
        }
        assertThat(driver.findElements(By.id("sign-in-link"))).isNotEmpty();
    }

    public void check(String name, String value) {
        click(driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")));
    }

    public void submit(String formCss) {
        click(driver.findElement(By.cssSelector(formCss + " button[type=submit]")));
    }

    /** Clicks and waits for the page the click leads to (or for the click to land, when it stays on the page). */
    public void click(WebElement element) {
        scrollToCentre(element);
        boolean navigates = "button".equals(element.getTagName()) || "a".equals(element.getTagName())
                || "submit".equals(element.getAttribute("type"));
        element.click();
        if (navigates) {
            assertThat(gone(element, Duration.ofSeconds(20)))
                    .as("the page after clicking %s (still on %s)", element, driver.getCurrentUrl()).isTrue();
        }
    }

    private void scrollToCentre(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * Whether the element's page has gone within the wait: the old page's element is gone once the next page has
     * loaded (chromedriver may report that either as a stale element or as a node that no longer belongs to the
     * document).
     */
    private boolean gone(WebElement element, Duration wait) {
        try {
            new WebDriverWait(driver, wait).until(d -> {
                try {
                    element.isEnabled();
                    return false;
                } catch (WebDriverException stale) {
                    return true;
                }
            });
            return true;
        } catch (TimeoutException stillThere) {
            return false;
        }
    }

    /** The top of the page, scaled to 80 % so the PNGs stay small enough to commit for docs/web.md. */
    public void screenshot(String name) {
        capture(name, 0);
    }

    /** The page from the element matching {@code css} down, scaled like {@link #screenshot}. */
    public void screenshotFrom(String css, String name) {
        long top = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY);", css);
        capture(name, Math.max(0, top - 16));
    }

    private void capture(String name, long top) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
        long height = Math.min(950, (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;") - top);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", top, "width", width, "height", height, "scale", 0.8)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A screenshot beyond the viewport resizes chromium's viewport for a moment; let the page lay out again at its
        // own size before anything clicks by coordinates.
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
    }
}
