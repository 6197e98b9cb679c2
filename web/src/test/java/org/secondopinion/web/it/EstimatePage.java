package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * billing/estimates.xhtml (a new estimate) and billing/estimate.xhtml (its lines and options side by side) as billing
 * staff use them.
 */
final class EstimatePage {

    private final Browser browser;

    EstimatePage(Browser browser) {
        this.browser = browser;
    }

    /** In the new-estimate form: the newest fee schedule read from the named file; answers the option's label. */
    String chooseNewestSchedule(String fileName) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "const options = [...document.getElementById('newForm:feeScheduleId_input').options]"
                        + "  .filter(o => o.text.includes(arguments[0]));"
                        + "const newest = options.reduce((a, b) => Number(b.value) > Number(a.value) ? b : a);"
                        + "PrimeFaces.getWidgetById('newForm:feeScheduleId').selectValue(newest.value);"
                        + "return newest.text;", fileName);
    }

    String title() {
        return browser.driver.findElement(By.id("estimateTitle")).getText();
    }

    String status() {
        return browser.driver.findElement(By.id("estimateStatus")).getText();
    }

    /** Fills the add-line form's category, code and units, adds the line and waits for the recalculated page. */
    void addLine(String category, String code, int units) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "PrimeFaces.getWidgetById('estimateForm:category').selectValue(arguments[0]);", category);
        WebElement codeField = browser.driver.findElement(By.id("estimateForm:code"));
        codeField.clear();
        codeField.sendKeys(code);
        WebElement unitsField = browser.driver.findElement(By.id("estimateForm:units_input"));
        unitsField.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(units), Keys.TAB);
        browser.driver.findElement(By.id("estimateForm:add")).click();
        assertThat(browser.waitForText(By.id("messages"), "Line " + code + " added"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
    }

    /** The option cards, workup first. */
    List<WebElement> optionCards() {
        return browser.driver.findElements(By.cssSelector("#optionCards .option-card"));
    }

    List<String> optionTitles() {
        return optionCards().stream().map(card -> card.findElement(By.className("ui-card-title")).getText()).toList();
    }

    List<String> optionTotals() {
        return optionCards().stream().map(card -> card.findElement(By.className("option-total")).getText()).toList();
    }

    /** Each treatment option's total with the workup added. */
    List<String> totalsWithWorkup() {
        return browser.driver.findElements(By.cssSelector("#optionCards .with-workup")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the Good Faith Estimate still lacks, line by line. */
    String goodFaithEstimateMissing() {
        return browser.driver.findElement(By.id("estimateForm:gfeMissing")).getText();
    }

    String goodFaithEstimateDue() {
        return browser.driver.findElement(By.id("estimateForm:gfeDue")).getText();
    }

    /** The address of the Good Faith Estimate's PDF behind the page's link. */
    String goodFaithEstimatePdf() {
        return browser.driver.findElement(By.id("estimateForm:gfePdf")).getDomProperty("href");
    }
}
