package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.it.ApiClient.basic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web tier's own defences: security headers on pages and API answers, redirects that
 * never follow a forged Host header, JSF's view-state protection of every page form, the
 * Content-Security-Policy with the pages still working in a real browser, and an ended
 * session that says so and returns the person to their page. And the sign-in journey (in this class so that it
 * shares its server): each role signs in, lands on its home page, sees only its areas in the menu, is refused
 * another role's area, and signs out; an anonymous visitor is sent to sign in and back; a wrong password and an
 * unknown address get plain pages.
 */
class WebSecurityIT extends BrowserTestBase {

    private static final String FORGED_HOST = "evil.example";

    // ---- the sign-in journey ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} sees the home page of {1} and is refused {2}")
    @CsvSource({
            "coordinator, Second-opinion department, /admin/index.xhtml",
            "specialist,  My reviews,                /coordinator/index.xhtml",
            "billing,     Billing estimates,         /legal/index.xhtml",
            "legal,       Malpractice reviews,       /billing/index.xhtml",
            "admin,       Administration,            /specialist/index.xhtml"})
    void eachRoleSeesItsHomeAndIsRefusedAnotherArea(String username, String home, String forbidden) throws Exception {
        LoginPage login = new LoginPage(browser.driver).open(base.toString());
        Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");
        login.signIn(username, PASSWORD);
        browser.screenshot("signed-in-" + username);

        ShellPage page = new ShellPage(browser.driver);
        assertThat(page.homeTitle()).isEqualTo(home);
        assertThat(page.signedInUser()).isEqualTo(username);
        assertThat(page.menuEntries()).contains(home);
        Cookie after = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).as("session id renewed at sign-in").isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Lax");
        browser.screenshot("home-" + username);

        open(forbidden.substring(1));
        assertThat(page.errorTitle()).isEqualTo("Access refused");
        assertThat(page.bodyText()).doesNotContain("Exception").doesNotContain("at org.");
        browser.screenshot("refused-" + username);

