package org.secondopinion.web.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The layout's one confirmation dialog, opened by a destructive or irreversible button. */
final class ConfirmDialog {

    private static final By DIALOG = By.id("confirmForm:confirmDialog");

    private final WebDriver driver;

    ConfirmDialog(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits for the dialog to show and answers what it says. */
    String message() {
        WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        return dialog.findElement(By.className("ui-confirm-dialog-message")).getText();
    }

    boolean isShown() {
        return driver.findElements(DIALOG).stream().anyMatch(WebElement::isDisplayed);
    }

    /** "Yes": the action the button started goes ahead. */
    void yes() {
        message();
        driver.findElement(By.id("confirmForm:confirmYes")).click();
    }

    /** "No": the dialog closes and nothing happens. */
    void no() {
        message();
        driver.findElement(By.id("confirmForm:confirmNo")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    /** Clicks a button that asks first, then "Yes". */
    static void confirmed(WebDriver driver, String buttonId) {
        driver.findElement(By.id(buttonId)).click();
        new ConfirmDialog(driver).yes();
    }
}
