package org.secondopinion.web.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** login.xhtml as a person uses it. */
final class LoginPage {

    private final WebDriver driver;

    LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    LoginPage open(String base) {
        driver.get(base + "login.xhtml");
        return this;
    }

    void signIn(String username, String password) {
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        // the answer is a new page (the one asked for, or the login page with a message): wait for it
        PageLoads.submitting(driver, () -> driver.findElement(By.id("login:submit")).click());
    }

    boolean isShown() {
        return !driver.findElements(By.id("login:submit")).isEmpty();
    }

    String messages() {
        return driver.findElement(By.id("login")).getText();
    }
}
