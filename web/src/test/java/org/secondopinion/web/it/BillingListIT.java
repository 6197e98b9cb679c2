package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.it.ApiClient.array;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The billing estimates list is paged and sorted in the database (issue 10, item 18): through the boundary behind
 * {@code GET /api/estimates?first=&max=&sort=&desc=}, whose default answer is unchanged, and on the page, whose
 * table has a paginator.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BillingListIT extends BrowserTestBase {

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
