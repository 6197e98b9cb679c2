package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The web shell in a real browser: each role signs in, lands on its home page, sees only its areas in the menu, is
 * refused another role's area, and signs out; an anonymous visitor is sent to sign in and back; a wrong password and
 * an unknown address get plain pages.
 */
class SignInJourneyIT extends BrowserTestBase {

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

}
