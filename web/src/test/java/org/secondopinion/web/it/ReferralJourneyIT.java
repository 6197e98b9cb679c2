package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole second-opinion journey in a browser, with a screenshot of each step:
 * intake (an emergency refused first) → records with an upload → matching (an excluded
 * candidate shown with the reason) → the specialist accepts, answers every question and
 * delivers → the PDF report → the coordinator records the decision and closes the case.
 */
class ReferralJourneyIT extends BrowserTestBase {

    @Test
    void takesARequestFromIntakeToThePatientsDecision() throws Exception {
        CasePage page = new CasePage(browser.driver);
        signInAs("coordinator");

        // intake: an emergency is refused with a message sending the patient to emergency care
        browser.driver.get(base + "coordinator/intake.xhtml");
        page.type("intakeForm:patientName", "Hannah Journey");
        page.typeDate("intakeForm:birthDate_input", "1966-04-12");
        page.type("intakeForm:mrn", "MRN-JOURNEY-1");
        page.chooseByLabel("intakeForm:firstPhysicianId", "Dr. Maria Jensen");
        page.type("intakeForm:firstPhysicianName", "Dr. Maria Jensen");
        page.type("intakeForm:diagnosisCode", "m48061");
        page.type("intakeForm:diagnosisText", "Spinal stenosis, lumbar region");
        page.choose("intakeForm:treatmentKind", "SURGERY");
        page.type("intakeForm:treatmentText", "Laminectomy L4-L5");
        page.type("intakeForm:specialty_input", "Orthopaedic surgery");
        page.type("intakeForm:subSpecialty", "Spine surgery");
        page.type("intakeForm:reason", "Would like to know whether surgery is needed now");
        page.choose("intakeForm:urgency", "EMERGENCY");
        page.tick("intakeForm:consent");
        page.tickNth("intakeForm:standardQuestions", 1);
        page.tickNth("intakeForm:standardQuestions", 9);
        page.type("intakeForm:ownQuestions", "Can I keep driving?");
        browser.screenshot("journey-01-intake");
        page.click("intakeForm:takeIn");
        boolean refused = browser.waitForText(By.id("messages"), "emergency care");
        browser.screenshot("journey-02-emergency-refused");
        assertThat(refused).as(page.messages()).isTrue();

        // the form keeps what was typed; the checkboxes are ticked again after the postback
        page.choose("intakeForm:urgency", "ROUTINE");
        page.click("intakeForm:takeIn");
        assertThat(browser.waitForText(By.id("caseTitle"), "Hannah Journey")).isTrue();
        assertThat(page.text("diagnosis")).startsWith("M48.061");
        assertThat(page.status()).isEqualTo("Requested");
        String caseUrl = browser.driver.getCurrentUrl();
        long caseId = Long.parseLong(caseUrl.replaceAll(".*id=(\\d+).*", "$1"));
        browser.screenshot("journey-03-taken-in");

        // records: eligible, every checklist item received, a scan uploaded with its hash
        page.click("caseForm:startRecords");
        assertThat(browser.waitForText(By.id("caseStatus"), "Records pending")).isTrue();
        for (int row = 0; row < 6; row++) {
            page.tab("Records");
            page.click("tabs:recordsForm:records:" + row + ":received");
            assertThat(browser.waitForText(By.id("messages"), "Checklist updated")).isTrue();
        }
        page.tab("Records");
        Path scan = Files.createTempFile("mri-report", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n% an MRI report for the journey test\n");
        browser.driver.findElement(By.id("tabs:uploadForm:upload_input")).sendKeys(scan.toString());
        assertThat(browser.waitForText(By.id("tabs:filesForm:files"), scan.getFileName().toString())).isTrue();
        browser.screenshot("journey-04-records");
        page.click("caseForm:completeRecords");
        assertThat(browser.waitForText(By.id("caseStatus"), "Ready for matching")).isTrue();

        // matching: the first physician is excluded with the reason, the independent specialist offered
        page.tab("Matching");
        assertThat(browser.driver.findElement(By.id("tabs:matchingForm:candidates")).getText())
                .contains("Dr. Samuel Okafor").contains("Dr. Tomas Weber").contains("not independent");
        browser.screenshot("journey-05-matching");
        page.offerTo("Dr. Samuel Okafor");
        assertThat(browser.waitForText(By.id("caseStatus"), "Offered")).isTrue();
        new ShellPage(browser.driver).signOut();

        // the specialist: my cases, accept, review, answer every question, deliver
        signInAs("specialist");
        browser.driver.get(base + "specialist/cases.xhtml");
        assertThat(browser.waitForText(By.id("myCasesForm:cases"), "Hannah Journey")).isTrue();
        browser.screenshot("journey-06-my-cases");
        browser.driver.get(caseUrl);
        page.click("caseForm:accept");
        assertThat(browser.waitForText(By.id("caseStatus"), "Accepted")).isTrue();
        page.click("caseForm:startReview");
        assertThat(browser.waitForText(By.id("caseStatus"), "In review")).isTrue();
        page.tab("Opinion");
        page.tickNth("tabs:opinionForm:outcomes", 3);
        page.type("tabs:opinionForm:recommended", "Six weeks of physiotherapy and an epidural injection before any surgery.");
        page.type("tabs:opinionForm:alternatives:0:altTreatment", "Laminectomy now");
        page.type("tabs:opinionForm:alternatives:0:altPros", "Lasting relief for most");
        page.type("tabs:opinionForm:alternatives:0:altCons", "Surgical risk, 6 weeks recovery");
        page.type("tabs:opinionForm:alternatives:0:altOutcome", "Good");
        java.util.List<WebElement> answers = browser.driver.findElements(By.cssSelector("textarea[id$=':answer']"));
        assertThat(answers).hasSize(3);
        answers.get(0).sendKeys("Physiotherapy, injections and watchful waiting.");
        answers.get(1).sendKeys("There is no need to rush; months, not days.");
        page.click("tabs:opinionForm:saveOpinion");
        assertThat(browser.waitForText(By.id("messages"), "still needs")).isTrue();
        page.tab("Opinion");
        browser.screenshot("journey-07-question-unanswered");
        browser.driver.findElements(By.cssSelector("textarea[id$=':answer']")).get(2)
                .sendKeys("Yes, as long as the pain allows it.");
        page.click("tabs:opinionForm:saveOpinion");
        assertThat(browser.waitForText(By.id("messages"), "nothing is missing")).isTrue();
        page.tab("Opinion");
        // an edit typed after the last save and delivered straight away is delivered, not discarded
        page.type("tabs:opinionForm:summary", "Typed just before delivery: conservative care first.");
        page.clickConfirmed("tabs:opinionForm:deliver");
        assertThat(browser.waitForText(By.id("caseStatus"), "Opinion delivered")).isTrue();
        page.tab("Opinion");
        assertThat(browser.waitForText(By.id("tabs:opinionView"), "Typed just before delivery: conservative care first."))
                .as("the unsaved edit was saved with the delivery").isTrue();
        browser.screenshot("journey-08-delivered");

        // the report: a PDF, fetched with the browser's own session
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/referrals/" + caseId + "/report.pdf"))
                .header("Cookie", browserCookies()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(Path.of(System.getProperty("it.screenshots", "target/screenshots"), "journey-report.pdf"), pdf.body());
        new ShellPage(browser.driver).signOut();

        // the coordinator finds the delivered case on the worklist, records the decision, closes the case
        signInAs("coordinator");
        browser.driver.get(base + "coordinator/worklist.xhtml");
        assertThat(browser.waitForText(By.id("worklistForm:cases"), "Hannah Journey")).isTrue();
        assertThat(browser.driver.findElement(By.id("worklistForm:cases")).getText()).contains("Opinion delivered");
        browser.screenshot("journey-09-worklist");
        browser.driver.get(caseUrl);
        page.tab("Decision");
        browser.driver.findElement(By.cssSelector("#tabs\\:decisionForm\\:decision .ui-radiobutton-box")).click();
        page.clickConfirmed("tabs:decisionForm:recordDecisionAndClose");
        assertThat(browser.waitForText(By.id("caseStatus"), "Closed")).isTrue();
        page.tab("History");
        assertThat(browser.driver.findElement(By.id("tabs:steps")).getText())
                .contains("Opinion delivered").contains("Decision recorded").contains("specialist");
        browser.screenshot("journey-10-closed");
        new ShellPage(browser.driver).signOut();
    }

    @Test
    void refusesASpecialistTheCasePageOfACaseNotAssignedToThem() throws Exception {
        signInAs("specialist");
        // Grace Mwangi's demo case is a new request, offered to nobody
        long newRequest = demoRequestOf("Grace Mwangi");
        browser.driver.get(base + "referral/case.xhtml?id=" + newRequest);
        // the same page as for a case that does not exist: a specialist cannot learn which cases exist
        String notAssigned = new ShellPage(browser.driver).errorTitle();
        assertThat(new ShellPage(browser.driver).bodyText()).doesNotContain("Grace Mwangi");
        browser.driver.get(base + "referral/case.xhtml?id=" + Long.MAX_VALUE);
        assertThat(new ShellPage(browser.driver).errorTitle()).isEqualTo(notAssigned).isEqualTo("Page not found");
        browser.screenshot("journey-refused");
        browser.driver.manage().deleteAllCookies();
    }
}
