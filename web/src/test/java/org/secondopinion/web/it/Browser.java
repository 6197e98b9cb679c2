package org.secondopinion.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with screenshots kept in target/screenshots. Every page it shows
 * is watched for a missing message key ("???key???"), and {@link #close()} fails the test class if one was seen;
 * {@link #accessibilityViolations()} runs axe-core on the page shown.
 */
final class Browser implements AutoCloseable {

    /** Runs in every page before its own scripts: notes each "???key???" shown, at load and after each ajax update. */
    private static final String MISSING_KEY_WATCH = """
            (() => {
              const note = () => {
                const found = ((document.title || '') + ' ' + (document.body ? document.body.innerText : ''))
                    .match(/[?]{3}[^?\\s]*[?]{3}/g);
                if (found) {
                  const seen = JSON.parse(localStorage.getItem('missingMessageKeys') || '[]');
                  found.forEach(key => { const entry = location.pathname + ': ' + key;
                    if (!seen.includes(entry)) { seen.push(entry); } });
                  localStorage.setItem('missingMessageKeys', JSON.stringify(seen));
                }
              };
              let pending = null;
              const later = () => { if (!pending) { pending = setTimeout(() => { pending = null; note(); }, 150); } };
              document.addEventListener('DOMContentLoaded', () => {
                note();
                new MutationObserver(later).observe(document.body, {childList: true, subtree: true, characterData: true});
              });
            })();
            """;

    private static String axeSource;

    final ChromeDriver driver;
    private final Path screenshots;

    Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        // the console, for tests that look for Content-Security-Policy violations
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MISSING_KEY_WATCH));
        screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
    }

    void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits up to ten seconds for the element to show the text, surviving a page load in between. */
    boolean waitForText(By locator, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(locator).getText().contains(text));
            return true;
        } catch (TimeoutException notShown) {
            return false;
        }
    }

    /** Waits up to ten seconds for the browser to arrive at an address containing the text. */
    boolean waitForUrl(String part) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(part));
            return true;
        } catch (TimeoutException notThere) {
            return false;
        }
    }

    /** Every "???key???" any page has shown since the browser started, each with the page's path. */
    List<String> missingMessageKeys() {
        Object seen = driver.executeScript("""
                if (!location.protocol.startsWith('http')) { return []; }
                return JSON.parse(localStorage.getItem('missingMessageKeys') || '[]');""");
        List<String> keys = new ArrayList<>();
        if (seen instanceof List<?> list) {
            list.forEach(entry -> keys.add(String.valueOf(entry)));
        }
        return keys;
    }

    /**
     * axe-core's serious and critical violations on the page shown, one line each: the rule, its impact, its help
     * text and the elements at fault. Empty when the page passes.
     */
    List<String> accessibilityViolations() throws IOException {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axe());
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(result => done(result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                          + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                  .catch(failed => done(['axe-core could not run: ' + failed]));
                """);
        List<String> violations = new ArrayList<>();
        if (answer instanceof List<?> list) {
            list.forEach(violation -> violations.add(String.valueOf(violation)));
        }
        return violations;
    }

    /** axe.min.js from the axe-core WebJar on the test class path. */
    private static synchronized String axe() throws IOException {
        if (axeSource == null) {
            String path = "META-INF/resources/webjars/axe-core/" + System.getProperty("it.axe.version", "4.6.3")
                    + "/axe.min.js";
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("axe-core is not on the test class path at " + path);
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axeSource;
    }

    /** Fails the test class when any page it showed had a missing message key. */
    @Override
    public void close() {
        List<String> missing;
        try {
            missing = missingMessageKeys();
        } finally {
            driver.quit();
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("Pages showed missing message keys: " + missing);
        }
    }

}
