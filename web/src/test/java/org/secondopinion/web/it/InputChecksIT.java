package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 10, items 2, 3, 8, 12 and 17: what staff type is what is saved, or it is refused naming the field (400 on
 * the API, a message on the page), never changed without a word and never a 500.
 */
class InputChecksIT extends BrowserTestBase {

    @Test
    void refusesADateThatDoesNotExistNamingTheField() throws Exception {
        HttpResponse<String> refused = post("legal/cases",
                aCase("Ann Lee").with("claimantBirthDate", "1980-02-31").json());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"field\":\"claimantBirthDate\"").contains("is not a date that exists")
                .doesNotContain("java.").doesNotContain("yasson").doesNotContain("Jsonb");
    }

    @Test
    void refusesAnIncidentDateOf1900NamingTheField() throws Exception {
        HttpResponse<String> refused = post("legal/cases", aCase("Ann Lee").with("incidentDate", "1900-01-01").json());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"incidentDate\"")
                .contains("Incident date must be from 1950-01-01 up to today.");

        HttpResponse<String> calendar = get("legal/calendar");
        assertThat(calendar.statusCode()).as(calendar.body()).isEqualTo(200);
    }

    @Test
    void theDeadlineCalendarPagesByCases() throws Exception {
        // two more cases of the firm, each with a coming certificate-of-merit or limitations date
        for (String claimant : List.of("Cal One", "Cal Two")) {
            HttpResponse<String> created = post("legal/cases", aCase(claimant).json());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        Set<Long> all = calendarCases(get("legal/calendar"));
        Set<Long> newest = calendarCases(get("legal/calendar?max=1"));
        Set<Long> next = calendarCases(get("legal/calendar?first=1&max=1"));

        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        assertThat(newest).hasSize(1);
        assertThat(next).hasSize(1).doesNotContainAnyElementsOf(newest);
        assertThat(all).containsAll(newest).containsAll(next);
        assertThat(calendarCases(get("legal/calendar?first=10000"))).isEmpty();

        HttpResponse<String> badFirst = get("legal/calendar?first=-1");
        assertThat(badFirst.statusCode()).as(badFirst.body()).isEqualTo(400);
        assertThat(badFirst.body()).contains("\"field\":\"first\"");
        HttpResponse<String> badMax = get("legal/calendar?max=501");
        assertThat(badMax.statusCode()).as(badMax.body()).isEqualTo(400);
        assertThat(badMax.body()).contains("\"field\":\"max\"");
    }

    private static Set<Long> calendarCases(HttpResponse<String> calendar) {
        assertThat(calendar.statusCode()).as(calendar.body()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(calendar.body())).readArray().stream()
                .map(entry -> entry.asJsonObject().getJsonNumber("caseId").longValue())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void refusesABirthDateInTheFuture() throws Exception {
        HttpResponse<String> refused = post("legal/cases",
                aCase("Ann Lee").with("claimantBirthDate", "2999-01-01").json());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"claimantBirthDate\"");
    }

    @Test
    void refusesAJurisdictionThatIsNoUsStateOrTerritory() throws Exception {
        HttpResponse<String> refused = post("legal/cases", aCase("Ann Lee").jurisdiction("ZZ").json());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"jurisdiction\"").contains("US state");
    }

    @Test
    void refusesABidiOverrideOrAControlCharacterInANameNamingTheField() throws Exception {
        HttpResponse<String> bidi = post("legal/cases", aCase("Ann\\u202ELee").json());
        assertThat(bidi.statusCode()).as(bidi.body()).isEqualTo(400);
        assertThat(bidi.body()).contains("\"field\":\"claimantName\"").contains("U+202E");

        HttpResponse<String> nul = post("legal/cases", aCase("Ann\\u0000Lee").json());
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body()).contains("\"field\":\"claimantName\"").contains("U+0000");
    }

    @Test
    void refusesAnOverLongHoldReasonNamingTheFieldInsteadOfFailing() throws Exception {
        HttpResponse<String> created = post("legal/cases", aCase("Bea Long").jurisdiction("pr").json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"jurisdiction\":\"PR\"");
        long caseId = jakarta.json.Json.createReader(new java.io.StringReader(created.body())).readObject()
                .getJsonNumber("id").longValue();

        HttpResponse<String> tooLong = post("legal/cases/" + caseId + "/holds", "{\"reason\":\"" + "x".repeat(401) + "\"}");
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"reason\"").contains("at most 400 characters");

        HttpResponse<String> withNewlines = post("legal/cases/" + caseId + "/holds",
                "{\"reason\":\"Litigation expected.\\nKeep every record.\"}");
        assertThat(withNewlines.statusCode()).as(withNewlines.body()).isEqualTo(201);
    }

    @Test
    void aTypedDateThatDoesNotExistIsRefusedOnThePageNamingTheField() {
        signIn("coordinator");
        browser.driver.get(base + "coordinator/intake.xhtml");
        WebElement birthDate = browser.driver.findElement(By.id("intakeForm:birthDate_input"));

        birthDate.click();
        birthDate.sendKeys("1980-02-31");
        assertThat(birthDate.getAttribute("value")).as("typed, not blocked").isEqualTo("1980-02-31");
        browser.driver.findElement(By.id("intakeForm:patientName")).click();
        assertThat(birthDate.getAttribute("value")).as("kept after leaving the field").isEqualTo("1980-02-31");
        browser.driver.findElement(By.id("intakeForm:takeIn")).click();

        assertThat(browser.waitForText(By.tagName("body"), "1980-02-31 is not a date that exists"))
                .as(browser.driver.findElement(By.tagName("body")).getText()).isTrue();
        String page = browser.driver.findElement(By.tagName("body")).getText().toLowerCase(Locale.ROOT);
        assertThat(page).contains("birth");
    }

    /** A case with one defendant named only, and a Bates prefix of its own. */
    private static LegalCaseBody aCase(String claimant) {
        String prefix = "IC" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        return LegalCaseBody.aCase(claimant, prefix).againstOnly("Dr. Example Surgeon");
    }

    /** A call of the firm's lawyer. */
    private HttpResponse<String> post(String path, String json) throws Exception {
        return api().post(path, json, "legal");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return api().get(path, "legal");
    }
}
