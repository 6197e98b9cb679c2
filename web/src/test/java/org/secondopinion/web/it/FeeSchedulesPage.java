package org.secondopinion.web.it;

import java.nio.file.Path;
import org.openqa.selenium.By;

/** billing/fee-schedules.xhtml as billing staff use it: a price file uploaded, its import followed, a code looked up. */
final class FeeSchedulesPage {

    private final Browser browser;

    FeeSchedulesPage(Browser browser) {
        this.browser = browser;
    }

    FeeSchedulesPage open(String base) {
        browser.driver.get(base + "billing/fee-schedules.xhtml");
        return this;
    }

    /** Chooses the file in the upload field, which starts the upload at once. */
    void upload(Path file) {
        browser.driver.findElement(By.id("uploadForm:priceFile_input")).sendKeys(file.toString());
    }

    /** Waits for the import to be ready for estimates; false when it is not within the wait. */
    boolean waitUntilReady() {
        return browser.waitForText(By.id("importStatus"), "Ready");
    }

    String accepted() {
        return browser.driver.findElement(By.id("accepted")).getText();
    }

    String rejected() {
        return browser.driver.findElement(By.id("rejected")).getText();
    }

    /** Looks a code up in the schedule; true when the charges show the text. */
    boolean lookUp(String code, String expected) {
        browser.driver.findElement(By.id("scheduleForm:code")).sendKeys(code);
        browser.driver.findElement(By.id("scheduleForm:lookUp")).click();
        return browser.waitForText(By.id("scheduleForm:charges"), expected);
    }

    /** A file of the test class path (under src/test/resources). */
    static Path resource(String name) throws Exception {
        return Path.of(FeeSchedulesPage.class.getClassLoader().getResource(name).toURI());
    }
}
