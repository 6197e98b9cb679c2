package org.secondopinion.web.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Any page inside the application shell: the menu, the home page title, error pages. */
final class ShellPage {

    private final WebDriver driver;

    ShellPage(WebDriver driver) {
        this.driver = driver;
    }

    String homeTitle() {
        return driver.findElement(By.id("homeTitle")).getText();
    }

    String signedInUser() {
        return driver.findElement(By.id("currentUser")).getText();
    }

    List<String> menuEntries() {
        return driver.findElements(By.cssSelector("#menuForm\\:menu .ui-menuitem-text")).stream()
                .map(WebElement::getText).toList();
    }

    String errorTitle() {
        return driver.findElement(By.id("errorTitle")).getText();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void signOut() {
        driver.findElement(By.id("menuForm:logout")).click();
    }
}
