package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page shows, in a real browser: no serious or critical accessibility violation (axe-core) on any page
 * of any role, one "not found" page for a bad, missing or unknown id (and for another firm's case), a link to the
 * open case from the duplicate-intake warning, each validation message once, and option cards whose labels stand
 * apart. The shared {@link Browser} fails the class if any page showed a missing message key.
 */
class PagesIT extends BrowserTestBase {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    @ParameterizedTest(name = "every page of {0} passes axe-core")
    @CsvSource(delimiter = '|', value = {
            "coordinator | coordinator/index.xhtml, coordinator/worklist.xhtml, coordinator/intake.xhtml, "
                    + "coordinator/dashboard.xhtml, directory/index.xhtml, legal/cases.xhtml, legal/calendar.xhtml, "
                    + "legal/rules.xhtml, legal/disclosures.xhtml, account.xhtml, REFERRAL, LEGAL_CASE",
            "specialist  | specialist/index.xhtml, specialist/cases.xhtml, legal/cases.xhtml, account.xhtml",
            "billing     | billing/index.xhtml, billing/estimates.xhtml, billing/plans.xhtml, billing/fee-schedules.xhtml, "
                    + "billing/accuracy.xhtml, account.xhtml, ESTIMATE",
            "legal       | legal/index.xhtml, legal/cases.xhtml, legal/calendar.xhtml, legal/rules.xhtml, account.xhtml, "
                    + "LEGAL_CASE",
            "admin       | admin/index.xhtml, admin/users.xhtml, admin/firms.xhtml, admin/case-files.xhtml, admin/audit.xhtml, admin/api-clients.xhtml, admin/jobs.xhtml, "
                    + "coordinator/dashboard.xhtml, billing/accuracy.xhtml, directory/index.xhtml, account.xhtml"})
    void everyPageOfEveryRoleHasNoSeriousAccessibilityViolation(String username, String pages) throws Exception {
        signInAsRole(username);
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String page : pages.split(",")) {
            String address = switch (page.strip()) {
                case "REFERRAL" -> "referral/case.xhtml?id=" + firstId("coordinator/worklist.xhtml", "referral/case.xhtml");
                case "LEGAL_CASE" -> "legal/case.xhtml?id=" + firstId("legal/cases.xhtml", "legal/case.xhtml");
                case "ESTIMATE" -> "billing/estimate.xhtml?id=" + estimateWithOptions();
                default -> page.strip();
            };
            browser.driver.get(base + address);
            waitForPage();
            List<String> found = browser.accessibilityViolations();
            if (!found.isEmpty()) {
                browser.screenshot("axe-" + username + "-" + address.replaceAll("[^A-Za-z0-9]+", "-"));
                violations.put(address, found);
            }
        }
        assertThat(violations).as("axe-core serious or critical violations of " + username + "'s pages").isEmpty();
        assertThat(browser.missingMessageKeys()).isEmpty();
    }

    @Test
    void theLoginAndErrorPagesPassAxeCore() throws Exception {
        browser.driver.manage().deleteAllCookies();
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String address : List.of("login.xhtml", "expired.xhtml", "no-such-page.xhtml")) {
            browser.driver.get(base + address);
            waitForPage();
            List<String> found = browser.accessibilityViolations();
            if (!found.isEmpty()) {
                violations.put(address, found);
            }
        }
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0} opening {1}?id={2} gets the not-found page")
    @CsvSource({
            "coordinator, referral/case.xhtml, abc",
            "coordinator, referral/case.xhtml, 999999",
            "coordinator, referral/case.xhtml, -1",
            "coordinator, referral/case.xhtml, ''",
            "legal,       legal/case.xhtml,    abc",
            "legal,       legal/case.xhtml,    999999",
            "legal,       legal/case.xhtml,    ''",
            "coordinator, legal/case.xhtml,    999999",
            "billing,     billing/estimate.xhtml, abc",
            "billing,     billing/estimate.xhtml, 999999",
            "billing,     billing/estimate.xhtml, ''"})
    void aBadMissingOrUnknownIdShowsTheNotFoundPage(String username, String page, String id) throws Exception {
        signInAsRole(username);
        String address = base + page + (id.isEmpty() ? "" : "?id=" + id);

        assertThat(get(address).statusCode()).isEqualTo(404);
        browser.driver.get(address);
        assertThat(browser.waitForText(By.id("errorTitle"), "not found")).isTrue();
        String said = browser.driver.findElement(By.id("notFound")).getText();
        if (id.isEmpty()) {
            assertThat(said).startsWith("The address does not say which");
        } else {
            assertThat(said).startsWith("There is no").contains("\"" + id + "\"");
        }
        assertThat(said).doesNotContainPattern("[A-Z][a-z]+[A-Z][a-z]+").doesNotContain("Exception");
        assertThat(browser.driver.findElement(By.id("backHome")).getDomAttribute("href")).endsWith("/index.xhtml");
    }

    /** The administrators' oversight lists the demo firm's case with its counts and never its claimant or matter. */
    @Test
    void anAdministratorOverseesEveryFirmsCaseFilesWithoutTheClaimant() throws Exception {
        signInAsRole("admin");
        browser.driver.get(base + "admin/case-files.xhtml");
        waitForPage();

        String table = browser.driver.findElement(By.id("caseFilesForm:cases")).getText();
        assertThat(table).contains("Harper & Vance LLP").contains("LR-").contains("Open");
        assertThat(browser.driver.getPageSource()).doesNotContain("Marek Novak").doesNotContain("HV-2026-0142")
                .doesNotContain("Ruth Harper");
        assertThat(browser.driver.findElement(By.id("menuForm:menu")).getText()).contains("Case files oversight");
    }

    /** An administrator registers a system as an API client and sees its secret on that page only, once. */
    @Test
    void anAdministratorRegistersAnApiClientAndSeesItsSecretOnce() throws Exception {
        signInAsRole("admin");
        browser.driver.get(base + "admin/api-clients.xhtml");
        waitForPage();
        assertThat(browser.driver.findElement(By.id("clientsForm:clients")).getText()).contains("ehr-demo");
        assertThat(browser.driver.findElement(By.id("menuForm:menu")).getText()).contains("API clients");

        String clientId = "page-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.driver.findElement(By.id("newClientForm:clientId")).sendKeys(clientId);
        browser.driver.findElement(By.id("newClientForm:displayName")).sendKeys("Page EHR");
        browser.driver.findElements(By.cssSelector("[id='newClientForm:scopes'] .ui-chkbox-box")).get(0).click();
        browser.driver.findElement(By.id("newClientForm:register")).click();

        assertThat(browser.waitForText(By.id("clientsForm:clients"), clientId)).isTrue();
        String secret = browser.driver.findElement(By.id("secretValue")).getText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(browser.driver.findElement(By.id("secretClient")).getText()).isEqualTo(clientId);
        browser.driver.get(base + "admin/api-clients.xhtml");
        waitForPage();
        assertThat(browser.driver.getPageSource()).contains(clientId).doesNotContain(secret);
    }

    @Test
    void anAdministratorBindsALegalClientToAFirmItMustChoose() throws Exception {
        signInAsRole("admin");
        browser.driver.get(base + "admin/api-clients.xhtml");
        waitForPage();
        String clientId = "firm-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.driver.findElement(By.id("newClientForm:clientId")).sendKeys(clientId);
        browser.driver.findElement(By.id("newClientForm:displayName")).sendKeys("Firm DMS");
        LegalCasePage form = new LegalCasePage(browser);
        form.checkBox("newClientForm:scopes", "legal.cases");
        browser.driver.findElement(By.id("newClientForm:register")).click();
        assertThat(browser.waitForText(By.id("messages"), "choose the firm")).isTrue();
        assertThat(browser.driver.findElement(By.id("clientsForm:clients")).getText()).doesNotContain(clientId);

        form.chooseByLabel("newClientForm:firm", "Harper");
        browser.driver.findElement(By.id("newClientForm:register")).click();

        assertThat(browser.waitForText(By.id("clientsForm:clients"), clientId)).isTrue();
        assertThat(browser.driver.findElement(By.id("clientsForm:clients")).getText()).containsPattern("legal\\.cases:\\d+");
    }

    @Test
    void anotherFirmsCaseLooksExactlyLikeAMissingOne() throws Exception {
        signInAsRole("legal");
        long harpers = firstId("legal/cases.xhtml", "legal/case.xhtml");

        signInAsRole("legal.other");
        HttpResponse<String> walled = get(base + "legal/case.xhtml?id=" + harpers);
        browser.driver.get(base + "legal/case.xhtml?id=" + harpers);
        browser.waitForText(By.id("errorTitle"), "not found");
        String walledText = browser.driver.findElement(By.id("errorCard")).getText();
        HttpResponse<String> missing = get(base + "legal/case.xhtml?id=999999");
        browser.driver.get(base + "legal/case.xhtml?id=999999");
        browser.waitForText(By.id("errorTitle"), "not found");
        String missingText = browser.driver.findElement(By.id("errorCard")).getText();

        assertThat(walled.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        // each page carries its own request id; apart from it and the number asked for, they must be the same
        assertThat(walledText).contains("Request id");
        assertThat(withoutRequestId(walledText).replace(String.valueOf(harpers), "N"))
                .isEqualTo(withoutRequestId(missingText).replace("999999", "N"));
    }

    @Test
    void theDuplicateIntakeWarningLinksTheOpenCase() throws Exception {
        signInAsRole("coordinator");
        CasePage page = new CasePage(browser.driver);
        browser.driver.get(base + "coordinator/intake.xhtml");
        // the demo case of Ingrid Solberg is open for the same MRN and diagnosis
        page.type("intakeForm:patientName", "Ingrid Solberg");
        page.typeDate("intakeForm:birthDate_input", "1961-03-14");
        page.type("intakeForm:mrn", "MRN-100234");
        page.chooseByLabel("intakeForm:firstPhysicianId", "Dr. Maria Jensen");
        page.type("intakeForm:firstPhysicianName", "Dr. Maria Jensen");
        page.type("intakeForm:diagnosisCode", "M48.061");
        page.type("intakeForm:diagnosisText", "Spinal stenosis, lumbar region");
        page.choose("intakeForm:treatmentKind", "SURGERY");
        page.type("intakeForm:treatmentText", "Laminectomy");
        page.type("intakeForm:specialty_input", "Orthopaedic surgery");
        page.type("intakeForm:reason", "A second request from the same patient");
        page.choose("intakeForm:urgency", "ROUTINE");
        page.tick("intakeForm:consent");
        page.click("intakeForm:takeIn");
        assertThat(browser.waitForText(By.id("intakeForm:duplicatePanel"), "SO-")).as(page.messages()).isTrue();
        browser.screenshot("pages-duplicate-warning");

        WebElement link = browser.driver.findElement(By.cssSelector("[id='intakeForm:duplicatePanel'] a[href*='referral/case.xhtml?id=']"));
        String reference = link.getText();
        assertThat(reference).matches("SO-\\d{6}");
        link.click();
        assertThat(browser.waitForText(By.id("caseTitle"), "Ingrid Solberg")).isTrue();
        assertThat(browser.driver.getCurrentUrl()).contains("id=" + Long.parseLong(reference.substring(3)));
    }

    @Test
    void eachValidationMessageShowsOnce() throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base + "login.xhtml");
        PageLoads.submitting(browser.driver, () -> browser.driver.findElement(By.id("login:submit")).click());
        assertThat(repeatedLines(browser.driver.findElement(By.id("login")).getText())).isEmpty();
        assertThat(browser.driver.findElement(By.id("login")).getText()).contains("required");

        signInAsRole("coordinator");
        browser.driver.get(base + "coordinator/intake.xhtml");
        new CasePage(browser.driver).click("intakeForm:takeIn");
        assertThat(browser.waitForText(By.id("messages"), "required")).isTrue();
        assertThat(repeatedLines(browser.driver.findElement(By.id("messages")).getText())).isEmpty();

        signInAsRole("admin");
        browser.driver.get(base + "admin/users.xhtml");
        browser.driver.findElement(By.id("usersForm:newAccount")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("accountForm:save")).isDisplayed());
        browser.driver.findElement(By.id("accountForm:save")).click();
        assertThat(browser.waitForText(By.id("accountForm"), "required")).isTrue();
        assertThat(repeatedLines(browser.driver.findElement(By.id("accountForm")).getText())).isEmpty();
    }

    @Test
    void optionCardsShowEachLabelApartAndEnumsByTheirLabels() throws Exception {
        signInAsRole("billing");
        long id = estimateWithOptions();
        browser.driver.get(base + "billing/estimate.xhtml?id=" + id);
        assertThat(browser.waitForText(By.id("estimateStatus"), "Draft")).isTrue();
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#optionCards .option-card .form-grid"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
        for (WebElement grid : cards) {
            Object loose = ((JavascriptExecutor) browser.driver).executeScript(
                    "return [...arguments[0].childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).length;",
                    grid);
            assertThat(((Number) loose).intValue()).as("text outside a cell of " + grid.getText()).isZero();
            assertThat(grid.findElements(By.xpath("./*")).size() % 2).as("label and value pairs").isZero();
        }
        for (String select : List.of("estimateForm:purpose_input")) {
            List<String> options = browser.driver.findElements(By.cssSelector("[id='" + select + "'] option")).stream()
                    .map(o -> o.getDomProperty("text")).toList();
            assertThat(options).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain("_").isNotBlank());
        }
        browser.screenshot("pages-option-cards");
    }

    /** The lines of a text that occur more than once. */
    private static List<String> repeatedLines(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.strip().length() > 12) {
                counts.merge(line.strip(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private void signInAsRole(String username) {
        assertThat(signInAfresh(username).isShown()).as(username + " signed in").isFalse();
    }

    private void waitForPage() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /** The id in the first link to a record page on a list page. */
    private long firstId(String listPage, String recordPage) {
        browser.driver.get(base + listPage);
        WebElement link = browser.driver.findElement(By.cssSelector("a[href*='" + recordPage + "?id=']"));
        return Long.parseLong(link.getDomAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** A draft self-pay estimate with a workup line and two treatment options, made through the API. */
    private long estimateWithOptions() throws Exception {
        String schedules = api("GET", "fee-schedules", null).body();
        Matcher schedule = Pattern.compile("\\{[^{}]*lakeside-standard-charges\\.csv[^{}]*}").matcher(schedules);
        assertThat(schedule.find()).as(schedules).isTrue();
        Matcher scheduleId = ID.matcher(schedule.group());
        assertThat(scheduleId.find()).isTrue();
        HttpResponse<String> created = api("POST", "estimates", EstimateBody.anEstimate("MRN-PAGES-1", "Paula Pages",
                "1970-05-06", Long.parseLong(scheduleId.group(1))).json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).isTrue();
        String estimate = created.body();
        String hospital = "\"providerName\":\"Lakeside General Hospital\",\"providerNpi\":\"1427051135\","
                + "\"providerTin\":\"36-4455667\",\"providerLocation\":\"100 Lake Shore Drive, Springfield\","
                + "\"providerState\":\"IL\"";
        for (String line : List.of(
                "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-01-04\"",
                "\"workup\":false,\"option\":\"Knee replacement\",\"category\":\"SURGERY\",\"code\":\"27447\","
                        + "\"serviceDate\":\"2027-01-04\"",
                "\"workup\":false,\"option\":\"Injections\",\"category\":\"OTHER\",\"code\":\"20610\","
                        + "\"serviceDate\":\"2027-01-04\"")) {
            Matcher version = VERSION.matcher(estimate);
            assertThat(version.find()).isTrue();
            HttpResponse<String> added = api("POST", "estimates/" + id.group(1) + "/lines",
                    "{\"version\":" + version.group(1) + "," + hospital + "," + line + "}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            estimate = added.body();
        }
        return Long.parseLong(id.group(1));
    }

    /** A call of the billing officer's. */
    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        return api().call(method, path, json, "billing");
    }

    /** A GET in the browser's signed-in session. */
    private HttpResponse<String> get(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", browserCookies()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String withoutRequestId(String page) {
        return page.replaceAll("(Request id \\(quote it to IT\\): )\\S+", "$1X");
    }
}