        open("index.xhtml");
        page.signOut();
        assertThat(login.isShown()).isTrue();
        assertThat(browser.waitForText(By.id("login"), "You have signed out.")).isTrue();
        assertThat(browser.driver.manage().getCookieNamed("JSESSIONID"))
                .as("the signed-out session is gone").satisfiesAnyOf(
                        cookie -> assertThat(cookie).isNull(),
                        cookie -> assertThat(cookie.getValue()).isNotEqualTo(after.getValue()));
    }

    @Test
    void sendsAnonymousVisitorToSignInAndBackToThePageAskedFor() throws Exception {
        browser.driver.manage().deleteAllCookies();
        open("admin/audit.xhtml");
        LoginPage login = new LoginPage(browser.driver);
        assertThat(login.isShown()).isTrue();
        login.signIn("admin", PASSWORD);

        assertThat(browser.waitForUrl("admin/audit.xhtml")).as(browser.driver.getCurrentUrl()).isTrue();
        browser.driver.findElement(By.id("auditForm:verify")).click();
        browser.screenshot("audit-verify-clicked");
        assertThat(browser.waitForText(By.id("messages"), "The audit chain is intact")).isTrue();
        assertThat(browser.driver.findElement(By.id("auditForm:entries")).getText()).contains("Signed in");
        browser.screenshot("audit-verified");
        signOut();
    }

    @Test
    void refusesAWrongPasswordWithAMessage() throws Exception {
        LoginPage login = new LoginPage(browser.driver).open(base.toString());
        login.signIn("legal", "wrong-password-given");
        assertThat(login.isShown()).isTrue();
        assertThat(browser.waitForText(By.id("login"), "Sign-in failed.")).isTrue();
        browser.screenshot("login-failed");
    }

    @Test
    void showsAPlainPageForAnUnknownAddress() throws Exception {
        open("no-such-page.xhtml");
        assertThat(new ShellPage(browser.driver).errorTitle()).isEqualTo("Page not found");
    }

    // ---- the web tier's defences -----------------------------------------------------------------------

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        RawHttp http = new RawHttp(base, null);
        RawHttp.Answer page = http.get("login.xhtml", null, Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.all("content-security-policy")).as("one policy on a page").hasSize(1);
        assertThat(page.header("content-security-policy"))
                .contains("script-src 'self' 'nonce-")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("frame-ancestors 'self'")
                .doesNotContain("unsafe-eval");
        assertThat(page.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(page.header("referrer-policy")).isEqualTo("same-origin");
        assertThat(page.header("x-frame-options")).isEqualTo("SAMEORIGIN");
        assertThat(page.header("strict-transport-security")).as("not over plain HTTP").isNull();
        List<String> sessionCookie = page.all("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(sessionCookie).hasSize(1);
        assertThat(sessionCookie.get(0)).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
        assertThat(sessionCookie.get(0).split("(?i)SameSite=", -1)).as("SameSite set once").hasSize(2);
        assertThat(sessionCookie.get(0)).containsIgnoringCase("SameSite=Lax");

        RawHttp.Answer api = http.get("api/me", null, Map.of("Authorization", basic("billing", PASSWORD)));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("content-security-policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(api.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(api.header("referrer-policy")).isEqualTo("same-origin");
        assertThat(api.header("cache-control")).isEqualTo("no-store");
    }

    @Test
    void redirectsNeverFollowAForgedHostHeader() throws Exception {
        RawHttp forged = new RawHttp(base, FORGED_HOST);
        List<String> locations = new ArrayList<>();

        RawHttp.Answer anonymous = forged.get("admin/users.xhtml", null, Map.of());
        assertThat(anonymous.status()).isEqualTo(302);
        locations.add(anonymous.header("location"));
        assertThat(anonymous.header("location")).contains("login.xhtml?next=%2Fadmin%2Fusers.xhtml")
                .doesNotContain("expired=true");

        String[] signedIn = signIn(forged, "admin", PASSWORD);
        locations.add(signedIn[1]);

        RawHttp.Answer home = forged.get("account.xhtml", signedIn[0], Map.of());
        assertThat(home.status()).isEqualTo(200);
        RawHttp.Answer logout = forged.postForm("account.xhtml", signedIn[0], Map.of("menuForm", "menuForm",
                "menuForm:logout", "", "jakarta.faces.ViewState", home.viewState()), Map.of());
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.header("location")).contains("login.xhtml?signedOut=true");
        locations.add(logout.header("location"));

        String username = "hostcheck-" + UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Answer created = forged.send("POST", "api/users", null, Map.of("Authorization", basic("admin", PASSWORD),
                "Content-Type", "application/json"), newUser(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("location")).contains("/api/users/");
        locations.add(created.header("location"));

        assertThat(locations).allSatisfy(location -> assertThat(location)
                .doesNotContain(FORGED_HOST)
                .startsWith(base.getPath()));
    }

    /**
     * A page on another site can make a signed-in browser send its session cookie, never an Authorization header:
     * the API changes nothing on the cookie alone (POST, PUT, DELETE refused with a problem), while the pages'
     * downloads (GET) still work on it, and a call with its own credentials is judged by them.
     */
    @Test
    void theApiChangesNothingOnTheSessionCookieAlone() throws Exception {
        RawHttp http = new RawHttp(base, null);
        String session = signIn(http, "admin", PASSWORD)[0];
        String username = "cookieonly-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(http.get("api/me", session, Map.of()).status()).as("a GET on the cookie").isEqualTo(200);
        RawHttp.Answer posted = http.send("POST", "api/users", session, Map.of("Content-Type", "application/json"),
                newUser(username));
        assertThat(posted.status()).as(posted.body()).isEqualTo(403);
        assertThat(posted.header("content-type")).startsWith("application/problem+json");
        assertThat(posted.body()).contains("Authorization header").doesNotContain("Exception");
        RawHttp.Answer plainText = http.send("POST", "api/fee-schedules?name=forged.csv", session,
                Map.of("Content-Type", "text/plain"), "description,code\nforged,99999\n");
        assertThat(plainText.status()).as(plainText.body()).isEqualTo(403);
        assertThat(http.send("PUT", "api/users/1", session, Map.of("Content-Type", "application/json"),
                "{\"version\":0,\"fullName\":\"Forged\",\"roles\":[\"ADMIN\"],\"active\":true}").status())
                .isEqualTo(403);
        assertThat(http.send("DELETE", "api/referrals/1", session, Map.of(), null).status()).isEqualTo(403);
        assertThat(http.get("api/users", null, Map.of("Authorization", basic("admin", PASSWORD))).body())
                .as("nothing was created").doesNotContain(username);

        RawHttp.Answer withCredentials = http.send("POST", "api/users", session, Map.of("Content-Type",
                "application/json", "Authorization", basic("admin", PASSWORD)), newUser(username));
        assertThat(withCredentials.status()).as(withCredentials.body()).isEqualTo(201);
    }

    @Test
    void aPageFormPostedWithoutAValidViewStateIsRefusedAndChangesNothing() throws Exception {
        String username = "viewstate-" + UUID.randomUUID().toString().substring(0, 8);
        String first = "first-long-enough-password-7";
        String second = "second-long-enough-password-9";
        RawHttp http = new RawHttp(base, null);
        RawHttp.Answer created = http.send("POST", "api/users", null, Map.of("Authorization", basic("admin", PASSWORD),
                "Content-Type", "application/json"), newUser(username, first));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String session = signIn(http, username, first)[0];
        RawHttp.Answer page = http.get("account.xhtml", session, Map.of());
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> change = new HashMap<>(Map.of("passwordForm", "passwordForm",
                "passwordForm:currentPassword", first, "passwordForm:newPassword", second, "passwordForm:save", ""));

        change.put("jakarta.faces.ViewState", "-1234567890123456789:-987654321098765432");
        RawHttp.Answer forged = http.postForm("account.xhtml", session, change, Map.of());
        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.header("location")).endsWith("/expired.xhtml");
        assertThat(passwordWorks(http, username, first)).as("forged view state: nothing changed").isTrue();

        change.remove("jakarta.faces.ViewState");
        RawHttp.Answer missing = http.postForm("account.xhtml", session, change, Map.of());
        assertThat(missing.status()).as("no view state: not a postback, the page is shown again").isEqualTo(200);
        assertThat(passwordWorks(http, username, first)).as("missing view state: nothing changed").isTrue();

        // the same form with the view state of the page does change it: the refusals above were the view state's
        change.put("jakarta.faces.ViewState", page.viewState());
        RawHttp.Answer valid = http.postForm("account.xhtml", session, change, Map.of());
        assertThat(valid.status()).as(valid.body()).isEqualTo(302);
        assertThat(passwordWorks(http, username, second)).isTrue();
        assertThat(passwordWorks(http, username, first)).isFalse();
    }

    @Test
    void anAjaxRequestOfAnEndedSessionIsToldToSignInAgain() throws Exception {
        RawHttp http = new RawHttp(base, FORGED_HOST);
        RawHttp.Answer answer = http.postForm("coordinator/worklist.xhtml", "no-longer-known-session-id",
                Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "worklistForm:filter"),
                Map.of("Faces-Request", "partial/ajax",
                        "Referer", "http://" + FORGED_HOST + base.getPath() + "coordinator/worklist.xhtml"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<partial-response><redirect url=\"" + base.getPath()
                + "login.xhtml?next=%2Fcoordinator%2Fworklist.xhtml&amp;expired=true\"/>");
    }

    @Test
    void pagesWorkUnderTheContentSecurityPolicy() throws Exception {
        signInInBrowser("admin");
        List<String> violations = new ArrayList<>();

        open("admin/users.xhtml", violations);
        browser.driver.findElement(By.id("usersForm:newAccount")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("accountDialog")));
        browser.driver.findElement(By.cssSelector("#accountForm button.ui-button-flat")).click();
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("accountDialog")));
        violations.addAll(cspMessages());

        open("admin/audit.xhtml", violations);
        PageLoads.submitting(browser.driver, () -> browser.driver.findElement(By.id("auditForm:verify")).click());
        assertThat(browser.waitForText(By.id("messages"), "The audit chain is intact")).isTrue();
        violations.addAll(cspMessages());

        open("directory/index.xhtml", violations);
        browser.driver.findElement(By.id("directoryForm:newOrganisation")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("organisationDialog")));
        browser.screenshot("csp-directory-dialog");
        violations.addAll(cspMessages());

        open("coordinator/dashboard.xhtml", violations);
        open("account.xhtml", violations);

        signInInBrowser("coordinator");
        open("coordinator/worklist.xhtml", violations);
        browser.driver.findElement(By.id("worklistForm:filter")).click();
        assertThat(browser.waitForText(By.id("worklistForm:cases"), "SO-")).isTrue();
        violations.addAll(cspMessages());
        open("coordinator/intake.xhtml", violations);
        open("referral/case.xhtml?id=" + demoRequestOf("Grace Mwangi"), violations);

        assertThat(violations).as("Content Security Policy messages in the browser console").isEmpty();

        // the console does report a violation: an inline script without the page's nonce is refused
        ((JavascriptExecutor) browser.driver).executeScript("var s = document.createElement('script');"
                + "s.textContent = 'window.cspProbe = true;'; document.head.appendChild(s);");
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.cspProbe === true;")).isEqualTo(false);
        assertThat(cspMessages()).isNotEmpty();
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void anEndedSessionSaysSoAndReturnsToThePageAfterSignIn() throws Exception {
        // a page form posted after the session ended on the server (the browser still sends the old cookie)
        signInInBrowser("coordinator");
        String casePage = "referral/case.xhtml?id=" + demoRequestOf("Grace Mwangi");
        browser.driver.get(base + casePage);
        String status = browser.driver.findElement(By.id("caseStatus")).getText();
        endSession();
        PageLoads.submitting(browser.driver,
                () -> browser.driver.findElement(By.cssSelector("#caseForm button[type=submit]")).click());
        LoginPage login = new LoginPage(browser.driver);
        assertThat(login.isShown()).isTrue();
        assertThat(login.messages()).contains("Your session ended after 15 minutes without activity; sign in again.");
        browser.screenshot("session-ended-login");
        login.signIn("coordinator", PASSWORD);
        assertThat(browser.waitForUrl(casePage)).as(browser.driver.getCurrentUrl()).isTrue();
        assertThat(browser.driver.findElement(By.id("caseStatus")).getText())
                .as("the action posted with the ended session was not taken").isEqualTo(status);

        // an ajax action after the session ended
        browser.driver.get(base + "coordinator/worklist.xhtml");
        endSession();
        browser.driver.findElement(By.id("worklistForm:filter")).click();
        assertThat(browser.waitForUrl("login.xhtml")).isTrue();
        assertThat(browser.waitForText(By.id("login"), "Your session ended after 15 minutes")).isTrue();
        new LoginPage(browser.driver).signIn("coordinator", PASSWORD);
        assertThat(browser.waitForUrl("coordinator/worklist.xhtml")).as(browser.driver.getCurrentUrl()).isTrue();

        // someone who simply has not signed in yet is not told that a session ended
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base + "coordinator/worklist.xhtml");
        assertThat(login.isShown()).isTrue();
        assertThat(login.messages()).doesNotContain("session ended");
        browser.driver.manage().deleteAllCookies();
    }

    /** What the browser holds when the server has ended the session: a cookie it no longer knows. */
    private void endSession() {
        Cookie old = browser.driver.manage().getCookieNamed("JSESSIONID");
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.driver.manage().addCookie(new Cookie.Builder("JSESSIONID", "ended" + old.getValue().hashCode())
                .path(old.getPath()).isHttpOnly(true).sameSite("Lax").build());
    }

    private void open(String path, List<String> violations) {
        browser.driver.get(base + path);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
        assertThat(browser.driver.findElements(By.id("errorTitle"))).as(path + " shows no error page").isEmpty();
        violations.addAll(cspMessages().stream().map(message -> path + ": " + message).toList());
    }

    private List<String> cspMessages() {
        return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(condition);
    }

    private void signInInBrowser(String username) {
        signInAs(username);
        cspMessages();
    }

    /** Signs in on the login page as a browser does; answers the cookies it then holds and where it was sent. */
    private static String[] signIn(RawHttp http, String username, String password) throws Exception {
        RawHttp.Answer page = http.get("login.xhtml", null, Map.of());
        String cookies = page.cookies(null).orElseThrow();
        RawHttp.Answer answer = http.postForm("login.xhtml", cookies, Map.of("login", "login",
                "login:username", username, "login:password", password, "login:submit", "",
                "jakarta.faces.ViewState", page.viewState()), Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return new String[] {answer.cookies(cookies).orElseThrow(), answer.header("location")};
    }

    private static boolean passwordWorks(RawHttp http, String username, String password) throws Exception {
        return http.get("api/me", null, Map.of("Authorization", basic(username, password))).status() == 200;
    }

    private static String newUser(String username) {
        return newUser(username, "a-long-enough-password-3");
    }

    private static String newUser(String username, String password) {
        return "{\"username\":\"" + username + "\",\"fullName\":\"Test User\",\"roles\":[\"COORDINATOR\"],\"password\":\""
                + password + "\"}";
    }
}
