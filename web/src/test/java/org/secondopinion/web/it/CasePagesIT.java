package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The case pages keep the reader's place (issue 10, item 15), ask before an irreversible step (item 16), and the
 * specialist's home page lists the work waiting on them (item 23). Cases are arranged through the REST API.
 */
class CasePagesIT extends BrowserTestBase {

    // ---- item 15: the tab and the scroll position --------------------------------------------------------

    @Test
    void keepsTheOpenTabAndTheScrollPositionAfterAnActionOnAnotherTab() throws Exception {
        Case collecting = collectingRecords("Tab Keeper");
        signInAs("coordinator");
        browser.driver.manage().window().setSize(new Dimension(1280, 520));
        try {
            CasePage page = new CasePage(browser.driver);
            browser.driver.get(base + "referral/case.xhtml?id=" + collecting.id);
            page.tab("Records");
            WebElement received = browser.driver.findElement(By.id("tabs:recordsForm:records:2:received"));
            js("arguments[0].scrollIntoView({block: 'center'});", received);
            long before = ((Number) js("return window.scrollY;")).longValue();
            assertThat(before).as("the page is scrolled down to the checklist").isGreaterThan(50);

            page.click("tabs:recordsForm:records:2:received");

            assertThat(browser.waitForText(By.id("messages"), "Checklist updated")).isTrue();
            assertThat(page.activeTab()).isEqualTo("Records");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5))
                    .until(d -> Math.abs(((Number) js("return window.scrollY;")).longValue() - before) <= 40);
            long after = ((Number) js("return window.scrollY;")).longValue();
            assertThat(after).as("scrolled back to where the user was").isBetween(before - 40, before + 40);
            browser.screenshot("case-tab-kept");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void keepsTheOpenTabWhenThePageIsReloaded() throws Exception {
        Case collecting = collectingRecords("Reload Reader");
        signInAs("coordinator");
        CasePage page = new CasePage(browser.driver);
        browser.driver.get(base + "referral/case.xhtml?id=" + collecting.id);
        page.tab("History");
        assertThat(page.activeTab()).isEqualTo("History");

        PageLoads.submitting(browser.driver, () -> browser.driver.navigate().refresh());

        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> "History".equals(page.activeTab()));
        assertThat(page.activeTab()).isEqualTo("History");
    }

    /** What a referring system sent beside the page's fields (FHIR intake: coverage, NPIs) shows on the case. */
    @Test
    void showsTheCoverageAndProviderNumbersTheSenderGave() throws Exception {
        String mrn = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        String form = ReferralBody.aReferral("Covered " + mrn, "1968-05-06", mrn)
                .with("coveragePayor", "Blue Valley Health").with("coveragePlan", "Gold PPO 500")
                .with("coverageMemberId", "W123456789").with("firstPhysicianNpi", "1234567893").json();
        Case created = send("POST", "referrals", "coordinator", form);
        signInAs("coordinator");
        browser.driver.get(base + "referral/case.xhtml?id=" + created.id);
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Blue Valley Health Gold PPO 500 W123456789").contains("1234567893");
    }

    // ---- item 16: confirmation ----------------------------------------------------------------------------

    @Test
    void asksBeforeCancellingACaseAndDoesNothingWhenTheAnswerIsNo() throws Exception {
        Case collecting = collectingRecords("Careful Canceller");
        signInAs("coordinator");
        CasePage page = new CasePage(browser.driver);
        browser.driver.get(base + "referral/case.xhtml?id=" + collecting.id);
        ConfirmDialog dialog = new ConfirmDialog(browser.driver);

        browser.driver.findElement(By.id("caseForm:cancel")).click();
        assertThat(dialog.message()).contains("cancelled").contains("cannot be undone");
        browser.screenshot("case-confirm-cancel");
        dialog.no();
        assertThat(dialog.isShown()).isFalse();
        assertThat(page.status()).isEqualTo("Records pending");
        browser.driver.navigate().refresh();
        assertThat(page.status()).as("nothing was sent").isEqualTo("Records pending");

        page.type("caseForm:reason", "The patient withdrew the request");
        page.clickConfirmed("caseForm:cancel");
        assertThat(browser.waitForText(By.id("caseStatus"), "Cancelled")).as(page.messages()).isTrue();
    }

    // ---- item 23: the specialist's home page ------------------------------------------------------------

    @Test
    void showsTheSpecialistTheCasesWaitingOnThemDueFirstEachLinkingToItsCase() throws Exception {
        Case offered = offeredToTheDemoSpecialist("Offer Waiting");
        Case inReview = step(step(offeredToTheDemoSpecialist("Review Due"), "specialist", "ACCEPT"), "specialist",
                "START_REVIEW");
        Case askedForMore = step(step(offeredToTheDemoSpecialist("Info Pending"), "specialist", "ACCEPT"), "specialist",
                "START_REVIEW");
        askedForMore = send("POST", "referrals/" + askedForMore.id + "/information-requests", "specialist",
                "{\"version\":%d,\"type\":\"REPEAT_DIAGNOSTICS\",\"what\":\"A new MRI of the lumbar spine\"}"
                        .formatted(askedForMore.version));
        assertThat(askedForMore.json).contains("\"status\":\"INFO_REQUESTED\"");

        signInAs("specialist");
        String work = browser.driver.findElement(By.id("myWork")).getText();
        assertThat(work).contains(inReview.reference).contains("Opinion due")
                .contains(offered.reference).contains("Offered to you")
                .as("the records asked for have not come in: nothing to do yet").doesNotContain(askedForMore.reference);
        assertThat(browser.driver.findElements(By.id("recent"))).as("no audit rows").isEmpty();

        // the records asked for come in: the case now waits on the specialist
        String requested = recordIds(askedForMore.json, true).get(0);
        send("PUT", "referrals/" + askedForMore.id + "/records/" + requested, "coordinator",
                "{\"version\":%d,\"state\":\"RECEIVED\"}".formatted(askedForMore.version));
        browser.driver.navigate().refresh();
        work = browser.driver.findElement(By.id("myWork")).getText();
        assertThat(work).contains(askedForMore.reference).contains("has come in");
        assertThat(work.indexOf(inReview.reference)).as("dated work before undated offers")
                .isLessThan(work.indexOf(offered.reference));
        browser.screenshot("specialist-home-work");

        PageLoads.submitting(browser.driver, () -> browser.driver.findElement(By.linkText(inReview.reference)).click());
        assertThat(browser.waitForText(By.id("caseTitle"), inReview.reference)).isTrue();
        assertThat(new CasePage(browser.driver).status()).isEqualTo("In review");
    }

    // ---- arranging cases over REST ---------------------------------------------------------------------------

    private record Case(long id, long version, String reference, String json) {
    }

    private Case collectingRecords(String patient) throws Exception {
        String mrn = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        String form = ReferralBody.aReferral(patient + " " + mrn, "1971-03-04", mrn)
                .diagnosis("M48.061", "Spinal stenosis, lumbar region").treatment("SURGERY", "Laminectomy")
                .reason("Unsure whether surgery can wait").json();
        Case created = send("POST", "referrals", "coordinator", form);
        return step(created, "coordinator", "START_RECORDS");
    }

    private Case offeredToTheDemoSpecialist(String patient) throws Exception {
        Case current = collectingRecords(patient);
        for (String record : recordIds(current.json, false)) {
            current = send("PUT", "referrals/" + current.id + "/records/" + record, "coordinator",
                    "{\"version\":%d,\"state\":\"RECEIVED\"}".formatted(current.version));
        }
        current = step(current, "coordinator", "COMPLETE_RECORDS");
        HttpResponse<String> candidates = api().send(request("referrals/" + current.id + "/candidates", "coordinator")
                .GET());
        Matcher okafor = Pattern.compile("\\{[^{}]*\"name\":\"Dr\\. Samuel Okafor\"[^{}]*}").matcher(candidates.body());
        assertThat(okafor.find()).as(candidates.body()).isTrue();
        long practitioner = number(okafor.group(), "practitionerId");
        return send("POST", "referrals/" + current.id + "/offer", "coordinator",
                "{\"version\":%d,\"practitionerId\":%d}".formatted(current.version, practitioner));
    }

    private Case step(Case current, String username, String step) throws Exception {
        return send("POST", "referrals/" + current.id + "/steps", username,
                "{\"version\":%d,\"step\":\"%s\"}".formatted(current.version, step));
    }

    private Case send(String method, String path, String username, String json) throws Exception {
        HttpResponse<String> response = api().send(request(path, username).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        String body = response.body();
        Matcher reference = Pattern.compile("\"reference\":\"(SO-\\d+)\"").matcher(body);
        assertThat(reference.find()).as(body).isTrue();
        return new Case(Long.parseLong(reference.group(1).substring(3)), number(body, "version"), reference.group(1), body);
    }

    /** The checklist items of a case: those still asked for ({@code bySpecialist} false) or those the specialist asked for. */
    private static List<String> recordIds(String json, boolean bySpecialist) {
        Matcher records = Pattern.compile("\"records\":\\[(.*?)]").matcher(json);
        assertThat(records.find()).as(json).isTrue();
        return Pattern.compile("\\{[^{}]*}").matcher(records.group(1)).results().map(java.util.regex.MatchResult::group)
                .filter(record -> record.contains("\"state\":\"REQUESTED\""))
                .filter(record -> record.contains("\"requestedBySpecialist\":" + bySpecialist))
                .map(record -> String.valueOf(number(record, "id"))).toList();
    }

    private HttpRequest.Builder request(String path, String username) {
        return api().request(path, username).header("Accept", "application/json");
    }

    private static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }
}
