package org.secondopinion.web.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** referral/case.xhtml and coordinator/intake.xhtml as a coordinator or a specialist uses them. */
final class CasePage {

    private final WebDriver driver;

    CasePage(WebDriver driver) {
        this.driver = driver;
    }

    // ---- intake ---------------------------------------------------------------------------------

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * A date picker's text. Typed keys would open its pop-up calendar, which then takes the
     * keys meant for the next fields; the value is set as a paste would.
     */
    void typeDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, isoDate);
    }

    /** PrimeFaces keeps the real select hidden; a full-page submit posts its value. */
    void choose(String selectId, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId + "_input", value);
    }

    void chooseByLabel(String selectId, String label) {
        ((JavascriptExecutor) driver).executeScript("const select = document.getElementById(arguments[0]);"
                + "select.value = [...select.options].find(o => o.text === arguments[1]).value;", selectId + "_input", label);
    }

    void tick(String checkboxId) {
        driver.findElement(By.cssSelector("#" + css(checkboxId) + " .ui-chkbox-box")).click();
    }

    void tickNth(String manyCheckboxId, int index) {
        driver.findElements(By.cssSelector("#" + css(manyCheckboxId) + " .ui-chkbox-box")).get(index).click();
    }

    /** Clicks a button that submits the whole page, and waits until the next page has replaced this one. */
    void click(String id) {
        submitting(() -> driver.findElement(By.id(id)).click());
    }

    /** Clicks a button that asks for confirmation first, answers "Yes", and waits for the next page. */
    void clickConfirmed(String id) {
        driver.findElement(By.id(id)).click();
        ConfirmDialog dialog = new ConfirmDialog(driver);
        dialog.message();
        submitting(dialog::yes);
    }

    /** The title of the tab that shows now. */
    String activeTab() {
        return driver.findElement(By.cssSelector("ul[role='tablist'] li.ui-state-active")).getText().strip();
    }

    private void submitting(Runnable click) {
        PageLoads.submitting(driver, click);
    }

    // ---- the case -----------------------------------------------------------------------------------

    String title() {
        return driver.findElement(By.id("caseTitle")).getText();
    }

    String status() {
        return driver.findElement(By.id("caseStatus")).getText();
    }

    String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    /** Opens a tab of the case page (a postback keeps the tab that was open). */
    void tab(String title) {
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
    }

    List<WebElement> buttonsIn(String tableId, String buttonSuffix) {
        return driver.findElements(By.cssSelector("[id^='" + tableId + ":'][id$=':" + buttonSuffix + "']"));
    }

    /** The offer button on the row of the named candidate. */
    void offerTo(String name) {
        submitting(() -> driver.findElement(By.xpath("//tr[.//span[@class='candidate-name' and normalize-space()='"
                + name + "']]//button[contains(@id,':offer')]")).click());
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    static String css(String id) {
        return id.replace(":", "\\:");
    }
}
