package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.it.ApiClient.array;
import static org.secondopinion.web.it.ApiClient.object;
import static org.secondopinion.web.it.EstimateBody.anEstimate;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.platform.control.FileStore;

/**
 * Billing over the API, on H2 and PostgreSQL. Price files: the CMS example becomes a fee schedule with its
 * effective date and charges; a file with bad rows keeps the good ones and lists the bad ones with their lines;
 * a file that is no price file keeps nothing. Estimates: options estimated side by side from the demo price file
 * and plans; an issued estimate is locked (409) and changes only as a new version; stale edits are refused; the
 * Good Faith Estimate PDF is checked against its hash; a final bill $400 over the estimate may be disputed.
 * Only BILLING may do any of it, and a refusal is audited.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class BillingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(BillingIT.class, BillingProbe.class);
    }

    @Inject
    BillingProbe probe;

    @Inject
    FileStore fileStore;

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void importsTheCmsExampleIntoAFeeScheduleWithItsEffectiveDateAndCharges() throws Exception {
        String schedule = awaitEnd(send("example-tall.csv", file("price-files/cms-v3-example-tall.csv")));

        assertThat(schedule).contains("\"status\":\"READY\"").contains("\"chargesAccepted\":45")
                .contains("\"rejectedCount\":0").contains("\"effectiveDate\":\"").contains("\"percentDone\":100");
        String charges = get(id(schedule) + "/charges?code=99283", "billing").body();
        assertThat(charges).contains("ER level 3").contains("\"code\":\"99283\"");
    }

    @Test
    @RunAsClient
    void keepsTheGoodRowsOfAMalformedFileAndListsTheBadOnesWithTheirLines() throws Exception {
        String schedule = awaitEnd(send("malformed.csv", file("price-files/malformed-v3-tall.csv")));

        assertThat(schedule).contains("\"status\":\"READY\"").doesNotContain("\"rejectedCount\":0,")
                .doesNotContain("\"chargesAccepted\":0,");
        String issues = get(id(schedule) + "/issues", "billing").body();
        assertThat(issues).contains("\"line\":").contains("\"message\":");
    }

    @Test
    @RunAsClient
    void refusesAFileThatIsNoPriceFileAndKeepsNothing() throws Exception {
        String schedule = awaitEnd(send("notes.txt", "just some notes,\nnot a price file\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(schedule).contains("\"status\":\"REJECTED\"").contains("The file was refused")
                .contains("\"chargesAccepted\":0");
    }

    @Test
    @RunAsClient
    void refusesImportAndReadingToACoordinator() throws Exception {
        HttpResponse<String> upload = api().upload("fee-schedules?name=x.csv", "text/csv",
                "a,b\n".getBytes(StandardCharsets.UTF_8), "coordinator");
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(get("", "coordinator").statusCode()).isEqualTo(403);
    }

    // ---- estimates, from the demo price file (Lakeside General Hospital) and the demo plans ----

    private static final String HOSPITAL = "\"providerName\":\"Lakeside General Hospital\",\"providerNpi\":\"1427051135\","
            + "\"providerTin\":\"36-4455667\",\"providerLocation\":\"100 Lake Shore Drive, Springfield\",\"providerState\":\"IL\"";

    /**
     * Daniel Ortiz (demo) is on Northwind Gold PPO, family embedded: deductible 1,500 / 3,000 with 400 / 1,150
     * met; out-of-pocket maximum 6,000 / 12,000 with 400 / 1,150 met.
     * Workup 99204 (second opinion, copay 60, no deductible), allowed 228 → 60.
     * Knee replacement 27447 (surgery, 20% after the deductible), allowed 24,800: deductible left
     * min(1,500 − 400, 3,000 − 1,150) = 1,100; coinsurance (24,800 − 1,100) × 20% = 4,740; share 5,840, capped
     * at the out-of-pocket left after the workup min(6,000 − 400 − 60, 12,000 − 1,150 − 60) = 5,540.
     * Injections and therapy: 20610 allowed 118 → all deductible 118; 97110 × 8 allowed 336 → deductible 336;
     * 454. Had the options shared one calculation, the knee would start with 454 less deductible left.
     */
    @Test
    @RunAsClient
    void estimatesTheWorkupAndEachOptionSideBySideUnderThePatientsPlan() throws Exception {
        JsonObject coverage = array(api().call("GET", "billing/coverages?mrn=MRN-100871", null, "billing").body())
                .getJsonObject(0);
        JsonObject estimate = open("MRN-100871", "Daniel Ortiz", "1978-09-02", coverage.getInt("id"));
        // all within the plan year the amounts met belong to (a later year would start again from nothing met)
        LocalDate december = LocalDate.parse(coverage.getString("planYearStart")).plusMonths(11);
        estimate = addLine(estimate, "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\""
                + december.plusDays(3) + "\"");
        estimate = addLine(estimate, "\"option\":\"Knee replacement\",\"category\":\"SURGERY\",\"code\":\"27447\",\"serviceDate\":\""
                + december.plusDays(20) + "\"");
        estimate = addLine(estimate, "\"option\":\"Injections and therapy\",\"category\":\"OTHER\",\"code\":\"20610\",\"serviceDate\":\""
                + december.plusDays(10) + "\"");
        estimate = addLine(estimate, "\"option\":\"Injections and therapy\",\"category\":\"OTHER\",\"code\":\"97110\",\"units\":8,\"serviceDate\":\""
                + december.plusDays(11) + "\"");

        assertThat(option(estimate, "Second-opinion workup").getJsonNumber("patientOwes").bigDecimalValue())
                .isEqualByComparingTo("60.00");
        assertThat(option(estimate, "Knee replacement").getJsonNumber("patientOwes").bigDecimalValue())
                .isEqualByComparingTo("5540.00");
        assertThat(option(estimate, "Knee replacement").getJsonNumber("withWorkup").bigDecimalValue())
                .isEqualByComparingTo("5600.00");
        assertThat(option(estimate, "Injections and therapy").getJsonNumber("patientOwes").bigDecimalValue())
                .isEqualByComparingTo("454.00");
        assertThat(estimate.getJsonArray("lines").getJsonObject(1).getJsonArray("explanation").toString())
                .contains("24,800.00").contains("out-of-pocket maximum reached").as("every line says how it was computed");
        assertThat(estimate.getJsonArray("disclaimers")).isNotEmpty();
        // allowed = patient owes + plan pays: the workup 60 + 168 = 228, the knee 5,540 + 19,260 = 24,800
        assertThat(option(estimate, "Second-opinion workup").getJsonNumber("allowed").bigDecimalValue())
                .isEqualByComparingTo("228.00");
        assertThat(option(estimate, "Knee replacement").getJsonNumber("allowed").bigDecimalValue())
                .isEqualByComparingTo("24800.00");
        assertThat(option(estimate, "Knee replacement").getJsonNumber("withWorkupAllowed").bigDecimalValue())
                .isEqualByComparingTo("25028.00");
        // the whole estimate: the knee with the workup costs most, 60 + 5,540 = 5,600; plan pays 168 + 19,260 =
        // 19,428; allowed 228 + 24,800 = 25,028; the range runs from the therapy with the workup (60 + 454 = 514)
        // to the knee with the workup
        JsonObject total = estimate.getJsonObject("total");
        assertThat(total.getString("basis")).isEqualTo("Knee replacement");
        assertThat(total.getJsonNumber("patientOwes").bigDecimalValue()).isEqualByComparingTo("5600.00");
        assertThat(total.getJsonNumber("planPays").bigDecimalValue()).isEqualByComparingTo("19428.00");
        assertThat(total.getJsonNumber("allowed").bigDecimalValue()).isEqualByComparingTo("25028.00");
        assertThat(total.getJsonNumber("low").bigDecimalValue()).isEqualByComparingTo(
                option(estimate, "Injections and therapy").getJsonNumber("withWorkupLow").bigDecimalValue());
        assertThat(total.getJsonNumber("high").bigDecimalValue()).isEqualByComparingTo(
                option(estimate, "Knee replacement").getJsonNumber("withWorkupHigh").bigDecimalValue());

        JsonObject issued = object(api().call("POST", "estimates/" + estimate.getInt("id") + "/issue", "{\"version\":"
                + estimate.getInt("version") + "}", "billing").body());
        assertThat(issued.getString("status")).isEqualTo("ISSUED");
        assertThat(issued.containsKey("goodFaithDueBy")).as("no Good Faith Estimate for an insured patient").isFalse();
        HttpResponse<byte[]> pdf = api().download("estimates/" + estimate.getInt("id") + "/estimate.pdf", "billing");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PdfFiles.compactText(pdf.body())).contains("Yourcostestimate", "NorthwindGoldPPO", "Kneereplacement$5,540.00",
                "Injectionsandtherapy$454.00", "Thewholeestimate,upto(Kneereplacement)$5,600.00",
                // the billing user who issued it signs it (OpenPDF's extractor leaves out the letterhead and footer,
                // tagged as artifacts: the unit tests read those with PDFBox)
                "ElectronicallysignedbyBeaMarchetti(demobilling),Billingoffice");
        HttpResponse<String> audit = api().call("GET", "audit/entries?recordType=CostEstimate&recordId="
                + estimate.getInt("id"), null, "admin");
        assertThat(audit.body()).contains("opened estimate").contains("added to").contains("27447");
    }

    /**
     * Daniel Ortiz on Northwind Gold PPO: the outside pathology review 88321 (gross 260.00) by an out-of-network
     * pathologist, the plan's out-of-network allowed amount 120.00. As an ancillary clinician at an in-network
     * facility the No Surprises Act forbids the balance bill; without that, the pathologist may bill 260 − 120 =
     * 140 more.
     */
    @Test
    @RunAsClient
    void entersTheNoSurprisesActCasesAndRefusesFieldsTheRequestDoesNotTake() throws Exception {
        JsonObject coverage = array(api().call("GET", "billing/coverages?mrn=MRN-100871", null, "billing").body())
                .getJsonObject(0);
        JsonObject estimate = open("MRN-100871", "Daniel Ortiz", "1978-09-02", coverage.getInt("id"));
        String day = LocalDate.parse(coverage.getString("planYearStart")).plusMonths(11).plusDays(3).toString();
        String pathology = "\"option\":\"Biopsy review\",\"category\":\"PATHOLOGY\",\"code\":\"88321\","
                + "\"network\":\"OUT_OF_NETWORK\",\"outOfNetworkAllowed\":120.00,\"serviceDate\":\"" + day + "\"";

        estimate = addLine(estimate, pathology + ",\"ancillaryAtInNetworkFacility\":true,\"facilityNetwork\":\"IN_NETWORK\"");
        JsonObject protectedLine = estimate.getJsonArray("lines").getJsonObject(0);
        assertThat(protectedLine.getBoolean("ancillaryAtInNetworkFacility")).isTrue();
        assertThat(protectedLine.getBoolean("emergency")).isFalse();
        assertThat(protectedLine.getString("facilityNetwork")).isEqualTo("IN_NETWORK");
        assertThat(protectedLine.getJsonNumber("balanceBill").bigDecimalValue()).isEqualByComparingTo("0.00");
        assertThat(protectedLine.getJsonArray("explanation").toString()).contains("No Surprises Act");

        estimate = addLine(estimate, pathology + ",\"emergency\":true");
        assertThat(estimate.getJsonArray("lines").getJsonObject(1).getBoolean("emergency")).isTrue();
        assertThat(estimate.getJsonArray("lines").getJsonObject(1).getJsonNumber("balanceBill").bigDecimalValue())
                .isEqualByComparingTo("0.00");
        estimate = addLine(estimate, pathology);
        JsonObject billed = estimate.getJsonArray("lines").getJsonObject(2);
        assertThat(billed.getJsonNumber("balanceBill").bigDecimalValue()).isEqualByComparingTo("140.00");
        assertThat(billed.getJsonArray("explanation").toString()).doesNotContain("No Surprises Act");

        String path = "estimates/" + estimate.getInt("id") + "/lines";
        HttpResponse<String> outOfNetworkFacility = api().call("POST", path, "{\"version\":" + estimate.getInt("version")
                + "," + HOSPITAL + "," + pathology + ",\"ancillaryAtInNetworkFacility\":true,"
                + "\"facilityNetwork\":\"OUT_OF_NETWORK\"}", "billing");
        assertThat(outOfNetworkFacility.statusCode()).as(outOfNetworkFacility.body()).isEqualTo(422);
        assertThat(outOfNetworkFacility.body()).contains("\"field\":\"ancillaryAtInNetworkFacility\"");

        HttpResponse<String> unknown = api().call("POST", path, "{\"version\":" + estimate.getInt("version") + ","
                + HOSPITAL + "," + pathology + ",\"emergencyy\":true}", "billing");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("\"field\":\"emergencyy\"")
                .contains("emergencyy is not a field of this request")
                .doesNotContain("LineForm").doesNotContain("Json property");
        HttpResponse<String> unknownInRecord = api().call("POST", "estimates/" + estimate.getInt("id") + "/issue",
                "{\"version\":" + estimate.getInt("version") + ",\"force\":true}", "billing");
        assertThat(unknownInRecord.statusCode()).as(unknownInRecord.body()).isEqualTo(400);
        assertThat(unknownInRecord.body()).contains("force is not a field of this request");
        assertThat(object(api().call("GET", "estimates/" + estimate.getInt("id"), null, "billing").body())
                .getJsonArray("lines")).as("nothing added or issued").hasSize(3);
    }

    @Test
    @RunAsClient
    void locksAnIssuedEstimateAndChangesItOnlyAsANewVersion() throws Exception {
        JsonObject estimate = addLine(open("MRN-LOCK-" + System.nanoTime() % 100000, "Lena Locked", "1990-04-05", null),
                "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-02-01\"");
        long id = estimate.getInt("id");
        JsonObject issued = object(api().call("POST", "estimates/" + id + "/issue", "{\"version\":"
                + estimate.getInt("version") + "}", "billing").body());
        assertThat(issued.getString("status")).isEqualTo("ISSUED");
        assertThat(issued.getString("goodFaithDueBy")).isNotBlank();

        HttpResponse<String> added = api().call("POST", "estimates/" + id + "/lines", "{\"version\":" + issued.getInt("version")
                + ",\"workup\":true," + HOSPITAL + ",\"category\":\"PATHOLOGY\",\"code\":\"88321\",\"serviceDate\":\"2027-02-01\"}",
                "billing");
        HttpResponse<String> removed = api().call("DELETE", "estimates/" + id + "/lines/"
                + issued.getJsonArray("lines").getJsonObject(0).getInt("id") + "?version=" + issued.getInt("version"),
                null, "billing");
        assertThat(added.statusCode()).isEqualTo(409);
        assertThat(added.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(added.body()).contains("locked").contains("new version");
        assertThat(removed.statusCode()).isEqualTo(409);
        assertThat(object(api().call("GET", "estimates/" + id, null, "billing").body()).getJsonArray("lines")).hasSize(1);

        HttpResponse<String> revised = api().call("POST", "estimates/" + id + "/revisions", null, "billing");
        assertThat(revised.statusCode()).isEqualTo(201);
        JsonObject second = object(revised.body());
        assertThat(second.getString("reference")).endsWith("v2");
        assertThat(second.getString("status")).isEqualTo("DRAFT");
        assertThat(second.getJsonArray("lines")).hasSize(1);
        assertThat(api().call("POST", "estimates/" + id + "/revisions", null, "billing").statusCode())
                .as("one draft at a time").isEqualTo(422);
        second = addLine(second, "\"workup\":true,\"category\":\"PATHOLOGY\",\"code\":\"88321\",\"serviceDate\":\"2027-02-01\"");
        JsonObject secondIssued = object(api().call("POST", "estimates/" + second.getInt("id") + "/issue",
                "{\"version\":" + second.getInt("version") + "}", "billing").body());

        assertThat(secondIssued.getString("status")).isEqualTo("ISSUED");
        assertThat(object(api().call("GET", "estimates/" + id, null, "billing").body()).getString("status"))
                .isEqualTo("SUPERSEDED");
    }

    @Test
    @RunAsClient
    void refusesAStaleEditAndKeepsTheFirst() throws Exception {
        JsonObject estimate = open("MRN-STALE-1", "Sam Stale", "1975-06-07", null);
        String line = "{\"version\":" + estimate.getInt("version") + ",\"workup\":true," + HOSPITAL
                + ",\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-03-01\"}";

        HttpResponse<String> first = api().call("POST", "estimates/" + estimate.getInt("id") + "/lines", line, "billing");
        HttpResponse<String> second = api().call("POST", "estimates/" + estimate.getInt("id") + "/lines", line, "billing");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(object(api().call("GET", "estimates/" + estimate.getInt("id"), null, "billing").body())
                .getJsonArray("lines")).hasSize(1);
    }

    @Test
    @RunAsClient
    void namesTheFieldOfBadInput() throws Exception {
        JsonObject estimate = open("MRN-BAD-1", "Bo Bad", "1980-01-01", null);
        String path = "estimates/" + estimate.getInt("id") + "/lines";

        HttpResponse<String> noCode = api().call("POST", path, "{\"version\":" + estimate.getInt("version")
                + ",\"workup\":true," + HOSPITAL + ",\"category\":\"SECOND_OPINION\",\"serviceDate\":\"2027-03-01\"}", "billing");
        HttpResponse<String> unknownCode = api().call("POST", path, "{\"version\":" + estimate.getInt("version")
                + ",\"workup\":true," + HOSPITAL + ",\"category\":\"SECOND_OPINION\",\"code\":\"00000\",\"serviceDate\":\"2027-03-01\"}", "billing");
        HttpResponse<String> serviceBeforeScheduling = api().post("estimates",
                anEstimate("MRN-BAD-2", "Bo Bad", "1980-01-01", demoSchedule()).primaryService("Knee")
                        .without("diagnosisCodes").with("scheduledOn", "2027-03-10").with("serviceDate", "2027-03-01")
                        .json(), "billing");

        assertThat(noCode.statusCode()).isEqualTo(400);
        assertThat(noCode.body()).contains("\"field\":\"code\"").contains("Code is required");
        assertThat(unknownCode.statusCode()).isEqualTo(422);
        assertThat(unknownCode.body()).contains("\"field\":\"code\"").contains("no price for 00000");
        assertThat(serviceBeforeScheduling.statusCode()).isEqualTo(422);
        assertThat(serviceBeforeScheduling.body()).contains("\"field\":\"serviceDate\"");
    }

    /**
     * Rates are percent, 0 to 100, on the API as on the page: 120 is refused naming the field; an Original
     * Medicare Part B plan, which stores no deductible, reads back the configured Part B deductible (283.00).
     */
    @Test
    @RunAsClient
    void takesRatesInPercentAndReadsBackTheConfiguredPartBDeductible() throws Exception {
        String name = "Part B " + System.nanoTime();
        HttpResponse<String> medicare = api().call("POST", "billing/plans", """
                {"payerName":"Medicare","planName":"%s","kind":"MEDICARE_PART_B","individualDeductible":0}"""
                .formatted(name), "billing");
        assertThat(medicare.statusCode()).as(medicare.body()).isEqualTo(201);
        assertThat(object(medicare.body()).getJsonNumber("individualDeductible").bigDecimalValue())
                .isEqualByComparingTo("283.00");
        HttpResponse<String> read = api().call("GET", "billing/plans/" + object(medicare.body()).getInt("id"), null,
                "billing");
        assertThat(object(read.body()).getJsonNumber("individualDeductible").bigDecimalValue())
                .isEqualByComparingTo("283.00");

        HttpResponse<String> fraction = api().call("POST", "billing/plans", """
                {"payerName":"Harbor Health","planName":"%s","kind":"COMMERCIAL","individualDeductible":500,
                 "categories":[{"category":"SURGERY","covered":true,"copay":0,"inNetworkCoinsurance":120,
                 "outOfNetworkCoinsurance":40,"deductibleApplies":true}]}""".formatted("Bronze " + System.nanoTime()),
                "billing");
        assertThat(fraction.statusCode()).as(fraction.body()).isEqualTo(400);
        assertThat(fraction.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(fraction.body()).contains("inNetworkCoinsurance").contains("In-network coinsurance is 0 to 100 percent");

        HttpResponse<String> percent = api().call("POST", "billing/plans", """
                {"payerName":"Harbor Health","planName":"%s","kind":"COMMERCIAL","individualDeductible":500,
                 "categories":[{"category":"SURGERY","covered":true,"copay":0,"inNetworkCoinsurance":20,
                 "outOfNetworkCoinsurance":40,"deductibleApplies":true}]}""".formatted("Bronze " + System.nanoTime()),
                "billing");
        assertThat(percent.statusCode()).as(percent.body()).isEqualTo(201);
        assertThat(object(percent.body()).getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("category").equals("SURGERY")).findFirst().orElseThrow()
                .getJsonNumber("inNetworkCoinsurance").bigDecimalValue()).isEqualByComparingTo("20");
    }

    /** Self-pay 99204 at the cash price 250.00: a bill of 650.00 is 400.00 over and may be disputed. */
    @Test
    @RunAsClient
    void flagsAFinalBillFourHundredDollarsOverAGoodFaithEstimate() throws Exception {
        JsonObject estimate = addLine(open("MRN-BILL-1", "Bea Billed", "1985-08-09", null),
                "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-02-01\"");
        long id = estimate.getInt("id");
        api().call("POST", "estimates/" + id + "/issue", "{\"version\":" + estimate.getInt("version") + "}", "billing");

        HttpResponse<String> over = api().call("POST", "estimates/" + id + "/final-bills", """
                {"providerName":"Lakeside General Hospital","billDate":"2026-01-15","billedAmount":650.00}""", "billing");
        api().call("POST", "estimates/" + id + "/final-bills", """
                {"providerName":"Lakeside General Hospital","billDate":"2026-01-16","billedAmount":649.99}""", "billing");
        JsonArray bills = array(api().call("GET", "estimates/" + id + "/final-bills", null, "billing").body());

        assertThat(over.statusCode()).isEqualTo(201);
        assertThat(bills.getJsonObject(0).getBoolean("disputeEligible")).isTrue();
        assertThat(bills.getJsonObject(0).getString("disputeBy")).isEqualTo("2026-05-15");
        assertThat(bills.getJsonObject(1).getBoolean("disputeEligible")).isFalse();
    }

    /**
     * Two self-pay estimates priced at Lakeside's cash prices, final bills dated in May 2003 (no other test bills
     * then). "consultation": 99204 = 250.00; bills 650.00 (400.00 off: within $400; 10% of 650.00 = 65.00: not),
     * 650.01 (400.01 off: neither), 0.00 (250.00 off: within $400; a bill of 0 is within 10% only of an estimate of
     * 0: not) → 3 compared, $400: 2 = 66.7%, 10%: 0 = 0.0%. "consultation and slides": 99204 + 88321 = 250.00 +
     * 155.00 = 405.00; bills 450.00 (45.00 off = exactly 10% of 450.00: both), 450.01 (45.01 off > 45.001: within
     * $400 only), 405.00 (both) → 3 compared, $400: 3 = 100.0%, 10%: 2 = 66.7%. All six: $400: 5 = 83.3%, 10%: 2 =
     * 33.3%. A bill on 2003-06-01 is after the period and not counted; the first and last day are.
     */
    @Test
    @RunAsClient
    void countsTheFinalBillsOfAPeriodWithinFourHundredDollarsAndTenPercentByService() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        String consultation = "Accuracy IT " + tag + ": consultation";
        String withSlides = "Accuracy IT " + tag + ": consultation and slides";
        JsonObject before = object(api().call("GET", "estimates/accuracy?from=2003-05-01&to=2003-05-31", null, "billing").body());

        long a = issued(addLine(openFor(consultation, "MRN-ACC-A" + tag, "Ada Accurate", "1970-01-01"),
                "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-02-01\""));
        JsonObject b = addLine(openFor(withSlides, "MRN-ACC-B" + tag, "Ben Accurate", "1971-01-01"),
                "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-02-01\"");
        long bId = issued(addLine(b, "\"workup\":true,\"category\":\"PATHOLOGY\",\"code\":\"88321\",\"serviceDate\":\"2027-02-01\""));
        bill(a, "2003-05-01", "650.00");
        bill(a, "2003-05-14", "650.01");
        bill(a, "2003-05-31", "0.00");
        bill(a, "2003-06-01", "250.00");
        bill(bId, "2003-05-02", "450.00");
        bill(bId, "2003-05-03", "450.01");
        bill(bId, "2003-05-04", "405.00");

        HttpResponse<String> answer = api().call("GET", "estimates/accuracy?from=2003-05-01&to=2003-05-31", null, "billing");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject after = object(answer.body());
        assertThat(after.getString("from")).isEqualTo("2003-05-01");
        assertThat(after.getJsonNumber("publishedPercent").bigDecimalValue()).isEqualByComparingTo("83.9");
        assertThat(after.getString("publishedSource")).contains("JAMA Network Open 2020");
        JsonObject overall = after.getJsonObject("overall");
        JsonObject overallBefore = before.getJsonObject("overall");
        assertThat(overall.getInt("compared") - overallBefore.getInt("compared")).isEqualTo(6);
        assertThat(overall.getInt("withinDollars") - overallBefore.getInt("withinDollars")).isEqualTo(5);
        assertThat(overall.getInt("withinTenPercent") - overallBefore.getInt("withinTenPercent")).isEqualTo(2);
        if (overallBefore.getInt("compared") == 0) {
            assertThat(overall.getJsonNumber("withinDollarsPercent").bigDecimalValue()).isEqualByComparingTo("83.3");
            assertThat(overall.getJsonNumber("withinTenPercentPercent").bigDecimalValue()).isEqualByComparingTo("33.3");
        }
        JsonObject first = service(after, consultation);
        assertThat(first.getInt("compared")).isEqualTo(3);
        assertThat(first.getInt("withinDollars")).isEqualTo(2);
        assertThat(first.getInt("withinTenPercent")).isZero();
        assertThat(first.getJsonNumber("withinDollarsPercent").bigDecimalValue()).isEqualByComparingTo("66.7");
        assertThat(first.getJsonNumber("withinTenPercentPercent").bigDecimalValue()).isEqualByComparingTo("0.0");
        JsonObject second = service(after, withSlides);
        assertThat(second.getInt("compared")).isEqualTo(3);
        assertThat(second.getInt("withinDollars")).isEqualTo(3);
        assertThat(second.getInt("withinTenPercent")).isEqualTo(2);
        assertThat(second.getJsonNumber("withinDollarsPercent").bigDecimalValue()).isEqualByComparingTo("100.0");
        assertThat(second.getJsonNumber("withinTenPercentPercent").bigDecimalValue()).isEqualByComparingTo("66.7");

        assertThat(api().call("GET", "estimates/accuracy?from=2003-06-01&to=2003-06-01", null, "admin").body())
                .as("the administrator sees the department's figures; the June bill is in June")
                .contains(consultation);
        assertThat(api().call("GET", "audit/entries?recordType=CostEstimate&action=READ&actor=billing", null, "admin").body())
                .contains("accuracy of estimates against final bills from 2003-05-01 to 2003-05-31");
    }

    @Test
    @RunAsClient
    void refusesTheAccuracyToOtherRolesAndABadPeriodNamingTheParameter() throws Exception {
        assertThat(api().call("GET", "estimates/accuracy?from=2026-01-01&to=2026-01-31", null, "coordinator").statusCode())
                .isEqualTo(403);
        assertThat(api().call("GET", "estimates/accuracy?from=2026-01-01&to=2026-01-31", null, "legal").statusCode())
                .isEqualTo(403);
        HttpResponse<String> anonymous = api().send(HttpRequest.newBuilder(URI.create(base
                + "api/estimates/accuracy?from=2026-01-01&to=2026-01-31")).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        for (String[] bad : new String[][]{
                {"to=2026-01-31", "from"},
                {"from=2026-01-01", "to"},
                {"from=2026-13-01&to=2026-12-31", "from"},
                {"from=1%2F1%2F2026&to=2026-12-31", "from"},
                {"from=2026-01-01&to=yesterday", "to"},
                {"from=2026-02-01&to=2026-01-31", "to"},
                {"from=2020-01-01&to=2025-01-02", "to"}}) {
            HttpResponse<String> refused = api().call("GET", "estimates/accuracy?" + bad[0], null, "billing");
            assertThat(refused.statusCode()).as(bad[0] + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"").doesNotContain("Exception");
        }
        assertThat(api().call("GET", "estimates/accuracy?from=2020-01-01&to=2025-01-01", null, "billing").statusCode())
                .as("five years to the day").isEqualTo(200);
    }

    @Test
    @RunAsClient
    void describesTheAccuracyInTheOpenApiDocumentWithEveryResponseAndNoDefault() throws Exception {
        HttpResponse<String> document = api().send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://"
                + base.getHost() + ":" + base.getPort() + "/openapi?format=JSON")).header("Accept", "application/json").GET());
        assertThat(document.statusCode()).isEqualTo(200);
        JsonObject paths = object(document.body()).getJsonObject("paths");
        String path = paths.keySet().stream().filter(p -> p.endsWith("/estimates/accuracy")).findFirst().orElseThrow();
        JsonObject responses = paths.getJsonObject(path).getJsonObject("get").getJsonObject("responses");
        assertThat(responses.keySet()).containsExactlyInAnyOrder("200", "400", "401", "403", "503");
        String answer = responses.getJsonObject("200").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref");
        JsonObject schemas = object(document.body()).getJsonObject("components").getJsonObject("schemas");
        JsonObject view = schemas.getJsonObject(answer.substring(answer.lastIndexOf('/') + 1));
        assertThat(view.getJsonObject("properties").keySet()).contains("byService", "overall");
        String share = view.getJsonObject("properties").getJsonObject("overall").getString("$ref");
        assertThat(schemas.getJsonObject(share.substring(share.lastIndexOf('/') + 1)).getJsonObject("properties")
                .keySet()).contains("withinTenPercentPercent");
        assertThat(responses.getJsonObject("400").toString()).contains("application/problem+json");
    }

    @Test
    @RunAsClient
    void saysPerLineWhatAGoodFaithEstimateLacksInsteadOfFailingAndIssuesItOnceEntered() throws Exception {
        JsonObject opened = open("MRN-GFE-NPI", "Nora Npi", "1979-04-05", null);
        HttpResponse<String> added = api().call("POST", "estimates/" + opened.getInt("id") + "/lines", "{\"version\":"
                + opened.getInt("version") + ",\"providerName\":\"Dr. Ada Reyes\",\"workup\":true,"
                + "\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-02-01\"}", "billing");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonObject estimate = object(added.body());
        long id = estimate.getInt("id");
        long lineId = estimate.getJsonArray("lines").getJsonObject(0).getInt("id");
        assertThat(estimate.getJsonArray("missingForGoodFaithEstimate").getJsonObject(0).getJsonArray("missing")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString))
                .containsExactly("the NPI is missing", "the TIN is missing", "the location of care is missing",
                        "the state of care is missing");

        HttpResponse<String> refused = api().call("POST", "estimates/" + id + "/issue", "{\"version\":"
                + estimate.getInt("version") + "}", "billing");
        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(refused.body()).contains("Line 1 (99204, Dr. Ada Reyes): the NPI is missing, the TIN is missing")
                .doesNotContain("Exception");
        JsonObject unchanged = object(api().call("GET", "estimates/" + id, null, "billing").body());
        assertThat(unchanged.getString("status")).isEqualTo("DRAFT");

        HttpResponse<String> entered = api().call("PUT", "estimates/" + id + "/lines/" + lineId + "/provider", """
                {"version":%d,"providerName":"Dr. Ada Reyes","providerNpi":"1234567893","providerTin":"12-3456789",
                 "providerLocation":"Lakeside General Hospital, 1 Lake Road, Springfield","providerState":"il"}"""
                .formatted(unchanged.getInt("version")), "billing");
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
        JsonObject complete = object(entered.body());
        assertThat(complete.getJsonArray("missingForGoodFaithEstimate")).isEmpty();
        assertThat(complete.getJsonArray("lines").getJsonObject(0).getString("providerState")).isEqualTo("IL");

        HttpResponse<String> issued = api().call("POST", "estimates/" + id + "/issue", "{\"version\":"
                + complete.getInt("version") + "}", "billing");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(object(issued.body()).getString("documentSha256")).hasSize(64);
    }

    @Test
    @RunAsClient
    void billingGetsOnlyWhatPricingNeedsFromAReferral() throws Exception {
        HttpResponse<String> referral = api().call("POST", "referrals", """
                {"patientName":"Priya Private","patientBirthDate":"1969-03-04","patientMrn":"MRN-MIN-NEC-1",
                 "firstPhysicianName":"Dr. Elsewhere","diagnosisCode":"M17.11",
                 "diagnosisText":"SECRET-DIAGNOSIS-TEXT osteoarthritis","treatmentKind":"SURGERY",
                 "treatmentText":"SECRET-TREATMENT-TEXT knee replacement","requestedSpecialty":"Orthopaedic surgery",
                 "reason":"SECRET-REASON the patient distrusts the surgeon","urgency":"ROUTINE","consent":true,
                 "standardQuestions":["ALTERNATIVES"],"ownQuestions":["SECRET-QUESTION will I walk again?"]}""",
                "coordinator");
        assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
        long referralId = object(referral.body()).getInt("id");

        HttpResponse<String> created = api().call("POST", "estimates/from-referral", """
                {"referralId":%d,"feeScheduleId":%d,"scheduledOn":"2026-12-01"}""".formatted(referralId, demoSchedule()),
                "billing");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject estimate = object(created.body());
        assertThat(estimate.getString("patientMrn")).isEqualTo("MRN-MIN-NEC-1");
        assertThat(estimate.getString("primaryService")).isEqualTo("Second opinion in Orthopaedic surgery on proposed surgery");
        assertThat(estimate.getString("diagnosisCodes")).isEqualTo("M17.11");
        assertThat(created.body()).doesNotContain("SECRET");
        assertThat(api().call("GET", "referrals/" + referralId, null, "billing").statusCode())
                .as("billing cannot read the case itself").isEqualTo(403);
        assertThat(api().call("GET", "audit/entries?actor=billing&recordType=Referral", null, "admin").body())
                .contains("pricing facts for billing");
    }

    @Test
    @RunAsClient
    void refusesEstimatesAndPlansToOtherRolesAndAuditsTheRefusal() throws Exception {
        assertThat(api().call("GET", "estimates", null, "coordinator").statusCode()).isEqualTo(403);
        assertThat(api().call("GET", "billing/plans", null, "specialist").statusCode()).isEqualTo(403);
        assertThat(api().call("POST", "estimates/1/issue", "{\"version\":0}", "legal").statusCode()).isEqualTo(403);
        assertThat(api().call("GET", "audit/entries?action=ACCESS_DENIED&actor=coordinator", null, "admin").body())
                .contains("/api/estimates");
    }

    /**
     * An issued self-pay estimate exports as a Da Vinci PCT Good Faith Estimate Bundle (FHIR R4 JSON): the summary
     * Claim first, then a GFE Claim with the hospital's NPI and the CPT code; a draft is refused (422) and so is any
     * role but billing (403); the export is audited.
     */
    @Test
    @RunAsClient
    void exportsAnIssuedEstimateAsAGoodFaithEstimateBundleAndNothingElse() throws Exception {
        JsonObject draft = addLine(open("MRN-GFE-FHIR-1", "Grace Bundle", "1969-04-05", null),
                "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-02-01\"");
        long id = draft.getInt("id");

        HttpResponse<String> early = api().call("GET", "estimates/" + id + "/gfe-bundle", null, "billing");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(object(early.body()).getString("detail")).contains("draft").contains("issue it first");

        api().call("POST", "estimates/" + id + "/issue", "{\"version\":" + draft.getInt("version") + "}", "billing");
        HttpResponse<String> exported = api().call("GET", "estimates/" + id + "/gfe-bundle", null, "billing");
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type")).get().asString().startsWith("application/fhir+json");
        JsonObject bundle = object(exported.body());
        assertThat(bundle.getString("resourceType")).isEqualTo("Bundle");
        assertThat(bundle.getString("type")).isEqualTo("collection");
        assertThat(bundle.getJsonObject("meta").getJsonArray("profile").getString(0))
                .isEqualTo("http://hl7.org/fhir/us/davinci-pct/StructureDefinition/davinci-pct-gfe-bundle");
        JsonObject summary = bundle.getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        assertThat(summary.getString("resourceType")).isEqualTo("Claim");
        assertThat(summary.getString("use")).isEqualTo("predetermination");
        JsonObject gfe = bundle.getJsonArray("entry").getJsonObject(1).getJsonObject("resource");
        assertThat(gfe.getJsonObject("type").getJsonArray("coding").getJsonObject(0).getString("code"))
                .isEqualTo("professional");
        assertThat(gfe.getJsonArray("item").getJsonObject(0).getJsonObject("productOrService").getJsonArray("coding")
                .getJsonObject(0).getString("code")).isEqualTo("99204");
        assertThat(exported.body()).contains("\"value\":\"1427051135\"").contains("\"value\":\"MRN-GFE-FHIR-1\"")
                .contains("not-applicable");
        // valid R4 as served (the Da Vinci PCT profiles are not in the offline validator: their claims set aside)
        org.hl7.fhir.r4.model.Bundle served = (org.hl7.fhir.r4.model.Bundle) org.secondopinion.web.fhir.FhirContexts
                .r4().newJsonParser().parseResource(exported.body());
        served.getMeta().getProfile().clear();
        served.getEntry().forEach(entry -> entry.getResource().getMeta().getProfile().clear());
        assertThat(org.secondopinion.web.fhir.R4Validation.errors(served)).isEmpty();

        assertThat(api().call("GET", "estimates/" + id + "/gfe-bundle", null, "coordinator").statusCode())
                .isEqualTo(403);
        assertThat(api().call("GET", "estimates/" + id + "/gfe-bundle", null, "legal").statusCode()).isEqualTo(403);
        assertThat(api().call("GET", "audit/entries?recordType=CostEstimate&recordId=" + id + "&action=EXPORT", null,
                "admin").body()).contains("as a Good Faith Estimate bundle");
    }

    /**
     * FHIR Coverage: billing reads a patient's coverage by MRN, by the register's Patient id and by the coverage's id
     * (each read audited); coordinators may too, and a machine client with the scope fhir.coverage.read; legal staff
     * and clients without that scope get 403.
     */
    @Test
    @RunAsClient
    void readsCoverageOverFhirForBillingOnly() throws Exception {
        HttpResponse<String> found = fhir("Coverage?patient.identifier=urn:secondopinion:mrn%7CMRN-100871", "billing");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonObject bundle = object(found.body());
        assertThat(bundle.getString("type")).isEqualTo("searchset");
        JsonObject coverage = bundle.getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        assertThat(coverage.getString("resourceType")).isEqualTo("Coverage");
        assertThat(coverage.getString("status")).isEqualTo("active");
        assertThat(coverage.getJsonObject("beneficiary").getJsonObject("identifier").getString("value"))
                .isEqualTo("MRN-100871");
        assertThat(coverage.getJsonArray("contained").getJsonObject(0).getString("name")).isNotBlank();

        HttpResponse<String> read = fhir("Coverage/" + coverage.getString("id"), "billing");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(object(read.body()).getString("id")).isEqualTo(coverage.getString("id"));
        assertThat(fhir("Coverage/999999999", "billing").statusCode()).isEqualTo(404);

        // a registered patient (an intake registers them) is also found by their Patient id, and referenced by it
        String mrn = "MRN-FHIR-COV-" + System.nanoTime() % 10_000_000;
        HttpResponse<String> intake = api().post("referrals", ReferralBody.aReferral("Cora Verage", "1975-06-07", mrn)
                .json(), "coordinator");
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        long plan = array(api().call("GET", "billing/plans", null, "billing").body()).getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> added = api().post("billing/coverages", """
                {"patientMrn":"%s","patientName":"Cora Verage","patientBirthDate":"1975-06-07","planId":%d,
                 "memberId":"CV-1","tier":"SELF_ONLY","planYearStart":"%s","individualDeductibleMet":0,
                 "familyDeductibleMet":0,"individualOutOfPocketMet":0,"familyOutOfPocketMet":0,"metAsOf":"%s"}"""
                .formatted(mrn, plan, LocalDate.now().withDayOfYear(1), LocalDate.now()), "billing");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject registered = object(fhir("Coverage?patient.identifier=urn:secondopinion:mrn%7C" + mrn, "coordinator")
                .body()).getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        String patient = registered.getJsonObject("beneficiary").getString("reference");
        assertThat(patient).matches("Patient/[0-9]+");
        for (String search : new String[] {"patient=" + patient, "patient=" + patient.substring(8),
                "beneficiary=" + patient}) {
            JsonObject byId = object(fhir("Coverage?" + search, "billing").body());
            assertThat(byId.getJsonArray("entry")).as(search).hasSize(1);
            assertThat(byId.getJsonArray("entry").getJsonObject(0).getJsonObject("resource").getString("subscriberId"))
                    .isEqualTo("CV-1");
        }
        assertThat(object(fhir("Coverage?patient=Patient/999999999", "billing").body()).getInt("total")).isZero();

        // a machine client needs the scope fhir.coverage.read, and gets no Good Faith Estimate bundle with it
        HttpResponse<String> client = api().post("api-clients", "{\"clientId\":\"payer-" + System.nanoTime() % 10_000_000
                + "\",\"displayName\":\"Payer portal\",\"scopes\":[\"fhir.coverage.read\"]}", "admin");
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        String token = api().accessToken(object(client.body()).getJsonObject("client").getString("clientId"),
                object(client.body()).getString("clientSecret"));
        assertThat(fhirWithToken("Coverage/" + coverage.getString("id"), token).statusCode()).isEqualTo(200);
        assertThat(fhirWithToken("Coverage/" + coverage.getString("id"),
                api().accessToken("ehr-demo", ApiClient.PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(api().withToken("GET", "estimates/1/gfe-bundle", null, null, token).statusCode()).isEqualTo(403);

        HttpResponse<String> refused = fhir("Coverage?patient.identifier=urn:secondopinion:mrn%7CMRN-100871", "legal");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(object(refused.body()).getString("resourceType")).isEqualTo("OperationOutcome");
        assertThat(api().call("GET", "audit/entries?recordType=PatientCoverage&recordId=" + coverage.getString("id")
                + "&action=READ", null, "admin").body()).contains("(exchange)");
    }

    private HttpResponse<String> fhirWithToken(String path, String token) throws IOException, InterruptedException {
        return api().send(HttpRequest.newBuilder(URI.create(base + "fhir/" + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").GET());
    }

    private HttpResponse<String> fhir(String path, String username) throws IOException, InterruptedException {
        HttpResponse<String> answer = api().send(HttpRequest.newBuilder(URI.create(base + "fhir/" + path))
                .header("Authorization", ApiClient.basic(username)).header("Accept", "application/fhir+json").GET());
        FhirStatusIT.assertValidR4(answer);
        return answer;
    }

    /** In the container: a changed byte in the stored Good Faith Estimate withholds it. */
    @Test
    void withholdsAGoodFaithEstimateWhoseStoredFileChanged() throws Exception {
        JsonObject estimate = addLine(open("MRN-TAMPER-1", "Tim Tamper", "1970-02-03", null),
                "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\",\"serviceDate\":\"2027-02-01\"");
        long id = estimate.getInt("id");
        JsonObject issued = object(api().call("POST", "estimates/" + id + "/issue", "{\"version\":"
                + estimate.getInt("version") + "}", "billing").body());
        HttpResponse<byte[]> pdf = api().download("estimates/" + id + "/good-faith-estimate.pdf", "billing");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfFiles.compactText(pdf.body())).contains("GoodFaithEstimate");
        assertThat(pdf.headers().firstValue("Digest")).hasValue("sha-256=" + issued.getString("documentSha256"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");

        java.nio.file.Path stored = fileStore.pathOf(probe.documentKey(id));
        byte[] changed = java.nio.file.Files.readAllBytes(stored);
        changed[changed.length / 2] ^= 1;
        java.nio.file.Files.write(stored, changed);

        HttpResponse<String> refused = api().call("GET", "estimates/" + id + "/good-faith-estimate.pdf", null, "billing");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("has changed since it was issued");
    }

    private JsonObject open(String mrn, String name, String born, Integer coverageId) throws Exception {
        HttpResponse<String> created = api().post("estimates",
                anEstimate(mrn, name, born, demoSchedule()).coverage(coverageId).json(), "billing");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created.body());
    }

    /** A self-pay estimate for a primary service. */
    private JsonObject openFor(String service, String mrn, String name, String born) throws Exception {
        HttpResponse<String> created = api().post("estimates", anEstimate(mrn, name, born, demoSchedule())
                .primaryService(service).without("diagnosisCodes").json(), "billing");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created.body());
    }

    private long issued(JsonObject estimate) throws Exception {
        HttpResponse<String> issued = api().call("POST", "estimates/" + estimate.getInt("id") + "/issue", "{\"version\":"
                + estimate.getInt("version") + "}", "billing");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return estimate.getInt("id");
    }

    private void bill(long estimateId, String day, String amount) throws Exception {
        HttpResponse<String> billed = api().call("POST", "estimates/" + estimateId + "/final-bills", """
                {"providerName":"Lakeside General Hospital","billDate":"%s","billedAmount":%s}""".formatted(day, amount),
                "billing");
        assertThat(billed.statusCode()).as(billed.body()).isEqualTo(201);
    }

    private static JsonObject service(JsonObject accuracy, String name) {
        return accuracy.getJsonArray("byService").getValuesAs(JsonObject.class).stream()
                .filter(s -> name.equals(s.getString("service", null))).findFirst().orElseThrow();
    }

    private JsonObject addLine(JsonObject estimate, String fields) throws Exception {
        HttpResponse<String> added = api().call("POST", "estimates/" + estimate.getInt("id") + "/lines", "{\"version\":"
                + estimate.getInt("version") + "," + HOSPITAL + "," + fields + "}", "billing");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        return object(added.body());
    }

    private static JsonObject option(JsonObject estimate, String name) {
        return estimate.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private long demoSchedule() throws Exception {
        return array(api().call("GET", "fee-schedules", null, "billing").body()).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("fileName").equals("lakeside-standard-charges.csv")).findFirst().orElseThrow()
                .getInt("id");
    }

    private String send(String name, byte[] content) throws IOException, InterruptedException {
        HttpResponse<String> accepted = api().upload("fee-schedules?name=" + name, "text/csv", content, "billing");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).isPresent();
        return accepted.body();
    }

    /** Polls the schedule until its import has ended (or a minute has passed). */
    private String awaitEnd(String schedule) throws IOException, InterruptedException {
        String id = id(schedule);
        String current = schedule;
        for (int attempt = 0; attempt < 300 && current.contains("\"status\":\"IMPORTING\""); attempt++) {
            Thread.sleep(200);
            current = get(id, "billing").body();
        }
        return current;
    }

    private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        return api().get("fee-schedules" + (path.isEmpty() ? "" : "/" + path), username);
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private static String id(String schedule) {
        return schedule.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = BillingIT.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
