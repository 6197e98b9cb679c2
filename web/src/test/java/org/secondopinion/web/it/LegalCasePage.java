package org.secondopinion.web.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * legal/cases.xhtml (a new case file) and legal/case.xhtml (its tabs: deadlines, documents, authorities and
 * productions, the reviewer) as a firm's lawyer or the reviewer uses them.
 */
final class LegalCasePage {

    private final Browser browser;

    LegalCasePage(Browser browser) {
        this.browser = browser;
    }

    /** The case's id, from the address of its page. */
    long caseId() {
        return Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** The case's reference, as its title starts. */
    String reference() {
        return browser.driver.findElement(By.id("caseTitle")).getText().split(" · ")[0];
    }

    /** Opens a tab of the case page by its title (a reviewer sees fewer tabs, so positions differ). */
    void openTab(String title) {
        browser.driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
    }

    /** Selects a tab of the page's tab view by its position. */
    void selectTab(int index) {
        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.getWidgetById('tabs').select(arguments[0]);",
                index);
    }

    /** The titles of the tabs shown. */
    List<String> tabTitles() {
        return browser.driver.findElements(By.cssSelector("#tabs ul[role='tablist'] a")).stream()
                .map(WebElement::getText).toList();
    }

    /** The row of the named candidate reviewer. */
    WebElement candidateRow(String name) {
        return browser.driver.findElement(By.xpath("//*[@id='tabs:candidatesForm:candidates']//tr[.//span["
                + "@class='candidate-name' and normalize-space()='" + name + "']]"));
    }

    /** Chooses the option of a PrimeFaces select whose label starts with the text. */
    void chooseByLabel(String selectId, String label) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "const option = [...document.getElementById(arguments[0] + '_input').options]"
                        + "  .find(o => o.text.startsWith(arguments[1]));"
                        + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);", selectId, label);
    }

    /** Chooses a PrimeFaces select's option by its value. */
    void choose(String selectId, String value) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", selectId, value);
    }

    /** A PrimeFaces number field's text, replaced. */
    void number(String id, String value) {
        browser.driver.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    /** Ticks the box of one value of a checkbox list, or every box when the value is null. */
    void checkBox(String listId, String value) {
        List<WebElement> inputs = browser.driver.findElements(By.cssSelector("[id='" + listId + "'] input[type=checkbox]"));
        for (WebElement input : inputs) {
            if (value == null || value.equals(input.getDomProperty("value"))) {
                input.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                        + "//div[contains(concat(' ', @class, ' '), ' ui-chkbox-box ')]")).click();
            }
        }
    }
}
