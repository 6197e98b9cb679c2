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
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A law firm's malpractice review in a real browser: a case file from intake to Bates-numbered productions, an
 * independent reviewer from the conflict check to a final opinion and the firm's invoice, each behind the firm's
 * wall; and the deadline rules kept as data beside a patient's accounting of disclosures.
 */
class LegalJourneyIT extends BrowserTestBase {

    /**
     * A law firm's case file from intake to a production: a Pennsylvania case against two defendants shows each
     * one's limitations date (two years from the discovery) with the not-legal-advice notice; two records are
     * received; a court order covering medical records is recorded; both records are produced under it with
     * gap-free Bates numbers. Another firm's lawyer is refused the case page.
     */
    @Test
    void opensACaseFileAndProducesItsRecordsWithBatesNumbersBehindTheFirmsWall() throws Exception {
        signInAfresh("legal");
        LegalCasePage legalCase = new LegalCasePage(browser);

        // (1) intake: the case, its claimant, its dates and two defendants
        String prefix = "BR" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        String claimant = "Irena Kowalczyk";
        open("legal/cases.xhtml");
        type("newForm:attorney", "Ruth Harper, Esq.");
        type("newForm:matterNumber", "HV-2026-" + prefix);
        type("newForm:courtNumber", "GD-26-004411");
        type("newForm:claimantName", claimant);
        typeDate("newForm:claimantBirthDate_input", "1970-03-04");
        type("newForm:claimantMrn", "MRN-552190");
        legalCase.chooseByLabel("newForm:jurisdiction", "PA");
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
        legalCase.choose("newForm:defendants:1:kind", "FACILITY");
        type("newForm:defendants:1:name", "Lakeside General Hospital");
        type("newForm:defendants:1:npi", "1427051135");
        type("newForm:defendants:1:organisationName", "Lakeside General Hospital");
        browser.screenshot("legal-new-case");
        browser.driver.findElement(By.id("newForm:openCase")).click();
        assertThat(browser.waitForUrl("legal/case.xhtml?id=")).as(browser.driver.getCurrentUrl()).isTrue();
        assertThat(browser.waitForText(By.id("caseTitle"), claimant)).isTrue();
        assertThat(browser.driver.findElement(By.id("caseFirm")).getText()).contains("Harper & Vance LLP");
        long caseId = legalCase.caseId();

        // (2) each defendant's limitations date, two years from the discovery, with the notice beside it
        legalCase.selectTab(1);
        assertThat(browser.waitForText(By.id("tabs:deadlinesPanel"), "2027-07-15")).isTrue();
        List<String> limitations = browser.driver.findElements(By.cssSelector("#tabs\\:deadlinesPanel tr")).stream()
                .map(WebElement::getText).filter(row -> row.startsWith("Statute of limitations")).toList();
        assertThat(limitations).hasSize(2).allSatisfy(row -> assertThat(row).contains("2027-07-15"));
        WebElement notice = browser.driver.findElement(By.id("tabs:notLegalAdvice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("not legal advice");
        browser.screenshot("legal-deadlines");

        // (3) two records received, each hashed and counted
        legalCase.selectTab(2);
        Path records = Files.createTempDirectory("legal-records");
        Path discharge = Files.write(records.resolve("discharge-summary.pdf"),
                PdfFiles.withPages(1, page -> "Discharge summary, page " + page));
        Path operative = Files.write(records.resolve("operative-note.pdf"),
                PdfFiles.withPages(1, page -> "Operative note, page " + page));
        browser.driver.findElement(By.id("tabs:uploadForm:upload_input")).sendKeys(discharge.toString());
        assertThat(browser.waitForText(By.id("tabs:documentsForm:documents"), "discharge-summary.pdf")).isTrue();
        browser.driver.findElement(By.id("tabs:uploadForm:upload_input")).sendKeys(operative.toString());
        assertThat(browser.waitForText(By.id("tabs:documentsForm:documents"), "operative-note.pdf")).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:documentsForm:documents")).getText())
                .contains("Medical record");
        browser.screenshot("legal-documents");

        // (4) a court order that covers medical records
        legalCase.selectTab(3);
        legalCase.choose("tabs:authorityForm:kind", "COURT_ORDER");
        type("tabs:authorityForm:reference", "Order of the Court of Common Pleas, GD-26-004411");
        type("tabs:authorityForm:recipient", "Harper & Vance LLP");
        legalCase.checkBox("tabs:authorityForm:scope", "MEDICAL_RECORD");
        browser.driver.findElement(By.id("tabs:authorityForm:recordAuthority")).click();
        assertThat(browser.waitForText(By.id("tabs:authoritiesForm:authorities"), "Valid"))
                .as(messages()).isTrue();

        // (5) both records produced under it, numbered from the case's prefix
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("tabs:produceForm:authorityId_label")).getText().contains("court order"));
        legalCase.checkBox("tabs:produceForm:documentIds", null);
        type("tabs:produceForm:purpose", "Expert review of the standard of care");
        type("tabs:produceForm:recipientAddress", "1500 Market Street, Philadelphia, PA 19102");
        ConfirmDialog.confirmed(browser.driver, "tabs:produceForm:produce");
        assertThat(browser.waitForText(By.id("tabs:productionsForm:productions"), prefix + "-000001"))
                .as(messages()).isTrue();
        String productions = browser.driver.findElement(By.id("tabs:productionsForm:productions")).getText();
        assertThat(productions).contains(prefix + "-000001 – " + prefix + "-000002")
                .contains("discharge-summary.pdf: " + prefix + "-000001")
                .contains("operative-note.pdf: " + prefix + "-000002");
        assertThat(browser.driver.findElement(By.id("tabs:disclosuresForm:disclosures")).getText())
                .contains("Harper & Vance LLP").contains("1500 Market Street");
        scrollTo("tabs:productionsForm:productions");
        browser.screenshot("legal-production");

        // the firm's deadline calendar lists the case's limitations dates
        String reference = legalCase.reference();
        open("legal/calendar.xhtml");
        assertThat(browser.waitForText(By.id("calendarForm:views:entries"), reference)).isTrue();
        assertThat(browser.driver.findElement(By.id("calendarForm:views:entries")).getText())
                .contains("2027-07-15").contains(claimant);
        assertThat(browser.driver.findElement(By.id("notLegalAdvice")).getText()).contains("not legal advice");
        browser.screenshot("legal-calendar");
        signOut();

        // (6) behind the wall: to another firm's lawyer the case looks exactly like one that does not exist
        signIn("legal.other");
        open("legal/case.xhtml?id=" + caseId);
        ShellPage refused = new ShellPage(browser.driver);
        assertThat(refused.errorTitle()).isEqualTo("Page not found");
        assertThat(refused.bodyText()).doesNotContain(claimant).doesNotContain("Exception");
        browser.screenshot("legal-other-firm-refused");
        open("index.xhtml");
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
        signInAfresh("legal");
        LegalCasePage legalCase = new LegalCasePage(browser);

        // (1) a case against a surgeon of Lakeside General Hospital
        String prefix = "RV" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        String claimant = "Henrik Aalto";
        open("legal/cases.xhtml");
        type("newForm:attorney", "Ruth Harper, Esq.");
        type("newForm:matterNumber", "HV-2026-" + prefix);
        type("newForm:claimantName", claimant);
        typeDate("newForm:claimantBirthDate_input", "1968-11-02");
        legalCase.chooseByLabel("newForm:jurisdiction", "PA");
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
        long caseId = legalCase.caseId();
        String reference = legalCase.reference();

        // (2) the candidates: Jensen works at the defendant's hospital, Okafor is independent
        legalCase.openTab("Reviewer");
        assertThat(browser.waitForText(By.id("tabs:candidatesForm:candidates"), "Dr. Maria Jensen")).isTrue();
        WebElement jensen = legalCase.candidateRow("Dr. Maria Jensen");
        assertThat(jensen.findElement(By.className("candidate-independent")).getText()).isEqualTo("No");
        assertThat(jensen.getText()).contains("Lakeside General Hospital");
        assertThat(legalCase.candidateRow("Dr. Samuel Okafor").findElement(By.className("candidate-independent"))
                .getText()).isEqualTo("Yes");
        scrollTo("tabs:candidatesForm:candidates");
        browser.screenshot("legal-reviewer-candidates");

        // (3) Jensen without a waiver reason: refused, the tie named
        legalCase.chooseByLabel("tabs:proposalForm:practitionerId", "Dr. Maria Jensen");
        browser.driver.findElement(By.id("tabs:proposalForm:propose")).click();
        assertThat(browser.waitForText(By.id("messages"), "Lakeside General Hospital"))
                .as(messages()).isTrue();
        assertThat(messages()).contains("waiver");
        assertThat(browser.driver.findElement(By.id("tabs:assignmentsForm:assignments")).getText())
                .contains("No reviewer proposed yet.");
        scrollTo("messages");
        browser.screenshot("legal-reviewer-refused");

        // (4) Okafor, board certified and in practice: cleared and assigned
        legalCase.chooseByLabel("tabs:proposalForm:practitionerId", "Dr. Samuel Okafor");
        browser.driver.findElement(By.cssSelector("#tabs\\:proposalForm\\:boardCertified .ui-chkbox-box")).click();
        legalCase.number("tabs:proposalForm:yearsSinceClinicalPractice_input", "0");
        browser.driver.findElement(By.id("tabs:proposalForm:propose")).click();
        assertThat(browser.waitForText(By.id("messages"), "Dr. Samuel Okafor is assigned"))
                .as(messages()).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:assignmentsForm:assignments")).getText())
                .contains("Dr. Samuel Okafor").contains("Assigned").contains("Cleared");

        // (5) the engagement: 400 an hour, 1,000 retainer, 4,000 cap
        legalCase.number("tabs:engagementForm:hourlyRate_input", "400");
        legalCase.number("tabs:engagementForm:retainer_input", "1000");
        legalCase.number("tabs:engagementForm:budgetCap_input", "4000");
        browser.driver.findElement(By.id("tabs:engagementForm:engage")).click();
        assertThat(browser.waitForText(By.id("messages"), "Engagement terms agreed with Dr. Samuel Okafor"))
                .as(messages()).isTrue();
        scrollTo("tabs:assignmentsForm:assignments");
        browser.screenshot("legal-reviewer-assigned");
        signOut();

        // (6) the reviewer finds the case under his legal reviews, and only the tabs he may use
        signIn("specialist");
        ShellPage shell = new ShellPage(browser.driver);
        assertThat(shell.menuEntries()).contains("My legal reviews");
        PageLoads.submitting(browser.driver, () -> browser.driver.findElement(By.id("menuForm:legalReviews")).click());
        assertThat(browser.waitForText(By.id("searchForm:cases"), reference)).isTrue();
        assertThat(browser.driver.findElement(By.id("casesTitle")).getText()).isEqualTo("My legal reviews");
        assertThat(browser.driver.findElements(By.id("newForm:openCase"))).as("no intake for a reviewer").isEmpty();
        browser.screenshot("legal-reviewer-my-reviews");
        open("legal/calendar.xhtml");
        assertThat(browser.driver.findElement(By.id("calendarForm")).isDisplayed())
                .as("a reviewer's deadline calendar opens instead of failing").isTrue();
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Exception")
                .doesNotContain("Statute of limitations");
        browser.driver.navigate().back();
        PageLoads.submitting(browser.driver, () -> browser.driver.findElement(
                By.xpath("//table//a[normalize-space()='" + reference + "']")).click());
        assertThat(browser.waitForText(By.id("caseTitle"), claimant)).isTrue();
        assertThat(legalCase.tabTitles()).containsExactly("Details", "Documents", "Reviewer");
        assertThat(browser.driver.findElements(By.id("tabs:uploadForm:upload_input"))).isEmpty();

        // (7) the attestation signed, 3 hours logged
        legalCase.openTab("Reviewer");
        browser.driver.findElement(By.id("tabs:attestationForm:attest")).click();
        assertThat(browser.waitForText(By.id("tabs:attestationForm"), "Signed"))
                .as(messages()).isTrue();
        legalCase.number("tabs:logTimeForm:hours_input", "3");
        type("tabs:logTimeForm:workDescription", "Read the operative note and the wound chart");
        browser.driver.findElement(By.id("tabs:logTimeForm:logTime")).click();
        assertThat(browser.waitForText(By.id("tabs:timeForm:timeEntries"), "Read the operative note"))
                .as(messages()).isTrue();
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
                .as(messages()).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:opinionsForm:opinions")).getText()).contains("Draft");
        type("tabs:opinionForm:causation", "The delay let the infection reach the bone.");
        ConfirmDialog.confirmed(browser.driver, "tabs:opinionForm:makeFinal");
        assertThat(browser.waitForText(By.id("messages"), "is final and locked"))
                .as(messages()).isTrue();
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
        String text = PdfFiles.compactText(pdf);
        assertThat(text).contains(reference).contains("Causation").contains("reachthebone");
        signOut();

        // (10) the firm invoices the 3 hours: 1,200 less the 1,000 retainer
        signIn("legal");
        open("legal/case.xhtml?id=" + caseId);
        legalCase.openTab("Reviewer");
        assertThat(browser.driver.findElement(By.id("tabs:opinionsForm:opinions")).getText()).contains("Final");
        browser.driver.findElement(By.id("tabs:timeForm:invoice")).click();
        assertThat(browser.waitForText(By.id("tabs:invoicesForm:invoices"), "$200.00"))
                .as(messages()).isTrue();
        assertThat(browser.driver.findElement(By.id("tabs:invoicesForm:invoices")).getText())
                .contains("$1,200.00").contains("$1,000.00");
        scrollTo("tabs:invoicesForm:invoices");
        browser.screenshot("legal-reviewer-invoiced");
        signOut();

        // (11) behind the wall: to another firm's lawyer the opinion does not exist
        signIn("legal.other");
        assertThat(fetch(pdfAddress).statusCode()).isEqualTo(404);
        open("index.xhtml");
        signOut();
    }

