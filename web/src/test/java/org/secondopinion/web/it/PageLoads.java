package org.secondopinion.web.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Full-page submits: act, then wait until the page the action started on has been replaced. */
final class PageLoads {

    private PageLoads() {
    }

    static void submitting(WebDriver driver, Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
    }

    /** Chromium answers for a replaced page either "stale element" or "node does not belong to the document". */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }
}
