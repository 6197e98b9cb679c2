package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.it.ApiClient.array;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.secondopinion.estimate.control.GoodFaithEstimateDeadline;

/**
 * Billing staff in a real browser, one server for the lot. The estimates list is paged and sorted in the database
 * (issue 10, item 18): through the boundary behind {@code GET /api/estimates?first=&max=&sort=&desc=}, whose default
 * answer is unchanged, and on the page, whose table has a paginator (these run first, in their order). Then the
 * journeys: a price file imported on the page and followed to its report, a Good Faith Estimate from the price file
 * to the PDF the patient gets, and a plan's benefit design changed beside a patient's coverage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BillingJourneyIT extends BrowserTestBase {

    private static final int ESTIMATES = 30;
    private static final String MRN = "PAGE-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    @Order(1)
    void pagesAndSortsAPatientsEstimatesInTheDatabase() throws Exception {
        long schedule = demoSchedule();
        for (int i = 0; i < ESTIMATES; i++) {
            // created in a shuffled order, so that creation order and name order differ
            int n = (i * 7) % ESTIMATES;
            HttpResponse<String> created = call("POST", "estimates", EstimateBody.anEstimate(MRN,
                    "Pager %02d".formatted(n), "1970-01-01", schedule).primaryService("Second opinion")
                    .without("diagnosisCodes").without("serviceDate").json());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        HttpResponse<String> second = call("GET", "estimates?mrn=" + MRN + "&sort=PATIENT&desc=false&first=10&max=10", null);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(names(second.body())).containsExactly("Pager 10", "Pager 11", "Pager 12", "Pager 13", "Pager 14",
                "Pager 15", "Pager 16", "Pager 17", "Pager 18", "Pager 19");
        assertThat(second.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(ESTIMATES));

        HttpResponse<String> last = call("GET", "estimates?mrn=" + MRN + "&sort=PATIENT&desc=true&first=0&max=3", null);
        assertThat(names(last.body())).containsExactly("Pager 29", "Pager 28", "Pager 27");

        HttpResponse<String> tail = call("GET", "estimates?mrn=" + MRN + "&sort=PATIENT&first=28&max=25", null);
        assertThat(names(tail.body())).containsExactly("Pager 28", "Pager 29");

        HttpResponse<String> newest = call("GET", "estimates?mrn=" + MRN + "&sort=CREATED&desc=true&max=2", null);
        assertThat(names(newest.body())).as("the last two created").containsExactly(
                "Pager %02d".formatted(((ESTIMATES - 1) * 7) % ESTIMATES), "Pager %02d".formatted(((ESTIMATES - 2) * 7) % ESTIMATES));
    }

    @Test
    @Order(2)
    void keepsTheDefaultAnswerAndRefusesAPageItDoesNotServe() throws Exception {
        HttpResponse<String> all = call("GET", "estimates?mrn=" + MRN, null);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(array(all.body())).as("a patient's estimates, all of them, as before").hasSize(ESTIMATES);

        HttpResponse<String> tooBig = call("GET", "estimates?max=100000", null);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(tooBig.body()).contains("max");
        HttpResponse<String> negative = call("GET", "estimates?first=-1", null);
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("first");
    }

    @Test
    @Order(2)
    void pagesThePriceFilesTheirChargesAndThePlansTheSameWay() throws Exception {
        HttpResponse<String> oneFile = call("GET", "fee-schedules?first=0&max=1", null);
        assertThat(oneFile.statusCode()).as(oneFile.body()).isEqualTo(200);
        assertThat(array(oneFile.body())).hasSize(1);
        assertThat(Long.parseLong(oneFile.headers().firstValue("X-Total-Count").orElseThrow())).isPositive();

        long schedule = demoSchedule();
        HttpResponse<String> allCharges = call("GET", "fee-schedules/" + schedule + "/charges?code=99204", null);
        JsonArray charges = array(allCharges.body());
        assertThat(charges).as(allCharges.body()).isNotEmpty();
        HttpResponse<String> firstCharge = call("GET", "fee-schedules/" + schedule + "/charges?code=99204&first=0&max=1", null);
        assertThat(array(firstCharge.body())).containsExactly(charges.get(0));
        HttpResponse<String> pastTheEnd = call("GET", "fee-schedules/" + schedule + "/charges?code=99204&first="
                + charges.size() + "&max=5", null);
        assertThat(array(pastTheEnd.body())).isEmpty();

        HttpResponse<String> plans = call("GET", "billing/plans", null);
        List<String> byPlanName = array(plans.body()).getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("planName")).sorted().toList();
        HttpResponse<String> firstTwo = call("GET", "billing/plans?sort=PLAN&first=0&max=2", null);
        assertThat(array(firstTwo.body()).getValuesAs(JsonObject.class).stream().map(p -> p.getString("planName")))
                .containsExactlyElementsOf(byPlanName.subList(0, 2));
        assertThat(firstTwo.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(byPlanName.size()));
    }

    @Test
    @Order(3)
    void showsTheEstimatesAPageAtATimeWithAPaginatorAndSortsByAColumn() throws Exception {
        signInAfresh("billing");
        assertThat(browser.waitForText(By.id("currentUser"), "billing")).isTrue();
        browser.driver.get(base + "billing/estimates.xhtml");

        WebElement paginator = browser.driver.findElement(By.cssSelector("[id^='searchForm:estimates_paginator']"));
        assertThat(paginator.isDisplayed()).isTrue();
        assertThat(paginator.findElements(By.className("ui-paginator-page")).size()).as("more than one page")
                .isGreaterThan(1);
        assertThat(rows()).hasSize(25);

        browser.driver.findElement(By.id("searchForm:mrn")).sendKeys(MRN);
        browser.driver.findElement(By.id("searchForm:search")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> rows().size() == 25 && rows().stream().allMatch(r -> r.getText().contains(MRN)));
        // sort by the patient's name, ascending
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    d.findElement(By.xpath("//th[contains(@class,'ui-sortable-column')]"
                            + "[.//span[normalize-space()='Patient name']]")).click();
                    return true;
                });
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> rows().get(0).getText().contains("Pager 00"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> rows().get(24).getText().contains("Pager 24"));
        browser.screenshot("billing-estimates-paged");
    }

    // ---- the journeys ----------------------------------------------------------------------------------

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

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#searchForm\\:estimates_data > tr[data-ri]"));
    }

    private long demoSchedule() throws Exception {
        return array(call("GET", "fee-schedules", null).body()).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("fileName").equals("lakeside-standard-charges.csv")).findFirst().orElseThrow()
                .getInt("id");
    }

    private static List<String> names(String json) {
        return array(json).getValuesAs(JsonObject.class).stream().map(e -> e.getString("patientName")).toList();
    }

    /** A call of the billing officer's, asking for JSON. */
    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = api().request(path, "billing").header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return api().send(request);
    }
}
