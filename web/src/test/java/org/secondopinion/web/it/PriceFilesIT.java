package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.it.ApiClient.array;
import static org.secondopinion.web.it.ApiClient.object;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
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

/**
 * A real price file through import and estimate (issue 11, items 3, 5, 6, 7): a template 2.0.0 wide file saved in
 * Windows-1252 whose headers write the payers' spaces as underscores (Northwind_Health|Northwind_Gold_PPO), with
 * MS-DRG 470 priced only as the plan's case rate and the plan's own rate for modifier 50. The demo patient Daniel
 * Ortiz is on Northwind Gold PPO (surgery 20% after the deductible; 1,100 of the deductible and 5,600 of the
 * out-of-pocket maximum left). Then CMS's own example files of versions 2.0.0 and 3.0.0, each in tall CSV, wide CSV and
 * JSON, through the same import and an estimate for a plan they price.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class PriceFilesIT {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HOSPITAL = "\"providerName\":\"Cedar Valley Hospital\",\"providerNpi\":\"1427051135\","
            + "\"providerTin\":\"36-4455667\",\"providerLocation\":\"80 Orchard Road, Fresno\",\"providerState\":\"CA\"";
    private static final String PAYER = "Northwind_Health|Northwind_Gold_PPO";
    private static final String FILE = "hospital_name,last_updated_on,version,hospital_location,hospital_address,"
            + "license_number|CA,\"To the best of its knowledge and belief, the hospital has included all applicable "
            + "standard charge information in accordance with the requirements of 45 CFR 180.50, and the information "
            + "encoded is true, accurate, and complete as of the date indicated.\"\n"
            + "Cedar Valley Hospital,2024-07-01,2.0.0,Cedar Valley Hospital,\"80 Orchard Road, Fresno, CA 93701\",70112,true\n"
            + "description,code|1,code|1|type,modifiers,setting,drug_unit_of_measurement,drug_type_of_measurement,"
            + "standard_charge|gross,standard_charge|discounted_cash,standard_charge|" + PAYER + "|negotiated_dollar,"
            + "standard_charge|" + PAYER + "|negotiated_percentage,standard_charge|" + PAYER + "|negotiated_algorithm,"
            + "estimated_amount|" + PAYER + ",standard_charge|" + PAYER + "|methodology,additional_payer_notes|" + PAYER
            + ",standard_charge|min,standard_charge|max,additional_generic_notes\n"
            + "Major hip and knee joint replacement without mcc,470,MS-DRG,,inpatient,,,,,20000,,,,case rate,,20000,20000,\n"
            + "Total knee arthroplasty (pr\u00f3tesis de rodilla),27447,CPT,,both,,,48000,38400,18000,,,,fee schedule,,"
            + "18000,18000,\n"
            + "Bilateral procedure,,,50,both,,,,,,140,,,,140% payment adjustment,,,\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PriceFilesIT.class);
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void importsAWindows1252WideFileWithItsPayerNamesAndPricesItsCaseRateAndModifierForThePlan() throws Exception {
        JsonObject schedule = imported("cedar-valley-v2.0-wide.csv", FILE.getBytes(WINDOWS_1252));
        assertThat(schedule.getString("status")).as(schedule.toString()).isEqualTo("READY");
        long scheduleId = schedule.getJsonNumber("id").longValue();
        JsonObject knee = array(call("GET", "fee-schedules/" + scheduleId + "/charges?code=27447", null).body())
                .getJsonObject(0);
        assertThat(knee.getString("description")).isEqualTo("Total knee arthroplasty (pr\u00f3tesis de rodilla)");
        assertThat(knee.getString("payerName")).isEqualTo("Northwind Health");
        assertThat(knee.getString("planName")).isEqualTo("Northwind Gold PPO");

        JsonObject coverage = array(call("GET", "billing/coverages?mrn=MRN-100871", null).body()).getJsonObject(0);
        LocalDate december = LocalDate.parse(coverage.getString("planYearStart")).plusMonths(11);
        JsonObject estimate = open("MRN-100871", "Daniel Ortiz", "1978-09-02", coverage.getInt("id"), scheduleId);

        // 470 has no gross charge: the plan's case rate 20,000, once for a 3-day stay (not 60,000);
        // deductible 1,100 + (20,000 − 1,100) × 20% = 1,100 + 3,780 = 4,880, under the 5,600 left
        estimate = addLine(estimate, "\"option\":\"Knee replacement\",\"category\":\"SURGERY\",\"code\":\"470\","
                + "\"units\":3,\"serviceDate\":\"" + december.plusDays(20) + "\"");
        JsonObject caseRate = estimate.getJsonArray("lines").getJsonObject(0);
        assertThat(caseRate.getInt("units")).isEqualTo(1);
        assertThat(caseRate.getString("priceSource")).contains("Northwind Health, Northwind Gold PPO")
                .contains("a case rate is one amount for the stay, so it is priced once, not for 3 units");
        assertThat(caseRate.getJsonNumber("patientOwes").bigDecimalValue()).isEqualByComparingTo("4880.00");

        // 50 at the plan's 140% from the file: 18,000 × 1.4 = 25,200 allowed;
        // 1,100 + (25,200 − 1,100) × 20% = 1,100 + 4,820 = 5,920, capped at the 5,600 left
        estimate = addLine(estimate, "\"option\":\"Both knees\",\"category\":\"SURGERY\",\"code\":\"27447\","
                + "\"modifiers\":\"50\",\"serviceDate\":\"" + december.plusDays(20) + "\"");
        JsonObject bilateral = estimate.getJsonArray("lines").getJsonObject(1);
        assertThat(bilateral.getString("priceSource")).contains("modifier 50 at 140%");
        assertThat(bilateral.getJsonArray("explanation").toString()).contains("25,200.00");
        assertThat(bilateral.getJsonNumber("patientOwes").bigDecimalValue()).isEqualByComparingTo("5600.00");

        // self-pay: 470 has no price that a patient without the plan could be charged
        JsonObject selfPay = open("MRN-PF-1", "Alma Reyes", "1961-04-12", null, scheduleId);
        HttpResponse<String> refused = call("POST", "estimates/" + selfPay.getInt("id") + "/lines", "{\"version\":"
                + selfPay.getInt("version") + "," + HOSPITAL + ",\"option\":\"Knee replacement\",\"category\":\"SURGERY\","
                + "\"code\":\"470\",\"serviceDate\":\"" + december.plusDays(20) + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("only rates negotiated with payers (Northwind Health Northwind Gold PPO)")
                .contains("cannot be priced for a self-pay patient");
    }

    @Test
    @RunAsClient
    void refusesAFileWhoseUtf8TextTurnsIntoWindows1252NamingTheLine() throws Exception {
        // the hospital's name on line 2 is UTF-8; the row on line 7 is Windows-1252
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(FILE.replace("Cedar Valley Hospital,2024", "Cl\u00ednica Cedar Valley,2024")
                .getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes("Caf\u00e9 panel,86003,CPT,,outpatient,,,40,30,,,,,,,,,\n".getBytes(WINDOWS_1252));

        JsonObject schedule = imported("mixed.csv", mixed.toByteArray());

        assertThat(schedule.getString("status")).isEqualTo("REJECTED");
        assertThat(schedule.getString("message")).contains("line 7: the text is not UTF-8 here (byte 0xE9; it looks"
                + " like Windows-1252)");
    }

    // ---- CMS's official examples (web/src/test/resources/price-files/README.md), West Mercy Hospital ----

    private static final String WEST_MERCY = "\"providerName\":\"West Mercy Hospital\",\"providerNpi\":\"1427051135\","
            + "\"providerTin\":\"36-4455667\",\"providerLocation\":\"12 Main Street, Fullerton\",\"providerState\":\"CA\"";

    /*
     * The patient is on Platform Health Insurance's "PPO" (a plan each official file prices), entered for these
     * tests: deductible 1,000.00, out-of-pocket maximum 5,000.00, 20% in network after the deductible for every
     * service used here, nothing met yet. Each option is priced on its own, from nothing met.
     *
     * Version 2.0.0 (the same hospital in tall, wide and JSON):
     *   MS-DRG 470, the PPO's case rate 20,000.00 (no gross charge), 3 days entered but priced once:
     *     1,000.00 + (20,000.00 − 1,000.00) × 20% = 1,000.00 + 3,800.00 = 4,800.00
     *   92626, the PPO's fee schedule rate 98.98 (gross 150, cash 125): all deductible, 98.98
     *   H0017 residential care per diem, the PPO's 1,500.00 a day × 3 days = 4,500.00:
     *     1,000.00 + (4,500.00 − 1,000.00) × 20% = 1,000.00 + 700.00 = 1,700.00
     * Both versions: the observation room (revenue code 762) has two PPO case rates, 8,000.00 and 10,000.00, told
     *   apart only by a note; the first is used and the line names the other:
     *     1,000.00 + (8,000.00 − 1,000.00) × 20% = 1,000.00 + 1,400.00 = 2,400.00
     * Version 3.0.0:
     *   70551 (the file's second code of revenue code 611), the PPO's 400.00: all deductible, 400.00
     *   49505 (second code of 360), the PPO's case rate 8,000.00 (no gross charge):
     *     1,000.00 + 7,000.00 × 20% = 1,000.00 + 1,400.00 = 2,400.00
     *   99283 (second code of 450), 80% of total billed charges: 80% × gross 4,000.00 = 3,200.00;
     *     1,000.00 + 2,200.00 × 20% = 1,000.00 + 440.00 = 1,440.00
     *   MS-DRG 470, the PPO's case rate 49,000.00: 1,000.00 + 48,000.00 × 20% = 10,600.00, capped at the
     *     out-of-pocket maximum, 5,000.00
     */

    @Test
    @RunAsClient
    void importsCmsOfficialV2TallExampleAndEstimatesForAPlanInIt() throws Exception {
        estimatesVersionTwo(officialExample("cms-v2-example-tall.csv", 31, 0));
    }

    /** Its headers write the payers' spaces as underscores; one byte (0x97, an em dash) is Windows-1252. */
    @Test
    @RunAsClient
    void importsCmsOfficialV2WideExampleAndEstimatesForAPlanInIt() throws Exception {
        long schedule = officialExample("cms-v2-example-wide.csv", 33, 1);
        JsonObject observation = array(call("GET", "fee-schedules/" + schedule + "/charges?code=762", null).body())
                .getJsonObject(0);
        assertThat(observation.getString("description")).isEqualTo("Treatment or observation room \u2014 observation room");
        assertThat(array(call("GET", "fee-schedules/" + schedule + "/charges?code=92626", null).body())
                .getValuesAs(JsonObject.class).stream().map(charge -> charge.getString("payerName", "")))
                .contains("Platform Health Insurance", "Region Health Insurance");
        assertThat(call("GET", "fee-schedules/" + schedule + "/issues", null).body())
                .contains("read as Windows-1252 from this line on");
        estimatesVersionTwo(schedule);
    }

    @Test
    @RunAsClient
    void importsCmsOfficialV2JsonExampleAndEstimatesForAPlanInIt() throws Exception {
        estimatesVersionTwo(officialExample("cms-v2-example.json", 31, 0));
    }

    @Test
    @RunAsClient
    void importsCmsOfficialV3TallExampleAndEstimatesForAPlanInIt() throws Exception {
        estimatesVersionThree(officialExample("cms-v3-example-tall.csv", 45, 0));
    }

    /** It starts with a UTF-8 byte order mark. */
    @Test
    @RunAsClient
    void importsCmsOfficialV3WideExampleAndEstimatesForAPlanInIt() throws Exception {
        estimatesVersionThree(officialExample("cms-v3-example-wide.csv", 45, 0));
    }

    @Test
    @RunAsClient
    void importsCmsOfficialV3JsonExampleAndEstimatesForAPlanInIt() throws Exception {
        estimatesVersionThree(officialExample("cms-v3-example.json", 45, 0));
    }

    private void estimatesVersionTwo(long schedule) throws Exception {
        JsonObject estimate = platformPpoEstimate(schedule);
        String day = serviceDay(estimate);
        estimate = addLine(estimate, WEST_MERCY, "\"option\":\"Joint replacement\",\"category\":\"SURGERY\","
                + "\"code\":\"470\",\"units\":3,\"serviceDate\":\"" + day + "\"");
        estimate = addLine(estimate, WEST_MERCY, "\"option\":\"Hearing evaluation\",\"category\":\"OTHER\","
                + "\"code\":\"92626\",\"serviceDate\":\"" + day + "\"");
        estimate = addLine(estimate, WEST_MERCY, "\"option\":\"Residential care\",\"category\":\"FACILITY\","
                + "\"code\":\"H0017\",\"units\":3,\"serviceDate\":\"" + day + "\"");

        JsonObject caseRate = line(estimate, "470");
        assertThat(caseRate.getInt("units")).isEqualTo(1);
        assertThat(caseRate.getString("priceSource")).contains("Platform Health Insurance, PPO");
        assertThat(owes(caseRate)).isEqualByComparingTo("4800.00");
        assertThat(caseRate.getJsonNumber("planPays").bigDecimalValue()).isEqualByComparingTo("15200.00");
        assertThat(owes(line(estimate, "92626"))).isEqualByComparingTo("98.98");
        assertThat(owes(line(estimate, "H0017"))).isEqualByComparingTo("1700.00");
        assertThat(optionOwes(estimate, "Joint replacement")).isEqualByComparingTo("4800.00");
        assertThat(optionOwes(estimate, "Hearing evaluation")).isEqualByComparingTo("98.98");
        assertThat(optionOwes(estimate, "Residential care")).isEqualByComparingTo("1700.00");
        observationRoom(estimate);
    }

    private void estimatesVersionThree(long schedule) throws Exception {
        JsonObject estimate = platformPpoEstimate(schedule);
        String day = serviceDay(estimate);
        estimate = addLine(estimate, WEST_MERCY, "\"option\":\"Brain MRI\",\"category\":\"IMAGING\","
                + "\"code\":\"70551\",\"serviceDate\":\"" + day + "\"");
        estimate = addLine(estimate, WEST_MERCY, "\"option\":\"Hernia repair\",\"category\":\"SURGERY\","
                + "\"code\":\"49505\",\"serviceDate\":\"" + day + "\"");
        estimate = addLine(estimate, WEST_MERCY, "\"option\":\"Emergency visit\",\"category\":\"OTHER\","
                + "\"code\":\"99283\",\"serviceDate\":\"" + day + "\"");
        estimate = addLine(estimate, WEST_MERCY, "\"option\":\"Joint replacement\",\"category\":\"SURGERY\","
                + "\"code\":\"470\",\"serviceDate\":\"" + day + "\"");

        assertThat(owes(line(estimate, "70551"))).isEqualByComparingTo("400.00");
        assertThat(line(estimate, "70551").getString("description")).isEqualTo("MRI of brain (no contrast)");
        assertThat(owes(line(estimate, "49505"))).isEqualByComparingTo("2400.00");
        JsonObject emergency = line(estimate, "99283");
        assertThat(emergency.getJsonArray("explanation").toString()).contains("80% of gross 4,000.00 = 3,200.00");
        assertThat(owes(emergency)).isEqualByComparingTo("1440.00");
        JsonObject joint = line(estimate, "470");
        assertThat(owes(joint)).isEqualByComparingTo("5000.00");
        assertThat(joint.getJsonArray("explanation").toString()).contains("out-of-pocket maximum reached");
        assertThat(optionOwes(estimate, "Hernia repair")).isEqualByComparingTo("2400.00");
        observationRoom(estimate);
    }

    private void observationRoom(JsonObject estimate) throws Exception {
        JsonObject room = line(addLine(estimate, WEST_MERCY, "\"option\":\"Observation\",\"category\":\"FACILITY\","
                + "\"code\":\"762\",\"serviceDate\":\"" + serviceDay(estimate) + "\""), "762");
        assertThat(owes(room)).isEqualByComparingTo("2400.00");
        assertThat(room.getString("priceSource")).contains("Platform Health Insurance, PPO")
                .contains("the file gives this plan other rates for this code too (10,000.00 on line");
    }

    /** Imports one of CMS's files as it is and checks what the import kept. */
    private long officialExample(String file, int charges, int warnings) throws Exception {
        byte[] content;
        try (java.io.InputStream in = PriceFilesIT.class.getClassLoader().getResourceAsStream("price-files/" + file)) {
            content = in.readAllBytes();
        }
        JsonObject schedule = imported(file, content);
        assertThat(schedule.getString("status")).as(schedule.toString()).isEqualTo("READY");
        assertThat(schedule.getJsonNumber("chargesAccepted").longValue()).as(schedule.toString()).isEqualTo(charges);
        assertThat(schedule.getJsonNumber("rejectedCount").longValue()).as(schedule.toString()).isZero();
        assertThat(schedule.getJsonNumber("warningCount").longValue()).as(schedule.toString()).isEqualTo(warnings);
        return schedule.getJsonNumber("id").longValue();
    }

    /** A new patient on Platform Health Insurance's PPO with nothing met, and an estimate for them. */
    private JsonObject platformPpoEstimate(long schedule) throws Exception {
        long plan = platformPpo();
        LocalDate yearStart = LocalDate.now().withDayOfYear(1);
        String mrn = "MRN-WM-" + System.nanoTime() % 10_000_000;
        HttpResponse<String> coverage = call("POST", "billing/coverages", """
                {"patientMrn":"%s","patientName":"Wren Mercy","patientBirthDate":"1966-05-17","planId":%d,
                 "tier":"SELF_ONLY","planYearStart":"%s","individualDeductibleMet":0,"familyDeductibleMet":0,
                 "individualOutOfPocketMet":0,"familyOutOfPocketMet":0,"metAsOf":"%s"}"""
                .formatted(mrn, plan, yearStart, LocalDate.now()));
        assertThat(coverage.statusCode()).as(coverage.body()).isEqualTo(201);
        return open(mrn, "Wren Mercy", "1966-05-17", object(coverage.body()).getInt("id"), schedule);
    }

    /** The plan every official example prices, added once. */
    private long platformPpo() throws Exception {
        for (JsonObject plan : array(call("GET", "billing/plans", null).body()).getValuesAs(JsonObject.class)) {
            if (plan.getString("payerName").equals("Platform Health Insurance") && plan.getString("planName").equals("PPO")) {
                return plan.getJsonNumber("id").longValue();
            }
        }
        StringBuilder categories = new StringBuilder();
        for (String category : new String[]{"SURGERY", "IMAGING", "FACILITY", "OTHER"}) {
            categories.append(categories.length() == 0 ? "" : ",").append("""
                    {"category":"%s","covered":true,"copay":0,"inNetworkCoinsurance":20,"outOfNetworkCoinsurance":40,
                     "deductibleApplies":true}""".formatted(category));
        }
        HttpResponse<String> added = call("POST", "billing/plans", """
                {"payerName":"Platform Health Insurance","planName":"PPO","kind":"COMMERCIAL",
                 "individualDeductible":1000.00,"individualOutOfPocketMax":5000.00,"secondOpinionRule":"COVERED",
                 "categories":[%s]}""".formatted(categories));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return object(added.body()).getJsonNumber("id").longValue();
    }

    /** A day in December of the plan year, as the coverage's amounts met belong to it. */
    private static String serviceDay(JsonObject estimate) {
        return LocalDate.now().withDayOfYear(1).plusMonths(11).plusDays(20).toString();
    }

    private static JsonObject line(JsonObject estimate, String code) {
        return estimate.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static java.math.BigDecimal owes(JsonObject line) {
        return line.getJsonNumber("patientOwes").bigDecimalValue();
    }

    private static java.math.BigDecimal optionOwes(JsonObject estimate, String option) {
        return estimate.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(option)).findFirst().orElseThrow()
                .getJsonNumber("patientOwes").bigDecimalValue();
    }

    private JsonObject addLine(JsonObject estimate, String provider, String fields) throws Exception {
        HttpResponse<String> added = call("POST", "estimates/" + estimate.getInt("id") + "/lines", "{\"version\":"
                + estimate.getInt("version") + "," + provider + "," + fields + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        return object(added.body());
    }

    private JsonObject imported(String name, byte[] content) throws Exception {
        HttpResponse<String> accepted = api().upload("fee-schedules?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                "text/csv", content, "billing");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonObject schedule = object(accepted.body());
        for (int attempt = 0; attempt < 300 && schedule.getString("status").equals("IMPORTING"); attempt++) {
            Thread.sleep(200);
            schedule = object(call("GET", "fee-schedules/" + schedule.getJsonNumber("id").longValue(), null).body());
        }
        return schedule;
    }

    private JsonObject open(String mrn, String name, String born, Integer coverageId, long scheduleId) throws Exception {
        HttpResponse<String> created = call("POST", "estimates",
                EstimateBody.anEstimate(mrn, name, born, scheduleId).coverage(coverageId).json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created.body());
    }

    private JsonObject addLine(JsonObject estimate, String fields) throws Exception {
        HttpResponse<String> added = call("POST", "estimates/" + estimate.getInt("id") + "/lines", "{\"version\":"
                + estimate.getInt("version") + "," + HOSPITAL + "," + fields + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        return object(added.body());
    }

    /** A call of the billing officer's. */
    private HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
        return api().call(method, path, json, "billing");
    }

    private ApiClient api() {
        return new ApiClient(base);
    }
}
