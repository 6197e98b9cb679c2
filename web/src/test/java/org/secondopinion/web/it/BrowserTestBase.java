package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * What every browser test class shares: the packaged application deployed as it ships (one Payara Micro per class,
 * see {@link Deployments}), one headless Chromium for the class, the demo logins, and a screenshot of the page
 * shown when a test fails ({@code target/screenshots/failed-<class>-<test>.png}).
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserTestBase.ScreenshotOnFailure.class)
@RunAsClient
abstract class BrowserTestBase {

    /** The password of every demo login. */
    static final String PASSWORD = "SecondOpinion-demo";

    static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Opens a page of the application by its path below the base address, without a leading slash. */
    void open(String path) {
        browser.driver.get(base + path);
    }

    /** Signs in on the login page in the browser's current session (as after a sign-out). */
    LoginPage signIn(String username) {
        LoginPage login = new LoginPage(browser.driver).open(base.toString());
        login.signIn(username, PASSWORD);
        return login;
    }

    /** Forgets every cookie first, so that the sign-in starts a new session. */
    LoginPage signInAfresh(String username) {
        browser.driver.manage().deleteAllCookies();
        return signIn(username);
    }

    /** Signs in afresh and waits until the page shows the user signed in. */
    void signInAs(String username) {
        signInAfresh(username);
        assertThat(browser.waitForText(By.id("currentUser"), username)).as("signed in as " + username).isTrue();
    }

    void signOut() {
        new ShellPage(browser.driver).signOut();
    }

    /** The page's message area. */
    String messages() {
        return browser.driver.findElement(By.id("messages")).getText();
    }

    void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date picker's text, set as a paste would (typed keys would open its calendar). */
    void typeDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    /** The REST API, for what a test arranges or checks beside the pages. */
    ApiClient api() {
        return new ApiClient(base);
    }

    /**
     * The id of the new demo request of this patient, from the coordinator's worklist: ids come from the database's
     * sequences (blocks of 1000 since V54), so no test may assume one.
     */
    long demoRequestOf(String patientName) throws Exception {
        HttpResponse<String> worklist = api().get("referrals?status=REQUESTED&max=100", "coordinator");
        assertThat(worklist.statusCode()).as(worklist.body()).isEqualTo(200);
        return ApiClient.object(worklist.body()).getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(item -> patientName.equals(item.getString("patientName", null)))
                .mapToLong(item -> item.getJsonNumber("id").longValue()).min()
                .orElseThrow(() -> new AssertionError("no new demo request of " + patientName + ": " + worklist.body()));
    }

    /** A GET in the browser's signed-in session, as a download link would make it. */
    HttpResponse<byte[]> fetch(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", browserCookies()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Every cookie the browser holds, as it would send them: the session is distributable, so Payara sends a
     * {@code JSESSIONIDVERSION} beside {@code JSESSIONID}, and a request with the session id alone may be answered
     * from the data grid's copy of the session, which can lag behind the one in memory.
     */
    String browserCookies() {
        return browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Keeps the page a failed test ended on; a test that passes keeps only the screenshots it takes itself. */
    static final class ScreenshotOnFailure implements TestWatcher {

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            String test = context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-");
            String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + test.substring(0, Math.min(test.length(), 80));
            try {
                browser.screenshot(name);
            } catch (Exception | AssertionError notTaken) {
                // the browser may be gone with the failure; the failure itself is what the report shows
            }
        }
    }
}
