package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.secondopinion.estimate.control.GoodFaithEstimateDeadline;

/**
 * The web shell in a real browser: each role signs in, lands on its home page, sees
 * only its areas in the menu, is refused another role's area, and signs out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String PASSWORD = "SecondOpinion-demo";
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} sees the home page of {1} and is refused {2}")
    @CsvSource({
            "coordinator, Second-opinion department, /admin/index.xhtml",
            "specialist,  My reviews,                /coordinator/index.xhtml",
            "billing,     Billing estimates,         /legal/index.xhtml",
            "legal,       Malpractice reviews,       /billing/index.xhtml",
            "admin,       Administration,            /specialist/index.xhtml"})
    void eachRoleSeesItsHomeAndIsRefusedAnotherArea(String username, String home, String forbidden) throws Exception {
        LoginPage login = new LoginPage(browser.driver).open(base.toString());
        Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");
        login.signIn(username, PASSWORD);
        browser.screenshot("signed-in-" + username);

        ShellPage page = new ShellPage(browser.driver);
        assertThat(page.homeTitle()).isEqualTo(home);
        assertThat(page.signedInUser()).isEqualTo(username);
        assertThat(page.menuEntries()).contains(home);
        Cookie after = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).as("session id renewed at sign-in").isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Lax");
        browser.screenshot("home-" + username);

        browser.driver.get(base.toString() + forbidden.substring(1));
        assertThat(page.errorTitle()).isEqualTo("Access refused");
        assertThat(page.bodyText()).doesNotContain("Exception").doesNotContain("at org.");
        browser.screenshot("refused-" + username);

        browser.driver.get(base.toString() + "index.xhtml");
        page.signOut();
        assertThat(login.isShown()).isTrue();
        assertThat(browser.waitForText(By.id("login"), "You have signed out.")).isTrue();
        assertThat(browser.driver.manage().getCookieNamed("JSESSIONID"))
                .as("the signed-out session is gone").satisfiesAnyOf(
                        cookie -> assertThat(cookie).isNull(),
                        cookie -> assertThat(cookie.getValue()).isNotEqualTo(after.getValue()));
    }

    @Test
    void sendsAnonymousVisitorToSignInAndBackToThePageAskedFor() throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base.toString() + "admin/audit.xhtml");
        LoginPage login = new LoginPage(browser.driver);
        assertThat(login.isShown()).isTrue();
        login.signIn("admin", PASSWORD);

        assertThat(browser.waitForUrl("admin/audit.xhtml")).as(browser.driver.getCurrentUrl()).isTrue();
        browser.driver.findElement(By.id("auditForm:verify")).click();
        browser.screenshot("audit-verify-clicked");
        assertThat(browser.waitForText(By.id("messages"), "The audit chain is intact")).isTrue();
        assertThat(browser.driver.findElement(By.id("auditForm:entries")).getText()).contains("Signed in");
        browser.screenshot("audit-verified");
        new ShellPage(browser.driver).signOut();
    }

    @Test
    void importsAPriceFileOnThePageAndFollowsItToTheReport() throws Exception {
        browser.driver.manage().deleteAllCookies();
        new LoginPage(browser.driver).open(base.toString()).signIn("billing", PASSWORD);
        browser.driver.get(base + "billing/fee-schedules.xhtml");
        java.nio.file.Path file = java.nio.file.Path.of(BrowserIT.class.getClassLoader()
                .getResource("price-files/cms-v3-example-tall.csv").toURI());

        browser.driver.findElement(By.id("uploadForm:priceFile_input")).sendKeys(file.toString());

        assertThat(browser.waitForText(By.id("importStatus"), "Ready")).isTrue();
        assertThat(browser.driver.findElement(By.id("accepted")).getText()).isEqualTo("45");
        assertThat(browser.driver.findElement(By.id("rejected")).getText()).isEqualTo("0");
        browser.driver.findElement(By.id("scheduleForm:code")).sendKeys("99283");
        browser.driver.findElement(By.id("scheduleForm:lookUp")).click();
        assertThat(browser.waitForText(By.id("scheduleForm:charges"), "ER level 3")).isTrue();
        browser.screenshot("billing-fee-schedule");
        new ShellPage(browser.driver).signOut();
    }

    /**
     * A billing officer's Good Faith Estimate for an uninsured patient: the hospital's price file uploaded and
     * imported, a self-pay estimate opened on it, the workup and two treatment options priced side by side,
     * the estimate issued and locked with its due date, and the PDF the patient gets downloaded and read.
     */
    @Test
    void issuesAGoodFaithEstimateForAnUninsuredPatientAndDownloadsItsPdf() throws Exception {
        browser.driver.manage().deleteAllCookies();
        new LoginPage(browser.driver).open(base.toString()).signIn("billing", PASSWORD);

        // (1) the hospital's price file, imported until it is ready for estimates
        browser.driver.get(base + "billing/fee-schedules.xhtml");
        Path priceFile = Path.of(BrowserIT.class.getClassLoader()
                .getResource("price-files/lakeside-standard-charges.csv").toURI());
        browser.driver.findElement(By.id("uploadForm:priceFile_input")).sendKeys(priceFile.toString());
        assertThat(browser.waitForText(By.id("importStatus"), "Ready")).isTrue();
        assertThat(browser.driver.findElement(By.id("rejected")).getText()).isEqualTo("0");
        browser.screenshot("estimate-price-file");

        // (2) a new self-pay estimate for a patient with no coverage, on the file just imported
        LocalDate today = LocalDate.now();
        LocalDate serviceDate = today.plusWeeks(3);
        String patient = "Tomasz Wielgosz";
        browser.driver.get(base + "billing/estimates.xhtml");
        type("newForm:patientMrn", "MRN-300517");
        type("newForm:patientName", patient);
        typeDate("newForm:patientBirthDate_input", "1957-08-21");
        String schedule = (String) ((JavascriptExecutor) browser.driver).executeScript(
                "const options = [...document.getElementById('newForm:feeScheduleId_input').options]"
                        + "  .filter(o => o.text.includes(arguments[0]));"
                        + "const newest = options.reduce((a, b) => Number(b.value) > Number(a.value) ? b : a);"
                        + "PrimeFaces.getWidgetById('newForm:feeScheduleId').selectValue(newest.value);"
                        + "return newest.text;", "lakeside-standard-charges.csv");
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
        assertThat(browser.driver.findElement(By.id("estimateStatus")).getText()).isEqualTo("Draft");

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
        addLine("SECOND_OPINION", "99204", 1);

        browser.driver.findElement(By.cssSelector("#estimateForm\\:workup .ui-chkbox-box")).click();
        type("estimateForm:option", "Knee replacement");
        addLine("SURGERY", "27447", 1);

        type("estimateForm:option", "Injections and therapy");
        addLine("OTHER", "20610", 1);
        // the therapy is added without what a Good Faith Estimate must name of its provider
        type("estimateForm:providerName", "Springfield Physiotherapy");
        for (String missing : List.of("providerNpi", "providerTin", "providerLocation", "providerState")) {
            type("estimateForm:" + missing, "");
        }
        addLine("OTHER", "97110", 8);

        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#optionCards .option-card"));
        assertThat(cards).hasSize(3);
        assertThat(cards.stream().map(card -> card.findElement(By.className("ui-card-title")).getText()).toList())
                .containsExactly("Second-opinion workup", "Knee replacement", "Injections and therapy");
        assertThat(cards.stream().map(card -> card.findElement(By.className("option-total")).getText()).toList())
                .as("the discounted cash prices: 99204; 27447; 20610 and 8 × 97110")
                .containsExactly("$250.00", "$21,500.00", "$870.00");
        assertThat(browser.driver.findElements(By.cssSelector("#optionCards .with-workup")).stream()
                .map(WebElement::getText).toList()).as("each option with the workup")
                .containsExactly("$21,750.00", "$1,120.00");
        scrollTo("optionCards");
        browser.screenshot("estimate-options");

        // (4) what the Good Faith Estimate lacks is listed per line, entered from there, and then it is issued
        assertThat(browser.driver.findElement(By.id("estimateForm:gfeMissing")).getText())
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
        assertThat(browser.waitForText(By.id("messages"), "Provider of line 4 saved"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("estimateForm:gfeMissing")).isEmpty());

        // issued: locked, with the day the Good Faith Estimate is due
        ConfirmDialog.confirmed(browser.driver, "estimateForm:issue");
        assertThat(browser.waitForText(By.id("estimateStatus"), "Issued")).isTrue();
        assertThat(browser.driver.findElement(By.id("estimateForm:gfeDue")).getText())
                .isEqualTo(GoodFaithEstimateDeadline.of(today, serviceDate).dueBy().toString());
        assertThat(LocalDate.parse(browser.driver.findElement(By.id("estimateForm:gfeDue")).getText()))
                .isAfter(today).isBefore(today.plusDays(8));
        assertThat(browser.driver.findElements(By.id("estimateForm:addLine"))).as("locked").isEmpty();
        assertThat(browser.driver.findElements(By.id("estimateForm:add"))).isEmpty();
        scrollTo("estimateTitle");
        browser.screenshot("estimate-issued");

        // (5) the PDF behind the page's link, fetched in the signed-in session
        String pdfAddress = browser.driver.findElement(By.id("estimateForm:gfePdf")).getDomProperty("href");
        assertThat(pdfAddress).matches(".*/api/estimates/\\d+/good-faith-estimate\\.pdf");
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfAddress))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        byte[] pdf = response.body();
        Path screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.write(screenshots.resolve("estimate-good-faith-estimate.pdf"), pdf);
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf).replaceAll("\\s+", "");
        for (String phrase : List.of("Good Faith Estimate", patient, "Second-opinion workup",
                "Option: Knee replacement", "Option: Injections and therapy", "99204", "27447", "20610", "97110",
                "NPI 1427051135", "TIN 36-4455667", "Springfield Physiotherapy", "NPI 1234567893", "M17.11", "Anesthesia for the knee replacement",
                "is not a contract")) {
            assertThat(text).as(phrase).contains(phrase.replaceAll("\\s+", ""));
        }
        new ShellPage(browser.driver).signOut();
    }

    /** Billing keeps plans and patients' coverage on one page: a plan's design is changed, a patient is found. */
    @Test
    void changesAPlansBenefitDesignAndFindsAPatientsCoverage() throws Exception {
        browser.driver.manage().deleteAllCookies();
        new LoginPage(browser.driver).open(base.toString()).signIn("billing", PASSWORD);
        browser.driver.get(base + "billing/plans.xhtml");
        assertThat(browser.waitForText(By.id("tabs:planForm:plans"), "Northwind Gold PPO")).isTrue();

        browser.driver.findElements(By.cssSelector("[id$=':edit']")).stream()
                .filter(link -> link.getText().contains("Northwind Gold PPO")).findFirst().orElseThrow().click();
        assertThat(browser.waitForText(By.id("tabs:planForm:editor"), "Deductible applies")).isTrue();
        WebElement deductible = browser.driver.findElement(By.id("tabs:planForm:individualDeductible_input"));
        deductible.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1600", Keys.TAB);
        browser.driver.findElement(By.id("tabs:planForm:savePlan")).click();
        assertThat(browser.waitForText(By.id("messages"), "Northwind Gold PPO saved"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        assertThat(browser.waitForText(By.id("tabs:planForm:plans"), "1600")).isTrue();

        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.getWidgetById('tabs').select(1);");
        type("tabs:coverageForm:mrn", "MRN-100871");
        browser.driver.findElement(By.id("tabs:coverageForm:search")).click();
        assertThat(browser.waitForText(By.id("tabs:coverageForm:coverages"), "Daniel Ortiz")).isTrue();
        browser.screenshot("billing-plans-coverage");
        new ShellPage(browser.driver).signOut();
    }

    /**
     * A law firm's case file from intake to a production: a Pennsylvania case against two defendants shows each
     * one's limitations date (two years from the discovery) with the not-legal-advice notice; two records are
     * received; a court order covering medical records is recorded; both records are produced under it with
     * gap-free Bates numbers. Another firm's lawyer is refused the case page.
     */
    @Test
    void opensACaseFileAndProducesItsRecordsWithBatesNumbersBehindTheFirmsWall() throws Exception {
        browser.driver.manage().deleteAllCookies();
        new LoginPage(browser.driver).open(base.toString()).signIn("legal", PASSWORD);

        // (1) intake: the case, its claimant, its dates and two defendants
        String prefix = "BR" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        String claimant = "Irena Kowalczyk";
        browser.driver.get(base + "legal/cases.xhtml");
        type("newForm:attorney", "Ruth Harper, Esq.");
        type("newForm:matterNumber", "HV-2026-" + prefix);
        type("newForm:courtNumber", "GD-26-004411");
        type("newForm:claimantName", claimant);
        typeDate("newForm:claimantBirthDate_input", "1970-03-04");
        type("newForm:claimantMrn", "MRN-552190");
        chooseByLabel("newForm:jurisdiction", "PA");
        typeDate("newForm:incidentDate_input", "2025-06-01");
        typeDate("newForm:discoveryDate_input", "2025-07-15");
        type("newForm:summary", "Missed compartment syndrome after a tibial fracture fixation.");
        type("newForm:batesPrefix", prefix);
        type("newForm:defendants:0:name", "Dr. Maria Jensen");
        type("newForm:defendants:0:npi", "1234567893");
        type("newForm:defendants:0:specialty", "Orthopaedic surgery");
        type("newForm:defendants:0:organisationName", "Lakeside Orthopaedic Group");
        browser.driver.findElement(By.id("newForm:addDefendant")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("newForm:defendants:1:name")).isEmpty());
        ((JavascriptExecutor) browser.driver).executeScript(
                "PrimeFaces.getWidgetById('newForm:defendants:1:kind').selectValue('FACILITY');");
        type("newForm:defendants:1:name", "Lakeside General Hospital");
        type("newForm:defendants:1:npi", "1427051135");
        type("newForm:defendants:1:organisationName", "Lakeside General Hospital");
        browser.screenshot("legal-new-case");
        browser.driver.findElement(By.id("newForm:openCase")).click();
        assertThat(browser.waitForUrl("legal/case.xhtml?id=")).as(browser.driver.getCurrentUrl()).isTrue();
        assertThat(browser.waitForText(By.id("caseTitle"), claimant)).isTrue();
        assertThat(browser.driver.findElement(By.id("caseFirm")).getText()).contains("Harper & Vance LLP");
        String caseAddress = browser.driver.getCurrentUrl();
        long caseId = Long.parseLong(caseAddress.replaceAll(".*[?&]id=(\\d+).*", "$1"));

        // (2) each defendant's limitations date, two years from the discovery, with the notice beside it
        selectTab(1);
        assertThat(browser.waitForText(By.id("tabs:deadlinesPanel"), "2027-07-15")).isTrue();
        List<String> limitations = browser.driver.findElements(By.cssSelector("#tabs\\:deadlinesPanel tr")).stream()
                .map(WebElement::getText).filter(row -> row.startsWith("Statute of limitations")).toList();
        assertThat(limitations).hasSize(2).allSatisfy(row -> assertThat(row).contains("2027-07-15"));
        WebElement notice = browser.driver.findElement(By.id("tabs:notLegalAdvice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("not legal advice");
        browser.screenshot("legal-deadlines");

        // (3) two records received, each hashed and counted
        selectTab(2);
        Path records = Files.createTempDirectory("legal-records");
        Path discharge = Files.write(records.resolve("discharge-summary.pdf"), pdf("Discharge summary", 1));
        Path operative = Files.write(records.resolve("operative-note.pdf"), pdf("Operative note", 1));
        browser.driver.findElement(By.id("tabs:uploadForm:upload_input")).sendKeys(discharge.toString());
        assertThat(browser.waitForText(By.id("tabs:documentsForm:documents"), "discharge-summary.pdf")).isTrue();
        browser.driver.findElement(By.id("tabs:uploadForm:upload_input")).sendKeys(operative.toString());
        assertThat(browser.waitForText(By.id("tabs:documentsForm:documents"), "operative-note.pdf")).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:documentsForm:documents")).getText())
                .contains("Medical record");
        browser.screenshot("legal-documents");

        // (4) a court order that covers medical records
        selectTab(3);
        ((JavascriptExecutor) browser.driver).executeScript(
                "PrimeFaces.getWidgetById('tabs:authorityForm:kind').selectValue('COURT_ORDER');");
        type("tabs:authorityForm:reference", "Order of the Court of Common Pleas, GD-26-004411");
        type("tabs:authorityForm:recipient", "Harper & Vance LLP");
        checkBox("tabs:authorityForm:scope", "MEDICAL_RECORD");
        browser.driver.findElement(By.id("tabs:authorityForm:recordAuthority")).click();
        assertThat(browser.waitForText(By.id("tabs:authoritiesForm:authorities"), "Valid"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();

        // (5) both records produced under it, numbered from the case's prefix
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("tabs:produceForm:authorityId_label")).getText().contains("court order"));
        checkBox("tabs:produceForm:documentIds", null);
        type("tabs:produceForm:purpose", "Expert review of the standard of care");
        type("tabs:produceForm:recipientAddress", "1500 Market Street, Philadelphia, PA 19102");
        ConfirmDialog.confirmed(browser.driver, "tabs:produceForm:produce");
        assertThat(browser.waitForText(By.id("tabs:productionsForm:productions"), prefix + "-000001"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        String productions = browser.driver.findElement(By.id("tabs:productionsForm:productions")).getText();
        assertThat(productions).contains(prefix + "-000001 – " + prefix + "-000002")
                .contains("discharge-summary.pdf: " + prefix + "-000001")
                .contains("operative-note.pdf: " + prefix + "-000002");
        assertThat(browser.driver.findElement(By.id("tabs:disclosuresForm:disclosures")).getText())
                .contains("Harper & Vance LLP").contains("1500 Market Street");
        scrollTo("tabs:productionsForm:productions");
        browser.screenshot("legal-production");

        // the firm's deadline calendar lists the case's limitations dates
        String reference = browser.driver.findElement(By.id("caseTitle")).getText().split(" · ")[0];
        browser.driver.get(base + "legal/calendar.xhtml");
        assertThat(browser.waitForText(By.id("calendarForm:views:entries"), reference)).isTrue();
        assertThat(browser.driver.findElement(By.id("calendarForm:views:entries")).getText())
                .contains("2027-07-15").contains(claimant);
        assertThat(browser.driver.findElement(By.id("notLegalAdvice")).getText()).contains("not legal advice");
        browser.screenshot("legal-calendar");
        new ShellPage(browser.driver).signOut();

        // (6) behind the wall: to another firm's lawyer the case looks exactly like one that does not exist
        new LoginPage(browser.driver).open(base.toString()).signIn("legal.other", PASSWORD);
        browser.driver.get(base + "legal/case.xhtml?id=" + caseId);
        ShellPage refused = new ShellPage(browser.driver);
        assertThat(refused.errorTitle()).isEqualTo("Page not found");
        assertThat(refused.bodyText()).doesNotContain(claimant).doesNotContain("Exception");
        browser.screenshot("legal-other-firm-refused");
        browser.driver.get(base.toString() + "index.xhtml");
        refused.signOut();
    }

    /**
     * The independent reviewer of a case against a surgeon of Lakeside General Hospital: Dr. Maria Jensen, who works
     * there, is shown tied and refused without a waiver, the tie named; Dr. Samuel Okafor ("specialist") is cleared
     * and assigned, and engaged at 400 an hour with a 1,000 retainer and a 4,000 cap. As the reviewer, he finds the
     * case under his legal reviews, signs the conflict attestation, logs 3 hours and writes the opinion; it is
     * final only with every section, and its PDF is downloaded. The firm invoices 1,200 less the retainer; another
     * firm's lawyer is refused the PDF.
     */
    @Test
    void assignsAnIndependentReviewerWhoSignsLogsTimeAndFinalisesTheOpinion() throws Exception {
        browser.driver.manage().deleteAllCookies();
        new LoginPage(browser.driver).open(base.toString()).signIn("legal", PASSWORD);

        // (1) a case against a surgeon of Lakeside General Hospital
        String prefix = "RV" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        String claimant = "Henrik Aalto";
        browser.driver.get(base + "legal/cases.xhtml");
        type("newForm:attorney", "Ruth Harper, Esq.");
        type("newForm:matterNumber", "HV-2026-" + prefix);
        type("newForm:claimantName", claimant);
        typeDate("newForm:claimantBirthDate_input", "1968-11-02");
        chooseByLabel("newForm:jurisdiction", "PA");
        typeDate("newForm:incidentDate_input", "2025-09-10");
        typeDate("newForm:discoveryDate_input", "2025-10-01");
        type("newForm:summary", "Post-operative wound infection not examined for three days.");
        type("newForm:batesPrefix", prefix);
        type("newForm:defendants:0:name", "Dr. Elliot Marsh");
        type("newForm:defendants:0:specialty", "Orthopaedic surgery");
        type("newForm:defendants:0:organisationName", "Lakeside General Hospital");
        browser.driver.findElement(By.id("newForm:openCase")).click();
        assertThat(browser.waitForUrl("legal/case.xhtml?id=")).as(browser.driver.getCurrentUrl()).isTrue();
        assertThat(browser.waitForText(By.id("caseTitle"), claimant)).isTrue();
        long caseId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        String reference = browser.driver.findElement(By.id("caseTitle")).getText().split(" · ")[0];

        // (2) the candidates: Jensen works at the defendant's hospital, Okafor is independent
        openTab("Reviewer");
        assertThat(browser.waitForText(By.id("tabs:candidatesForm:candidates"), "Dr. Maria Jensen")).isTrue();
        WebElement jensen = candidateRow("Dr. Maria Jensen");
        assertThat(jensen.findElement(By.className("candidate-independent")).getText()).isEqualTo("No");
        assertThat(jensen.getText()).contains("Lakeside General Hospital");
        assertThat(candidateRow("Dr. Samuel Okafor").findElement(By.className("candidate-independent")).getText())
                .isEqualTo("Yes");
        scrollTo("tabs:candidatesForm:candidates");
        browser.screenshot("legal-reviewer-candidates");

        // (3) Jensen without a waiver reason: refused, the tie named
        chooseByLabel("tabs:proposalForm:practitionerId", "Dr. Maria Jensen");
        browser.driver.findElement(By.id("tabs:proposalForm:propose")).click();
        assertThat(browser.waitForText(By.id("messages"), "Lakeside General Hospital"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        assertThat(browser.driver.findElement(By.id("messages")).getText()).contains("waiver");
        assertThat(browser.driver.findElement(By.id("tabs:assignmentsForm:assignments")).getText())
                .contains("No reviewer proposed yet.");
        scrollTo("messages");
        browser.screenshot("legal-reviewer-refused");

        // (4) Okafor, board certified and in practice: cleared and assigned
        chooseByLabel("tabs:proposalForm:practitionerId", "Dr. Samuel Okafor");
        browser.driver.findElement(By.cssSelector("#tabs\\:proposalForm\\:boardCertified .ui-chkbox-box")).click();
        number("tabs:proposalForm:yearsSinceClinicalPractice_input", "0");
        browser.driver.findElement(By.id("tabs:proposalForm:propose")).click();
        assertThat(browser.waitForText(By.id("messages"), "Dr. Samuel Okafor is assigned"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:assignmentsForm:assignments")).getText())
                .contains("Dr. Samuel Okafor").contains("Assigned").contains("Cleared");

        // (5) the engagement: 400 an hour, 1,000 retainer, 4,000 cap
        number("tabs:engagementForm:hourlyRate_input", "400");
        number("tabs:engagementForm:retainer_input", "1000");
        number("tabs:engagementForm:budgetCap_input", "4000");
        browser.driver.findElement(By.id("tabs:engagementForm:engage")).click();
        assertThat(browser.waitForText(By.id("messages"), "Engagement terms agreed with Dr. Samuel Okafor"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        scrollTo("tabs:assignmentsForm:assignments");
        browser.screenshot("legal-reviewer-assigned");
        new ShellPage(browser.driver).signOut();

        // (6) the reviewer finds the case under his legal reviews, and only the tabs he may use
        new LoginPage(browser.driver).open(base.toString()).signIn("specialist", PASSWORD);
        ShellPage shell = new ShellPage(browser.driver);
        assertThat(shell.menuEntries()).contains("My legal reviews");
        PageLoads.submitting(browser.driver, () -> browser.driver.findElement(By.id("menuForm:legalReviews")).click());
        assertThat(browser.waitForText(By.id("searchForm:cases"), reference)).isTrue();
        assertThat(browser.driver.findElement(By.id("casesTitle")).getText()).isEqualTo("My legal reviews");
        assertThat(browser.driver.findElements(By.id("newForm:openCase"))).as("no intake for a reviewer").isEmpty();
        browser.screenshot("legal-reviewer-my-reviews");
        browser.driver.get(base + "legal/calendar.xhtml");
        assertThat(browser.driver.findElement(By.id("calendarForm")).isDisplayed())
                .as("a reviewer's deadline calendar opens instead of failing").isTrue();
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Exception")
                .doesNotContain("Statute of limitations");
        browser.driver.navigate().back();
        PageLoads.submitting(browser.driver, () -> browser.driver.findElement(
                By.xpath("//table//a[normalize-space()='" + reference + "']")).click());
        assertThat(browser.waitForText(By.id("caseTitle"), claimant)).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("#tabs ul[role='tablist'] a")).stream()
                .map(WebElement::getText).toList()).containsExactly("Details", "Documents", "Reviewer");
        assertThat(browser.driver.findElements(By.id("tabs:uploadForm:upload_input"))).isEmpty();

        // (7) the attestation signed, 3 hours logged
        openTab("Reviewer");
        browser.driver.findElement(By.id("tabs:attestationForm:attest")).click();
        assertThat(browser.waitForText(By.id("tabs:attestationForm"), "Signed"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        number("tabs:logTimeForm:hours_input", "3");
        type("tabs:logTimeForm:workDescription", "Read the operative note and the wound chart");
        browser.driver.findElement(By.id("tabs:logTimeForm:logTime")).click();
        assertThat(browser.waitForText(By.id("tabs:timeForm:timeEntries"), "Read the operative note"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:timeForm:timeEntries")).getText()).contains("3.00");
        browser.screenshot("legal-reviewer-attested");

        // (8) the opinion: not final while a section is missing, then final and locked
        type("tabs:opinionForm:standardOfCare", "A surgical wound with rising pain and fever is examined the same day.");
        type("tabs:opinionForm:breach", "The wound was not examined for three days after the fever began.");
        type("tabs:opinionForm:shouldHaveDone", "Examine the wound, culture it and start antibiotics on day one.");
        type("tabs:opinionForm:damages", "A second operation and six weeks of intravenous antibiotics.");
        type("tabs:opinionForm:materials", prefix + "-000001 – " + prefix + "-000004");
        type("tabs:opinionForm:qualifications", "Orthopaedic surgeon, board certified, 18 years in practice.");
        ConfirmDialog.confirmed(browser.driver, "tabs:opinionForm:makeFinal");
        assertThat(browser.waitForText(By.id("messages"), "Still needed: causation"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:opinionsForm:opinions")).getText()).contains("Draft");
        type("tabs:opinionForm:causation", "The delay let the infection reach the bone.");
        ConfirmDialog.confirmed(browser.driver, "tabs:opinionForm:makeFinal");
        assertThat(browser.waitForText(By.id("messages"), "is final and locked"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        WebElement opinions = browser.driver.findElement(By.id("tabs:opinionsForm:opinions"));
        assertThat(opinions.getText()).contains("Final");
        assertThat(opinions.findElement(By.className("hash")).getText()).matches("[0-9a-f]{64}");
        assertThat(browser.driver.findElement(By.id("tabs:opinionForm:causation")).isEnabled()).as("locked").isFalse();
        assertThat(browser.driver.findElements(By.id("tabs:opinionForm:newVersion"))).hasSize(1);
        scrollTo("tabs:opinionsForm:opinions");
        browser.screenshot("legal-reviewer-opinion-final");

        // (9) the PDF behind the link, in the reviewer's session
        String pdfAddress = browser.driver.findElement(By.id("tabs:opinionsForm:opinions:0:pdf")).getDomProperty("href");
        assertThat(pdfAddress).endsWith("/api/legal/cases/" + caseId + "/opinions/1/pdf");
        HttpResponse<byte[]> response = fetch(pdfAddress);
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] pdf = response.body();
        Files.write(Path.of(System.getProperty("it.screenshots", "target/screenshots"))
                .resolve("legal-reviewer-opinion.pdf"), pdf);
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf).replaceAll("\\s+", "");
        assertThat(text).contains(reference).contains("Causation").contains("reachthebone");
        new ShellPage(browser.driver).signOut();

        // (10) the firm invoices the 3 hours: 1,200 less the 1,000 retainer
        new LoginPage(browser.driver).open(base.toString()).signIn("legal", PASSWORD);
        browser.driver.get(base + "legal/case.xhtml?id=" + caseId);
        openTab("Reviewer");
        assertThat(browser.driver.findElement(By.id("tabs:opinionsForm:opinions")).getText()).contains("Final");
        browser.driver.findElement(By.id("tabs:timeForm:invoice")).click();
        assertThat(browser.waitForText(By.id("tabs:invoicesForm:invoices"), "$200.00"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:invoicesForm:invoices")).getText())
                .contains("$1,200.00").contains("$1,000.00");
        scrollTo("tabs:invoicesForm:invoices");
        browser.screenshot("legal-reviewer-invoiced");
        new ShellPage(browser.driver).signOut();

        // (11) behind the wall: to another firm's lawyer the opinion does not exist
        new LoginPage(browser.driver).open(base.toString()).signIn("legal.other", PASSWORD);
        assertThat(fetch(pdfAddress).statusCode()).isEqualTo(404);
        browser.driver.get(base.toString() + "index.xhtml");
        new ShellPage(browser.driver).signOut();
    }

    /** A coordinator keeps the deadline rules as data, and looks up a patient's accounting of disclosures. */
    @Test
    void keepsTheDeadlineRulesAsDataAndShowsAPatientsAccountingOfDisclosures() throws Exception {
        browser.driver.manage().deleteAllCookies();
        new LoginPage(browser.driver).open(base.toString()).signIn("coordinator", PASSWORD);
        browser.driver.get(base + "legal/rules.xhtml");
        assertThat(browser.waitForText(By.id("rulesForm:rules"), "PA")).isTrue();
        assertThat(browser.driver.findElement(By.id("notLegalAdvice")).getText()).contains("not legal advice");

        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#rulesForm\\:rules_data > tr"));
        WebElement california = rows.stream().filter(row -> row.getText().startsWith("CA")
                || row.getText().contains("\nCA")).findFirst().orElseThrow();
        california.findElement(By.cssSelector("[id$=':edit']")).click();
        assertThat(browser.waitForText(By.id("rulesForm:editor"), "CA")).isTrue();
        WebElement source = browser.driver.findElement(By.id("rulesForm:meritSource"));
        source.sendKeys(" Checked by the coordinators.");
        browser.driver.findElement(By.id("rulesForm:save")).click();
        assertThat(browser.waitForText(By.id("messages"), "The deadline rule of CA is saved"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();

        // the law changes next year: a new version in force from then, the current one kept
        String nextYear = LocalDate.now().plusYears(1).withDayOfYear(1).toString();
        browser.driver.findElements(By.cssSelector("#rulesForm\\:rules_data > tr")).stream()
                .filter(row -> row.getText().startsWith("CA") || row.getText().contains("\nCA")).findFirst()
                .orElseThrow().findElement(By.cssSelector("[id$=':newVersion']")).click();
        assertThat(browser.waitForText(By.id("rulesForm:versionPanel"), "CA")).isTrue();
        typeDate("rulesForm:versionFrom_input", nextYear);
        browser.driver.findElement(By.id("rulesForm:createVersion")).click();
        assertThat(browser.waitForText(By.id("messages"), "in force from " + nextYear))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
        assertThat(browser.waitForText(By.id("rulesForm:rules"), nextYear)).isTrue();
        browser.screenshot("legal-rules");

        browser.driver.get(base + "legal/disclosures.xhtml");
        type("disclosureForm:patientName", "Nobody Disclosed");
        typeDate("disclosureForm:birthDate_input", "1950-01-01");
        browser.driver.findElement(By.id("disclosureForm:search")).click();
        assertThat(browser.waitForText(By.id("disclosureForm:records"), "No disclosures recorded")).isTrue();
        browser.screenshot("legal-disclosures");
        new ShellPage(browser.driver).signOut();
    }

    @Test
    void refusesAWrongPasswordWithAMessage() throws Exception {
        LoginPage login = new LoginPage(browser.driver).open(base.toString());
        login.signIn("legal", "wrong-password-given");
        assertThat(login.isShown()).isTrue();
        assertThat(browser.waitForText(By.id("login"), "Sign-in failed.")).isTrue();
        browser.screenshot("login-failed");
    }

    @Test
    void showsAPlainPageForAnUnknownAddress() throws Exception {
        browser.driver.get(base.toString() + "no-such-page.xhtml");
        assertThat(new ShellPage(browser.driver).errorTitle()).isEqualTo("Page not found");
    }

    /** Fills the add-line form's category, code and units, adds the line and waits for the recalculated page. */
    private void addLine(String category, String code, int units) throws Exception {
        ((JavascriptExecutor) browser.driver).executeScript(
                "PrimeFaces.getWidgetById('estimateForm:category').selectValue(arguments[0]);", category);
        type("estimateForm:code", code);
        WebElement unitsField = browser.driver.findElement(By.id("estimateForm:units_input"));
        unitsField.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(units), Keys.TAB);
        browser.driver.findElement(By.id("estimateForm:add")).click();
        assertThat(browser.waitForText(By.id("messages"), "Line " + code + " added"))
                .as(browser.driver.findElement(By.id("messages")).getText()).isTrue();
    }

    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date picker's text, set as a paste would (typed keys would open its calendar). */
    private void typeDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    /** Opens a tab of the case page by its title (a reviewer sees fewer tabs, so positions differ). */
    private void openTab(String title) {
        browser.driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
    }

    /** The row of the named candidate reviewer. */
    private WebElement candidateRow(String name) {
        return browser.driver.findElement(By.xpath("//*[@id='tabs:candidatesForm:candidates']//tr[.//span["
                + "@class='candidate-name' and normalize-space()='" + name + "']]"));
    }

    /** Chooses the option of a PrimeFaces select whose label starts with the text. */
    private void chooseByLabel(String selectId, String label) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "const option = [...document.getElementById(arguments[0] + '_input').options]"
                        + "  .find(o => o.text.startsWith(arguments[1]));"
                        + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);", selectId, label);
    }

    /** A PrimeFaces number field's text, replaced. */
    private void number(String id, String value) {
        browser.driver.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    /** A GET in the browser's signed-in session, as a download link would make it. */
    private HttpResponse<byte[]> fetch(String address) throws Exception {
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Selects a tab of the page's tab view by its position. */
    private void selectTab(int index) {
        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.getWidgetById('tabs').select(arguments[0]);",
                index);
    }

    /** Ticks the box of one value of a checkbox list, or every box when the value is null. */
    private void checkBox(String listId, String value) {
        List<WebElement> inputs = browser.driver.findElements(By.cssSelector("[id='" + listId + "'] input[type=checkbox]"));
        for (WebElement input : inputs) {
            if (value == null || value.equals(input.getDomProperty("value"))) {
                input.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                        + "//div[contains(concat(' ', @class, ' '), ' ui-chkbox-box ')]")).click();
            }
        }
    }

    /** A small PDF with a title on each page, as a scanner would send it. */
    private static byte[] pdf(String title, int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        for (int page = 1; page <= pages; page++) {
            document.add(new Paragraph(title + ", page " + page));
            if (page < pages) {
                document.newPage();
            }
        }
        document.close();
        return out.toByteArray();
    }

    /** The PDF's text as OpenPDF extracts it, page by page. */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertFontsEmbedded(reader);
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /**
     * Asserts that every font the PDF's pages (and the forms they draw) use is embedded, as PDF/UA requires; the unit
     * tests validate the same documents against PDF/UA-1 with veraPDF, this checks that the deployed application
     * finds its fonts.
     */
    private static void assertFontsEmbedded(PdfReader reader) {
        java.util.List<String> fonts = new java.util.ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            fontsOf(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts, 0);
        }
        assertThat(fonts).as("fonts of the PDF").isNotEmpty().noneMatch(font -> font.endsWith(" not embedded"));
    }

    private static void fontsOf(PdfDictionary resources, java.util.List<String> fonts, int depth) {
        if (resources == null || depth > 4) {
            return;
        }
        PdfDictionary used = resources.getAsDict(PdfName.FONT);
        if (used != null) {
            for (PdfName key : used.getKeys()) {
                PdfDictionary font = used.getAsDict(key);
                if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                    font = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                }
                PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                boolean embedded = descriptor != null && (descriptor.get(PdfName.FONTFILE) != null
                        || descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null);
                fonts.add(font.getAsName(PdfName.BASEFONT) + (embedded ? " embedded" : " not embedded"));
            }
        }
        PdfDictionary forms = resources.getAsDict(PdfName.XOBJECT);
        if (forms != null) {
            for (PdfName key : forms.getKeys()) {
                PdfDictionary form = forms.getAsStream(key);
                if (form != null && PdfName.FORM.equals(form.getAsName(PdfName.SUBTYPE))) {
                    fontsOf(form.getAsDict(PdfName.RESOURCES), fonts, depth + 1);
                }
            }
        }
    }
}
