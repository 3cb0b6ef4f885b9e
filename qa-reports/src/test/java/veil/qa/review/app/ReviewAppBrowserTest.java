package veil.qa.review.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import veil.qa.review.ItemVerdict;
import veil.qa.review.ReviewExport;
import veil.qa.review.ReviewStore;

/**
 * The review app in a real browser: Debian's chromium and chromedriver, headless. Two reviewers judge a three-item
 * spot-check sample, one by clicking and one with the keyboard shortcuts; then the database rows and the kappa and
 * leak bound of the export are checked. Skipped (with a message) only off CI when chromium is not installed; on CI
 * (CI set) a missing browser fails the test, since the launcher's set-up installs it.
 */
class ReviewAppBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium warns when Debian's chromium is newer than its CDP bindings; the test uses WebDriver only. */
    static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir Path dir;
    ReviewStore store;
    ReviewServer server;
    WebDriver driver;
    WebDriverWait wait;
    long startMillis;

    @BeforeEach
    void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null)
            fail("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: the launcher's set-up installs chromium chromium-driver");
        assumeTrue(installed, "skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are needed for the browser test (apt-get install chromium chromium-driver, or run ./veil test)");
        store = ReviewStore.open(dir.resolve("review.sqlite"));
        server = ReviewServer.start(ReviewSample.open(TestSamples.spotCheck(dir.resolve("sample")), null), store, 0, null);
        // Profile and caches under target/, fresh per run, so nothing lands in the home folder.
        Path browser = Path.of("target", "review-browser", Long.toString(System.nanoTime())).toAbsolutePath();
        Files.createDirectories(browser);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + browser.resolve("profile"), "--disk-cache-dir=" + browser.resolve("cache"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(browser.resolve("chromedriver.log").toFile()).build();
        long t0 = System.nanoTime();
        driver = new ChromeDriver(service, o);
        startMillis = (System.nanoTime() - t0) / 1_000_000;
        wait = new WebDriverWait(driver, Duration.ofSeconds(5));
        wait.pollingEvery(Duration.ofMillis(25)); // the default 500 ms would add seconds over a dozen page turns
    }

    @AfterEach
    void stop() throws Exception {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    void signIn(String name) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer")));
        field.sendKeys(name);
        driver.findElement(By.id("start")).click();
        try {
            wait.until(ExpectedConditions.textToBe(By.id("who"), name));
        } catch (RuntimeException e) {
            throw new AssertionError("after signing in as " + name + " the browser is at " + driver.getCurrentUrl() + ":\n"
                    + driver.getPageSource(), e);
        }
    }

    void atItem(int k, int reviewed) {
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Item " + k + " of 3 · you have reviewed " + reviewed + " of 3"));
    }

    void press(CharSequence key) { new Actions(driver).sendKeys(key).perform(); }

    @Test
    void twoReviewersByClickAndByKeyboardGiveStoredVerdictsAndKappa() throws Exception {
        long t0 = System.nanoTime();
        driver.get(server.url());
        signIn("Ana");
        atItem(1, 0);

        // What the first item shows: boxes over both images, remaining header values and marked findings, all as text.
        assertThat(driver.findElements(By.cssSelector("#image-0 rect.box"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#image-1 rect.box"))).hasSize(1);
        List<String> marks = driver.findElements(By.cssSelector("#text mark")).stream().map(WebElement::getText).collect(Collectors.toList());
        assertThat(marks).containsExactly("<script>alert(1)</script> Smith", "2020-01-02");
        assertThat(driver.findElement(By.cssSelector("#fields")).getText()).contains("<b>CHEST</b> & \"PA\"");
        assertThat(driver.findElement(By.id("keys")).getText()).contains("p pass").contains("f fail").contains("n or → next");
        // The nonce-tagged style applied, and same-origin images load under the policy.
        assertThat(driver.findElement(By.tagName("header")).getCssValue("background-color")).isEqualTo("rgba(35, 49, 63, 1)");
        Object width = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[0], i = new Image();"
                + "i.onload = function () { done(i.naturalWidth); }; i.onerror = function () { done(-1); }; i.src = '/img/1/0';");
        assertThat(((Number) width).intValue()).isEqualTo(32);
        Files.write(Path.of("target", "review-browser", "item-1.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        // Ana clicks.
        driver.findElement(By.id("note")).sendKeys("box covers the name");
        driver.findElement(By.id("verdict-pass")).click();
        atItem(2, 1);
        driver.findElement(By.id("verdict-fail")).click();
        atItem(3, 2);
        driver.findElement(By.id("verdict-pass")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

        // Ben uses the keyboard.
        driver.findElement(By.id("switch")).click();
        signIn("Ben");
        atItem(1, 0);
        press("p");
        atItem(2, 1);
        press("b");
        atItem(1, 1);
        assertThat(driver.findElement(By.id("current")).getText()).isEqualTo("Your verdict: pass");
        press(Keys.ARROW_RIGHT);
        atItem(2, 1);
        press("t");
        press("burned-in date");
        press(Keys.ESCAPE);
        press("f");
        atItem(3, 2);
        press(Keys.ARROW_LEFT);
        atItem(2, 2);
        assertThat(driver.findElement(By.id("note")).getAttribute("value")).isEqualTo("burned-in date");
        press("n");
        atItem(3, 2);
        press("f");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

        // The database holds one row per item and reviewer.
        Map<String, String> rows = store.itemVerdicts().stream()
                .collect(Collectors.toMap(v -> v.reviewer() + "/" + v.itemId(), v -> v.verdict() + ":" + v.note()));
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of("Ana/a1", "pass:box covers the name", "Ana/b2", "fail:",
                "Ana/c3", "pass:", "Ben/a1", "pass:", "Ben/b2", "fail:burned-in date", "Ben/c3", "fail:"));
        assertThat(store.itemVerdicts()).extracting(ItemVerdict::stratum).contains("US|Other|pixels cleaned");

        // Agreement 2 of 3; Ana 2 pass 1 fail, Ben 1 pass 2 fail: pe = 4/9, kappa = (2/3 - 4/9) / (5/9) = 0.4.
        ReviewExport e = ReviewExport.of(store.itemVerdicts(), store.itemCounts());
        ReviewExport.KindSummary s = e.samples().get(0);
        assertThat(s.agreement().get(0).kappa()).isCloseTo(0.4, within(1e-12));
        assertThat(s.bound().failed()).isEqualTo(2);
        assertThat(s.bound().reviewed()).isEqualTo(3);
        Path json = dir.resolve("review.json");
        e.writeJson(json);
        com.fasterxml.jackson.databind.JsonNode pair = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())
                .at("/samples/0/agreement/0");
        assertThat(pair.get("reviewer_a").asText()).isEqualTo("Ana");
        assertThat(pair.get("kappa").asDouble()).isCloseTo(0.4, within(1e-12));
        System.out.printf("review app browser test: browser start %d ms, review of 6 verdicts %d ms%n", startMillis,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