    /** A coordinator keeps the deadline rules as data, and looks up a patient's accounting of disclosures. */
    @Test
    void keepsTheDeadlineRulesAsDataAndShowsAPatientsAccountingOfDisclosures() throws Exception {
        signInAfresh("coordinator");
        open("legal/rules.xhtml");
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
                .as(messages()).isTrue();

        // the law changes next year: a new version in force from then, the current one kept
        String nextYear = LocalDate.now().plusYears(1).withDayOfYear(1).toString();
        browser.driver.findElements(By.cssSelector("#rulesForm\\:rules_data > tr")).stream()
                .filter(row -> row.getText().startsWith("CA") || row.getText().contains("\nCA")).findFirst()
                .orElseThrow().findElement(By.cssSelector("[id$=':newVersion']")).click();
        assertThat(browser.waitForText(By.id("rulesForm:versionPanel"), "CA")).isTrue();
        typeDate("rulesForm:versionFrom_input", nextYear);
        browser.driver.findElement(By.id("rulesForm:createVersion")).click();
        assertThat(browser.waitForText(By.id("messages"), "in force from " + nextYear))
                .as(messages()).isTrue();
        assertThat(browser.waitForText(By.id("rulesForm:rules"), nextYear)).isTrue();
        browser.screenshot("legal-rules");

        open("legal/disclosures.xhtml");
        type("disclosureForm:patientName", "Nobody Disclosed");
        typeDate("disclosureForm:birthDate_input", "1950-01-01");
        browser.driver.findElement(By.id("disclosureForm:search")).click();
        assertThat(browser.waitForText(By.id("disclosureForm:records"), "No disclosures recorded")).isTrue();
        browser.screenshot("legal-disclosures");
        signOut();
    }

}
