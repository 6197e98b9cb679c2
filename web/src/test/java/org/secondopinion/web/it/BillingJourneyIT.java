package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.secondopinion.billing.control.GoodFaithEstimateDeadline;

/**
 * Billing staff in a real browser: a price file imported on the page and followed to its report, a Good Faith
 * Estimate from the price file to the PDF the patient gets, and a plan's benefit design changed beside a patient's
 * coverage.
 */
class BillingJourneyIT extends BrowserTestBase {

    @Test
    void importsAPriceFileOnThePageAndFollowsItToTheReport() throws Exception {
        signInAfresh("billing");
        FeeSchedulesPage schedules = new FeeSchedulesPage(browser).open(base.toString());

        schedules.upload(FeeSchedulesPage.resource("price-files/cms-v3-example-tall.csv"));

        assertThat(schedules.waitUntilReady()).isTrue();
        assertThat(schedules.accepted()).isEqualTo("45");
        assertThat(schedules.rejected()).isEqualTo("0");
        assertThat(schedules.lookUp("99283", "ER level 3")).isTrue();
        browser.screenshot("billing-fee-schedule");
        signOut();
    }

    /**
     * A billing officer's Good Faith Estimate for an uninsured patient: the hospital's price file uploaded and
     * imported, a self-pay estimate opened on it, the workup and two treatment options priced side by side,
     * the estimate issued and locked with its due date, and the PDF the patient gets downloaded and read.
     */
    @Test
    void issuesAGoodFaithEstimateForAnUninsuredPatientAndDownloadsItsPdf() throws Exception {
        signInAfresh("billing");

        // (1) the hospital's price file, imported until it is ready for estimates
        FeeSchedulesPage schedules = new FeeSchedulesPage(browser).open(base.toString());
        schedules.upload(FeeSchedulesPage.resource("price-files/lakeside-standard-charges.csv"));
        assertThat(schedules.waitUntilReady()).isTrue();
        assertThat(schedules.rejected()).isEqualTo("0");
        browser.screenshot("estimate-price-file");

        // (2) a new self-pay estimate for a patient with no coverage, on the file just imported
        LocalDate today = LocalDate.now();
        LocalDate serviceDate = today.plusWeeks(3);
        String patient = "Tomasz Wielgosz";
        EstimatePage estimate = new EstimatePage(browser);
        open("billing/estimates.xhtml");
        type("newForm:patientMrn", "MRN-300517");
        type("newForm:patientName", patient);
        typeDate("newForm:patientBirthDate_input", "1957-08-21");
        String schedule = estimate.chooseNewestSchedule("lakeside-standard-charges.csv");
        assertThat(schedule).startsWith("Lakeside General Hospital");
        // the coverage choices follow the MRN by an ajax update: wait for it rather than read a replaced element
        assertThat(browser.waitForText(By.id("newForm:coverageId"), "Self-pay"))
                .as("no coverage for an invented MRN: self-pay").isTrue();
        type("newForm:primaryService", "Second opinion on arthritis of the right knee and its treatment");
        type("newForm:diagnosisCodes", "M17.11");
        typeDate("newForm:scheduledOn_input", today.toString());
        typeDate("newForm:serviceDate_input", serviceDate.toString());
        type("newForm:separatelyScheduled", "Anesthesia for the knee replacement (billed by the anesthesia group)");
        browser.screenshot("estimate-new");
        browser.driver.findElement(By.id("newForm:create")).click();
        assertThat(browser.waitForUrl("billing/estimate.xhtml?id=")).as(browser.driver.getCurrentUrl()).isTrue();
        assertThat(browser.waitForText(By.id("estimateTitle"), patient)).isTrue();
        assertThat(estimate.status()).isEqualTo("Draft");

        // (3) the workup, then two treatment options, each priced from the file
        WebElement workup = browser.driver.findElement(By.cssSelector("#estimateForm\\:workup .ui-chkbox-box"));
        if (!workup.getDomAttribute("class").contains("ui-state-active")) {
            workup.click();
        }
        type("estimateForm:providerName", "Lakeside General Hospital");
        type("estimateForm:providerNpi", "1427051135");
        type("estimateForm:providerTin", "36-4455667");
        type("estimateForm:providerLocation", "100 Lake Shore Drive, Springfield, IL 62701");
        type("estimateForm:providerState", "IL");
        estimate.addLine("SECOND_OPINION", "99204", 1);

        browser.driver.findElement(By.cssSelector("#estimateForm\\:workup .ui-chkbox-box")).click();
        type("estimateForm:option", "Knee replacement");
        estimate.addLine("SURGERY", "27447", 1);

        type("estimateForm:option", "Injections and therapy");
        estimate.addLine("OTHER", "20610", 1);
        // the therapy is added without what a Good Faith Estimate must name of its provider
        type("estimateForm:providerName", "Springfield Physiotherapy");
        for (String missing : List.of("providerNpi", "providerTin", "providerLocation", "providerState")) {
            type("estimateForm:" + missing, "");
        }
        estimate.addLine("OTHER", "97110", 8);

        assertThat(estimate.optionCards()).hasSize(3);
        assertThat(estimate.optionTitles())
                .containsExactly("Second-opinion workup", "Knee replacement", "Injections and therapy");
        assertThat(estimate.optionTotals())
                .as("the discounted cash prices: 99204; 27447; 20610 and 8 × 97110")
                .containsExactly("$250.00", "$21,500.00", "$870.00");
        assertThat(estimate.totalsWithWorkup()).as("each option with the workup")
                .containsExactly("$21,750.00", "$1,120.00");
        scrollTo("optionCards");
        browser.screenshot("estimate-options");

        // (4) what the Good Faith Estimate lacks is listed per line, entered from there, and then it is issued
        assertThat(estimate.goodFaithEstimateMissing())
                .contains("Line 4 (97110, Springfield Physiotherapy): the NPI is missing, the TIN is missing, "
                        + "the location of care is missing, the state of care is missing");
        browser.screenshot("estimate-gfe-missing");
        browser.driver.findElement(By.cssSelector("[id$=':enterProvider']")).click();
        assertThat(browser.waitForText(By.id("providerDialog"), "NPI")).isTrue();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElement(
                By.id("providerDialogForm:dialogProviderNpi")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("providerDialogForm:dialogProviderName")).getDomProperty("value"))
                .isEqualTo("Springfield Physiotherapy");
        type("providerDialogForm:dialogProviderNpi", "1234567893");
        type("providerDialogForm:dialogProviderTin", "37-1234567");
        type("providerDialogForm:dialogProviderLocation", "20 Mill Street, Springfield, IL 62702");
        type("providerDialogForm:dialogProviderState", "IL");
        browser.driver.findElement(By.id("providerDialogForm:saveProvider")).click();
        assertThat(browser.waitForText(By.id("messages"), "Provider of line 4 saved")).as(messages()).isTrue();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("estimateForm:gfeMissing")).isEmpty());

        // issued: locked, with the day the Good Faith Estimate is due
        ConfirmDialog.confirmed(browser.driver, "estimateForm:issue");
        assertThat(browser.waitForText(By.id("estimateStatus"), "Issued")).isTrue();
        assertThat(estimate.goodFaithEstimateDue())
                .isEqualTo(GoodFaithEstimateDeadline.of(today, serviceDate).dueBy().toString());
        assertThat(LocalDate.parse(estimate.goodFaithEstimateDue())).isAfter(today).isBefore(today.plusDays(8));
        assertThat(browser.driver.findElements(By.id("estimateForm:addLine"))).as("locked").isEmpty();
        assertThat(browser.driver.findElements(By.id("estimateForm:add"))).isEmpty();
        scrollTo("estimateTitle");
        browser.screenshot("estimate-issued");

        // (5) the PDF behind the page's link, fetched in the signed-in session
        String pdfAddress = estimate.goodFaithEstimatePdf();
        assertThat(pdfAddress).matches(".*/api/estimates/\\d+/good-faith-estimate\\.pdf");
        HttpResponse<byte[]> response = fetch(pdfAddress);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        byte[] pdf = response.body();
        Path screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.write(screenshots.resolve("estimate-good-faith-estimate.pdf"), pdf);
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfFiles.compactText(pdf);
        for (String phrase : List.of("Good Faith Estimate", patient, "Second-opinion workup",
                "Option: Knee replacement", "Option: Injections and therapy", "99204", "27447", "20610", "97110",
                "NPI 1427051135", "TIN 36-4455667", "Springfield Physiotherapy", "NPI 1234567893", "M17.11",
                "Anesthesia for the knee replacement", "is not a contract")) {
            assertThat(text).as(phrase).contains(phrase.replaceAll("\\s+", ""));
        }
        signOut();
    }

    /** Billing keeps plans and patients' coverage on one page: a plan's design is changed, a patient is found. */
    @Test
    void changesAPlansBenefitDesignAndFindsAPatientsCoverage() throws Exception {
        signInAfresh("billing");
        open("billing/plans.xhtml");
        assertThat(browser.waitForText(By.id("tabs:planForm:plans"), "Northwind Gold PPO")).isTrue();

        browser.driver.findElements(By.cssSelector("[id$=':edit']")).stream()
                .filter(link -> link.getText().contains("Northwind Gold PPO")).findFirst().orElseThrow().click();
        assertThat(browser.waitForText(By.id("tabs:planForm:editor"), "Deductible applies")).isTrue();
        WebElement deductible = browser.driver.findElement(By.id("tabs:planForm:individualDeductible_input"));
        deductible.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1600", Keys.TAB);
        browser.driver.findElement(By.id("tabs:planForm:savePlan")).click();
        assertThat(browser.waitForText(By.id("messages"), "Northwind Gold PPO saved")).as(messages()).isTrue();
        assertThat(browser.waitForText(By.id("tabs:planForm:plans"), "1600")).isTrue();

        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.getWidgetById('tabs').select(1);");
        type("tabs:coverageForm:mrn", "MRN-100871");
        browser.driver.findElement(By.id("tabs:coverageForm:search")).click();
        assertThat(browser.waitForText(By.id("tabs:coverageForm:coverages"), "Daniel Ortiz")).isTrue();
        browser.screenshot("billing-plans-coverage");
        signOut();
    }
}
