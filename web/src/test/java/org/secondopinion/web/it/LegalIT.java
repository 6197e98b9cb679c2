package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondopinion.web.it.ApiClient.array;
import static org.secondopinion.web.it.ApiClient.object;
import static org.secondopinion.web.it.LegalCaseBody.aCase;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.boundary.AuditQuery;
import org.secondopinion.legal.boundary.CaseFile;
import org.secondopinion.legal.boundary.CaseFiles;
import org.secondopinion.legal.boundary.FirmCaseFile;
import org.secondopinion.legal.boundary.ReviewerCaseFile;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.entity.RecordNotFound;

/**
 * Malpractice-review case files over the API, on H2 and PostgreSQL: the walls between firms (case, document,
 * search, export, guessed ids), legal holds, a changed byte detected at download, concurrent productions with
 * disjoint contiguous Bates ranges, no release without a valid authority, and upload hardening. The demo firms:
 * "legal" is at Harper &amp; Vance LLP, "legal.other" at Whitfield Defense Group.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class LegalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(LegalIT.class, LegalProbe.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    LegalProbe probe;

    @Inject
    FileStore fileStore;

    @Inject
    CaseFiles caseFiles;

    @Inject
    AuditLog auditLog;

    @Inject
    RunAsCoordinator asCoordinator;

    @Inject
    RunAsSpecialist asSpecialist;

    @Inject
    RunAsAdmin asAdmin;

    @Test
    @RunAsClient
    void keepsEachFirmBehindItsWallEverywhereAndAuditsTheRefusals() throws Exception {
        JsonObject opened = open("legal", "Wanda Walled", "WALL");
        long id = opened.getInt("id");
        long document = upload("legal", id, "scan.pdf", pdf(1), "MEDICAL_RECORD").getInt("id");

        HttpResponse<String> caseOfOther = api().call("GET", "legal/cases/" + id, null, "legal.other");
        HttpResponse<String> documentOfOther = api().call("GET", "legal/documents/" + document, null, "legal.other");
        HttpResponse<String> exportOfOther = api().call("GET", "legal/cases/" + id + "/export", null, "legal.other");
        HttpResponse<String> documentsOfOther = api().call("GET", "legal/cases/" + id + "/documents", null, "legal.other");
        HttpResponse<String> guessed = api().call("GET", "legal/cases/" + (id + 100_000), null, "legal.other");
        HttpResponse<String> searchOfOther = api().call("GET", "legal/cases?q=Wanda", null, "legal.other");
        HttpResponse<String> searchOfOwner = api().call("GET", "legal/cases?q=Wanda", null, "legal");

        for (HttpResponse<String> refused : List.of(caseOfOther, documentOfOther, exportOfOther, documentsOfOther,
                guessed)) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).doesNotContain("Wanda");
        }
        assertThat(documentOfOther.body()).as("another firm's document does not name its case")
                .doesNotContain("ase " + id).contains("Document " + document + " was not found");
        HttpResponse<String> guessedDocument = api().call("GET", "legal/documents/" + (document + 100_000), null, "legal.other");
        assertThat(guessedDocument.statusCode()).isEqualTo(404);
        // each answer carries its own request id; apart from it and the number asked for, they must be the same
        assertThat(withoutRequestId(guessedDocument.body()).replace(Long.toString(document + 100_000), "ID"))
                .as("a document that does not exist answers like another firm's")
                .isEqualTo(withoutRequestId(documentOfOther.body()).replace(Long.toString(document), "ID"));
        assertThat(withoutRequestId(guessed.body()).replace(Long.toString(id + 100_000), "ID"))
                .as("a case that does not exist answers like another firm's")
                .isEqualTo(withoutRequestId(caseOfOther.body()).replace(Long.toString(id), "ID"));
        assertThat(array(searchOfOther.body())).isEmpty();
        assertThat(array(searchOfOwner.body())).hasSize(1);
        assertThat(api().call("GET", "legal/cases/" + id + "/export", null, "legal").statusCode()).isEqualTo(200);
        assertThat(api().call("GET", "legal/cases", null, "billing").statusCode()).isEqualTo(403);
        assertThat(array(api().call("GET", "legal/cases", null, "specialist").body()).getValuesAs(JsonObject.class))
                .as("a specialist sees only the cases they review").noneMatch(c -> c.getInt("id") == id);
        assertThat(api().call("GET", "audit/entries?action=ACCESS_DENIED&actor=legal.other", null, "admin").body())
                .contains("LegalCase").contains("LegalDocument");
    }

    @Test
    @RunAsClient
    void aCoordinatorTakesACaseInForAFirmThatThenSeesIt() throws Exception {
        long firm = array(api().call("GET", "legal/firms", null, "admin").body()).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").startsWith("Whitfield")).findFirst().orElseThrow().getInt("id");
        HttpResponse<String> created = api().post("legal/cases", aCase("Colin Coordinated", "COORD").firm(firm).json(),
                "coordinator");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = object(created.body()).getInt("id");
        assertThat(api().call("GET", "legal/cases/" + id, null, "legal.other").statusCode()).isEqualTo(200);
        assertThat(api().call("GET", "legal/cases/" + id, null, "legal").statusCode()).isEqualTo(404);
        HttpResponse<String> notOwnFirm = api().post("legal/cases", aCase("Nina Notmine", "NOPE").firm(firm).json(),
                "legal");
        assertThat(notOwnFirm.statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void refusesDeletionUnderALegalHoldAndAllowsItAfterRelease() throws Exception {
        long id = open("legal", "Hilda Held", "HOLD").getInt("id");
        long document = upload("legal", id, "note.pdf", pdf(1), "MEDICAL_RECORD").getInt("id");
        JsonObject hold = object(api().call("POST", "legal/cases/" + id + "/holds",
                "{\"reason\":\"Preservation letter of 2026-10-02\"}", "legal").body());

        HttpResponse<String> refused = api().call("DELETE", "legal/documents/" + document + "?reason=duplicate", null,
                "legal");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("legal hold");
        assertThat(array(api().call("GET", "legal/cases/" + id + "/documents", null, "legal").body())).hasSize(1);

        api().call("POST", "legal/cases/" + id + "/holds/" + hold.getInt("id") + "/release", null, "legal");
        HttpResponse<String> deleted = api().call("DELETE", "legal/documents/" + document + "?reason=duplicate", null,
                "legal");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(array(api().call("GET", "legal/cases/" + id + "/documents", null, "legal").body())).isEmpty();
        String custody = api().call("GET", "legal/cases/" + id + "/custody", null, "legal").body();
        assertThat(custody).contains("RECEIVED").contains("HOLD_PLACED").contains("DELETION_REFUSED")
                .contains("HOLD_RELEASED").contains("DELETED");
    }

    /** Two clients produce at once, five times each: every range is contiguous and no number is used twice or skipped. */
    @Test
    @RunAsClient
    void givesConcurrentProductionsDisjointContiguousBatesRanges() throws Exception {
        long id = open("legal", "Connie Current", "CONC").getInt("id");
        long authority = authority(id, "COURT_ORDER", true, LocalDate.now().minusDays(1), null).getInt("id");
        List<Long> documents = new ArrayList<>();
        for (int pages = 1; pages <= 4; pages++) {
            documents.add((long) upload("legal", id, "record-" + pages + ".pdf", pdf(pages), "MEDICAL_RECORD").getInt("id"));
        }
        String request = "{\"authorityId\":" + authority + ",\"documentIds\":" + documents
                + ",\"purpose\":\"Expert review\",\"recipientAddress\":\"1 Court St\"}";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<HttpResponse<String>>> tasks = Collections.nCopies(10,
                () -> api().call("POST", "legal/cases/" + id + "/productions", request, "legal"));
        List<long[]> ranges = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> done : pool.invokeAll(tasks)) {
                HttpResponse<String> produced = done.get();
                assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
                JsonObject production = object(produced.body());
                ranges.add(new long[] {production.getJsonNumber("batesFirst").longValue(),
                        production.getJsonNumber("batesLast").longValue()});
                long expectedNext = production.getJsonNumber("batesFirst").longValue();
                for (JsonObject item : production.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    assertThat(item.getJsonNumber("batesFirst").longValue()).isEqualTo(expectedNext);
                    expectedNext = item.getJsonNumber("batesLast").longValue() + 1;
                }
            }
        } finally {
            pool.shutdown();
        }
        ranges.sort((a, b) -> Long.compare(a[0], b[0]));
        assertThat(ranges.get(0)[0]).isEqualTo(1);
        for (int i = 0; i < ranges.size(); i++) {
            assertThat(ranges.get(i)[1] - ranges.get(i)[0] + 1).as("1 + 2 + 3 + 4 pages").isEqualTo(10);
            if (i > 0) {
                assertThat(ranges.get(i)[0]).as("no gap, no overlap").isEqualTo(ranges.get(i - 1)[1] + 1);
            }
        }
        assertThat(array(api().call("GET", "legal/cases/" + id + "/disclosures", null, "legal").body())).hasSize(10);
    }

    @Test
    @RunAsClient
    void releasesNothingWithoutAValidAuthorityAndOnlyWhatItNames() throws Exception {
        long id = open("legal", "Rita Released", "REL").getInt("id");
        long record = upload("legal", id, "chart.pdf", pdf(2), "MEDICAL_RECORD").getInt("id");
        long privileged = upload("legal", id, "memo.pdf", pdf(1), "PRIVILEGED").getInt("id");
        long expired = authority(id, "AUTHORISATION", false, LocalDate.now().minusYears(2),
                LocalDate.now().minusYears(1)).getInt("id");
        long bareSubpoena = authority(id, "SUBPOENA", false, LocalDate.now().minusDays(3), null).getInt("id");
        long order = authority(id, "COURT_ORDER", false, LocalDate.now().minusDays(1), null).getInt("id");

        HttpResponse<String> none = produce(id, null, List.of(record));
        HttpResponse<String> afterExpiry = produce(id, expired, List.of(record));
        HttpResponse<String> withoutAssurances = produce(id, bareSubpoena, List.of(record));
        HttpResponse<String> outsideScope = produce(id, order, List.of(record, privileged));

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("authority");
        assertThat(afterExpiry.statusCode()).isEqualTo(422);
        assertThat(afterExpiry.body()).contains("expired");
        assertThat(withoutAssurances.statusCode()).isEqualTo(422);
        assertThat(withoutAssurances.body()).contains("assurances");
        assertThat(outsideScope.statusCode()).isEqualTo(422);
        assertThat(outsideScope.body()).contains("memo.pdf").contains("minimum necessary");
        assertThat(array(api().call("GET", "legal/cases/" + id + "/productions", null, "legal").body())).isEmpty();
        assertThat(array(api().call("GET", "legal/cases/" + id + "/disclosures", null, "legal").body())).isEmpty();

        HttpResponse<String> produced = produce(id, order, List.of(record));
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        JsonArray disclosures = array(api().call("GET", "legal/cases/" + id + "/disclosures", null, "legal").body());
        assertThat(disclosures).hasSize(1);
        assertThat(disclosures.getJsonObject(0).getString("what")).contains("chart.pdf").contains("REL-000001");
        assertThat(disclosures.getJsonObject(0).getString("recipient")).isEqualTo("Harper & Vance LLP");
        String accounting = "disclosures?name=" + URLEncoder.encode("Rita Released", StandardCharsets.UTF_8)
                + "&birthDate=1970-03-04";
        assertThat(array(api().call("GET", accounting, null, "coordinator").body())).as("the patient's accounting")
                .hasSize(1);
        assertThat(api().call("GET", accounting, null, "legal").statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void hardensUploadsAndNeverServesADocumentInline() throws Exception {
        long id = open("legal", "Uma Upload", "UPL").getInt("id");

        HttpResponse<String> html = send(id, "report.pdf", "<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8), "text/html");
        HttpResponse<String> tooLarge = send(id, "big.pdf", bigPdfLike(6 * 1024 * 1024), "application/pdf");
        HttpResponse<String> traversal = send(id, "../../../etc/cron.d/evil.pdf", pdf(1), "application/pdf");

        assertThat(html.statusCode()).isEqualTo(422);
        assertThat(html.body()).contains("not one of the accepted types");
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("larger than the limit");
        assertThat(traversal.statusCode()).as(traversal.body()).isEqualTo(201);
        JsonObject stored = object(traversal.body());
        assertThat(stored.getString("fileName")).isEqualTo("evil.pdf");
        assertThat(array(api().call("GET", "legal/cases/" + id + "/documents", null, "legal").body())).hasSize(1);

        HttpResponse<byte[]> download = api().download("legal/documents/" + stored.getInt("id"), "legal");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
    }

    /**
     * Pennsylvania (the rules table): two years from the injury or from its discovery, whichever is later; the
     * injury on 2025-06-01 was discovered on 2025-07-15, so 2027-07-15, a Thursday. Ten tolled days
     * (2025-09-01 to 09-10) give Sunday 2027-07-25, which moves to Monday 2027-07-26. The reminder run sends
     * the 90-day reminder once, however often it runs.
     */
    @Test
    @RunAsClient
    void computesEachDefendantsDeadlinesWithTollingAndRemindsOnce() throws Exception {
        JsonObject opened = open("legal", "Della Deadline", "DEAD");
        long id = opened.getInt("id");
        JsonObject deadlines = object(api().call("GET", "legal/cases/" + id + "/deadlines", null, "legal").body());
        assertThat(deadlines.getString("notice")).contains("not legal advice");
        assertThat(limitations(deadlines)).isEqualTo("2027-07-15");

        HttpResponse<String> tolled = api().call("POST", "legal/cases/" + id + "/tolling", """
                {"version":%d,"from":"2025-09-01","to":"2025-09-10","reason":"Defendant out of state"}"""
                .formatted(opened.getInt("version")), "legal");
        assertThat(tolled.statusCode()).as(tolled.body()).isEqualTo(200);
        deadlines = object(api().call("GET", "legal/cases/" + id + "/deadlines", null, "legal").body());
        assertThat(limitations(deadlines)).isEqualTo("2027-07-26");
        assertThat(api().call("GET", "legal/cases/" + id + "/deadlines", null, "legal.other").statusCode()).isEqualTo(404);

        String asOf = LocalDate.parse("2027-07-26").minusDays(90).toString();
        JsonObject first = object(api().call("POST", "legal/deadline-rules/reminder-runs?asOf=" + asOf, null,
                "coordinator").body());
        JsonObject again = object(api().call("POST", "legal/deadline-rules/reminder-runs?asOf=" + asOf, null,
                "coordinator").body());
        assertThat(first.getInt("sent")).isPositive();
        assertThat(again.getInt("sent")).isZero();
        JsonArray reminders = object(api().call("GET", "legal/cases/" + id + "/deadlines", null, "legal").body())
                .getJsonArray("reminders");
        assertThat(reminders.getValuesAs(JsonObject.class)).anySatisfy(reminder -> {
            assertThat(reminder.getString("kind")).isEqualTo("LIMITATIONS");
            assertThat(reminder.getInt("daysBefore")).isEqualTo(90);
        });
        assertThat(api().call("POST", "legal/deadline-rules/reminder-runs", null, "legal").statusCode()).isEqualTo(403);
        for (String bad : List.of("2026-02-31", "+999999999-12-31", "-999999999-01-01", "yesterday")) {
            HttpResponse<String> refused = api().call("POST", "legal/deadline-rules/reminder-runs?asOf="
                    + URLEncoder.encode(bad, StandardCharsets.UTF_8), null, "coordinator");
            assertThat(refused.statusCode()).as(bad + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.body()).contains("\"field\":\"asOf\"").doesNotContain("Exception");
        }
        assertThat(api().call("GET", "legal/deadline-rules/reminder-runs?asOf=nonsense", null, "coordinator").statusCode())
                .as("only POST runs reminders").isEqualTo(405);
    }

    /**
     * A change to the deadline-rule table that the deadline calculator could not apply (a minor's clock starting at
     * 30, no limitations period at all, days counted for a certificate that is not required) is refused with a
     * problem that says what is wrong, and the stored row keeps its values and its version; a stale version is 409.
     */
    @Test
    @RunAsClient
    void refusesAChangeToAStatesRuleThatTheCalculatorCannotApplyAndKeepsTheRow() throws Exception {
        JsonObject pa = array(api().call("GET", "legal/deadline-rules", null, "coordinator").body())
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("state").equals("PA")).findFirst()
                .orElseThrow();
        String[][] invalid = {
            {"\"ageOfMajority\":30", "0 (no tolling) to 21, not 30"},
            {"\"limitationInjuryMonths\":null,\"limitationDiscoveryMonths\":null", "needs a limitations period"},
            {"\"meritTrigger\":\"NONE\",\"meritDays\":5,\"meritExtensionDays\":0,\"meritPerDefendant\":false",
                "counts no days, not 5"},
        };
        for (String[] bad : invalid) {
            HttpResponse<String> refused = api().call("PUT", "legal/deadline-rules/" + pa.getInt("id"),
                    ruleChange(pa, bad[0]), "coordinator");
            assertThat(refused.statusCode()).as(bad[0] + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(refused.body()).contains(bad[1]).doesNotContain("Exception");
        }
        JsonObject after = array(api().call("GET", "legal/deadline-rules", null, "coordinator").body())
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("id") == pa.getInt("id")).findFirst()
                .orElseThrow();
        assertThat(after).as("nothing of a refused change is stored").isEqualTo(pa);

        HttpResponse<String> stale = api().call("PUT", "legal/deadline-rules/" + pa.getInt("id"),
                ruleChange(pa, "\"version\":" + (pa.getInt("version") + 7)), "coordinator");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(api().call("PUT", "legal/deadline-rules/" + pa.getInt("id"), ruleChange(pa, "\"ageOfMajority\":30"),
                "legal").statusCode()).as("a lawyer changes no rule").isEqualTo(403);
    }

    /** A deadline-rule change as the API takes it: the row's values, with some replaced ({@code "field":value,...}). */
    private static String ruleChange(JsonObject rule, String replaced) {
        jakarta.json.JsonObjectBuilder change = Json.createObjectBuilder();
        for (String field : List.of("version", "limitationInjuryMonths", "limitationDiscoveryMonths", "combination",
                "reposeMonths", "ageOfMajority", "meritTrigger", "meritDays", "meritExtensionDays", "meritPerDefendant",
                "noticeOfIntentDays", "limitationSource", "meritSource")) {
            if (rule.containsKey(field)) {
                change.add(field, rule.get(field));
            }
        }
        object("{" + replaced + "}").forEach(change::add);
        return change.build().toString();
    }

    /** The law changes: a new New Jersey rule in force from yesterday, a year longer, governs the case's dates. */
    @Test
    @RunAsClient
    void followsANewVersionOfAStatesRuleFromTheDayItIsInForce() throws Exception {
        HttpResponse<String> created = api().post("legal/cases", aCase("Nora Newlaw", "NEWLAW").jurisdiction("NJ").json(),
                "legal");
        long id = object(created.body()).getInt("id");
        String before = limitations(object(api().call("GET", "legal/cases/" + id + "/deadlines", null, "legal").body()));
        JsonObject nj = array(api().call("GET", "legal/deadline-rules", null, "coordinator").body())
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("state").equals("NJ")).findFirst()
                .orElseThrow();
        String yesterday = LocalDate.now().minusDays(1).toString();

        HttpResponse<String> added = api().call("POST", "legal/deadline-rules/" + nj.getInt("id") + "/versions?effectiveFrom="
                + yesterday, null, "coordinator");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject version = object(added.body());
        String change = """
                {"version":%d,"limitationInjuryMonths":%s,"limitationDiscoveryMonths":%s,"combination":"%s",
                 "reposeMonths":%s,"ageOfMajority":%d,"meritTrigger":"%s","meritDays":%d,"meritExtensionDays":%d,
                 "meritPerDefendant":%s,"noticeOfIntentDays":%s,"limitationSource":"Amended: three years.",
                 "meritSource":"%s"}""".formatted(version.getInt("version"), plusYear(version, "limitationInjuryMonths"),
                plusYear(version, "limitationDiscoveryMonths"), version.getString("combination"),
                version.containsKey("reposeMonths") ? version.get("reposeMonths").toString() : "null",
                version.getInt("ageOfMajority"), version.getString("meritTrigger"), version.getInt("meritDays"),
                version.getInt("meritExtensionDays"), version.getBoolean("meritPerDefendant"),
                version.containsKey("noticeOfIntentDays") ? version.get("noticeOfIntentDays").toString() : "null",
                "Unchanged.");
        HttpResponse<String> changed = api().call("PUT", "legal/deadline-rules/" + version.getInt("id"), change, "coordinator");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(api().call("POST", "legal/deadline-rules/" + nj.getInt("id") + "/versions?effectiveFrom=" + yesterday,
                null, "coordinator").statusCode()).as("one rule per state and day").isEqualTo(422);
        assertThat(api().call("POST", "legal/deadline-rules/" + nj.getInt("id") + "/versions?effectiveFrom=" + yesterday,
                null, "legal").statusCode()).isEqualTo(403);

        JsonObject after = object(api().call("GET", "legal/cases/" + id + "/deadlines", null, "legal").body());
        assertThat(after.getJsonArray("defendants").getJsonObject(0).getString("rule"))
                .contains("NJ rules in force from " + yesterday);
        assertThat(LocalDate.parse(limitations(after))).isAfter(LocalDate.parse(before));
    }

    private static String plusYear(JsonObject rule, String months) {
        return rule.containsKey(months) && !rule.isNull(months) ? Integer.toString(rule.getInt(months) + 12) : "null";
    }

    private static String limitations(JsonObject deadlines) {
        return deadlines.getJsonArray("defendants").getJsonObject(0).getJsonArray("deadlines")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("kind").equals("LIMITATIONS"))
                .findFirst().orElseThrow().getString("date");
    }

    /**
     * The demo directory: Dr. Maria Jensen works at Lakeside General Hospital (the defendant's hospital), Dr. Tomas
     * Weber at a clinic in its network, Dr. Samuel Okafor (login "specialist") at St. Brigid, independent.
     */
    @Test
    @RunAsClient
    void assignsOnlyAnIndependentReviewerOrOneWithAnApprovedWaiverAndWallsTheReviewerToTheCase() throws Exception {
        JsonObject opened = open("legal", "Ivan Independent", "INDEP");
        long id = opened.getInt("id");
        JsonArray candidates = array(api().call("GET", "legal/cases/" + id + "/candidates", null, "legal").body());
        long jensen = practitioner(candidates, "Jensen");
        long okafor = practitioner(candidates, "Okafor");
        assertThat(candidates.getJsonObject(0).getString("name")).as("independent and in the field first")
                .contains("Okafor");
        assertThat(candidate(candidates, "Jensen").getJsonArray("ties").toString()).contains("Lakeside General Hospital");
        assertThat(candidate(candidates, "Weber").getBoolean("independent")).isFalse();
        assertThat(api().call("GET", "legal/cases/" + id, null, "specialist").statusCode()).as("not yet assigned")
                .isEqualTo(404);

        HttpResponse<String> conflicted = api().call("POST", "legal/cases/" + id + "/assignments?version="
                + opened.getInt("version"), proposal(jensen, null), "legal");
        assertThat(conflicted.statusCode()).isEqualTo(422);
        assertThat(conflicted.body()).contains("Lakeside General Hospital").contains("waiver");

        long version = object(api().call("GET", "legal/cases/" + id, null, "legal").body()).getInt("version");
        JsonObject waiver = object(api().call("POST", "legal/cases/" + id + "/assignments?version=" + version,
                proposal(jensen, "The only hand surgeon available; the tie is a network membership."), "legal").body());
        assertThat(waiver.getString("status")).isEqualTo("WAIVER_PENDING");
        HttpResponse<String> selfApproved = api().call("POST", "legal/cases/" + id + "/assignments/" + waiver.getInt("id")
                + "/waiver-approval", null, "legal");
        assertThat(selfApproved.statusCode()).isEqualTo(422);
        assertThat(selfApproved.body()).contains("second person");
        assertThat(object(api().call("POST", "legal/cases/" + id + "/assignments/" + waiver.getInt("id")
                + "/waiver-approval", null, "coordinator").body()).getString("status")).isEqualTo("ASSIGNED");
        api().call("POST", "legal/cases/" + id + "/assignments/" + waiver.getInt("id") + "/withdrawal", null, "legal");

        version = object(api().call("GET", "legal/cases/" + id, null, "legal").body()).getInt("version");
        JsonObject assigned = object(api().call("POST", "legal/cases/" + id + "/assignments?version=" + version,
                proposal(okafor, null), "legal").body());
        assertThat(assigned.getString("status")).isEqualTo("ASSIGNED");
        assertThat(assigned.containsKey("conflicts")).as("no conflicts recorded").isFalse();

        assertThat(api().call("GET", "legal/cases/" + id, null, "specialist").statusCode()).isEqualTo(200);
        assertThat(api().call("GET", "legal/cases/" + id + "/documents", null, "specialist").statusCode()).isEqualTo(200);

        // the reviewer's own read model: their assignment, the documents produced, the deadlines that concern them
        long produced = upload("legal", id, "produced-chart.pdf", pdf(1), "MEDICAL_RECORD").getInt("id");
        long workProduct = upload("legal", id, "strategy-memo.pdf", pdf(1), "ATTORNEY_WORK_PRODUCT").getInt("id");
        long order = authority(id, "COURT_ORDER", false, LocalDate.now().minusDays(1), null).getInt("id");
        assertThat(produce(id, order, List.of(produced)).statusCode()).isEqualTo(201);
        HttpResponse<String> ownAssignments = api().call("GET", "legal/cases/" + id + "/assignments", null, "specialist");
        assertThat(array(ownAssignments.body()).getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("reviewerUsername")).containsExactly("specialist");
        assertThat(ownAssignments.body()).as("another reviewer's waiver is not shown to this one")
                .doesNotContain("The only hand surgeon available");
        assertThat(array(api().call("GET", "legal/cases/" + id + "/assignments", null, "legal").body()))
                .as("the firm sees every assignment").hasSize(2);
        assertThat(array(api().call("GET", "legal/cases/" + id + "/documents", null, "specialist").body())
                .getValuesAs(JsonObject.class)).extracting(d -> d.getString("fileName"))
                .containsExactly("produced-chart.pdf");
        assertThat(api().call("GET", "legal/documents/" + workProduct, null, "specialist").statusCode())
                .as("an unproduced document is not found for the reviewer").isEqualTo(404);
        assertThat(api().call("GET", "legal/documents/" + produced, null, "specialist").statusCode()).isEqualTo(200);
        JsonObject reviewerDeadlines = object(api().call("GET", "legal/cases/" + id + "/deadlines", null, "specialist").body());
        assertThat(reviewerDeadlines.getJsonArray("defendants").getValuesAs(JsonObject.class))
                .flatExtracting(d -> d.getJsonArray("deadlines").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("kind")).doesNotContain("LIMITATIONS", "REPOSE", "NOTICE_OF_INTENT");
        JsonObject firmDeadlines = object(api().call("GET", "legal/cases/" + id + "/deadlines", null, "legal").body());
        assertThat(firmDeadlines.getJsonArray("defendants").getJsonObject(0).getJsonArray("deadlines").toString())
                .contains("LIMITATIONS");
        assertThat(api().call("GET", "legal/cases/" + id + "/authorities", null, "specialist").statusCode()).isEqualTo(403);
        long other = open("legal", "Otto Other", "OTHR").getInt("id");
        assertThat(api().call("GET", "legal/cases/" + other, null, "specialist").statusCode()).isEqualTo(404);
        assertThat(array(api().call("GET", "legal/cases", null, "specialist").body()).getValuesAs(JsonObject.class))
                .extracting(c -> c.getInt("id")).containsExactly((int) id);
    }

    /** Rate 400, retainer 1,000, cap 4,000: 3 h are 1,200; 8 h more would be 4,400; the invoice is 1,200 − 1,000 = 200. */
    @Test
    @RunAsClient
    void takesTheReviewerFromAttestationThroughTimeAndInvoiceToAFinalLockedOpinion() throws Exception {
        JsonObject opened = open("legal", "Flora Final", "FINAL");
        long id = opened.getInt("id");
        long okafor = practitioner(array(api().call("GET", "legal/cases/" + id + "/candidates", null, "legal").body()),
                "Okafor");
        api().call("POST", "legal/cases/" + id + "/assignments?version=" + opened.getInt("version"), proposal(okafor, null),
                "legal");
        api().call("PUT", "legal/cases/" + id + "/engagement", "{\"hourlyRate\":400,\"retainer\":1000,\"budgetCap\":4000}",
                "legal");

        HttpResponse<String> beforeAttestation = api().call("PUT", "legal/cases/" + id + "/opinions/draft",
                opinion(0, true), "specialist");
        assertThat(beforeAttestation.statusCode()).isEqualTo(422);
        assertThat(beforeAttestation.body()).contains("attestation");
        assertThat(api().call("POST", "legal/cases/" + id + "/attestation", "{\"text\":\"I have no tie to any party.\"}",
                "specialist").statusCode()).isEqualTo(200);

        assertThat(api().call("POST", "legal/cases/" + id + "/time", "{\"hours\":3,\"description\":\"Read the records\"}",
                "specialist").statusCode()).isEqualTo(201);
        HttpResponse<String> overCap = api().call("POST", "legal/cases/" + id + "/time",
                "{\"hours\":8,\"description\":\"Write the opinion\"}", "specialist");
        assertThat(overCap.statusCode()).isEqualTo(422);
        assertThat(overCap.body()).contains("budget cap");
        JsonObject invoice = object(api().call("POST", "legal/cases/" + id + "/invoices", null, "legal").body());
        assertThat(invoice.getJsonNumber("fees").bigDecimalValue()).isEqualByComparingTo("1200");
        assertThat(invoice.getJsonNumber("amountDue").bigDecimalValue()).isEqualByComparingTo("200");

        JsonObject draft = object(api().call("PUT", "legal/cases/" + id + "/opinions/draft", opinion(0, false),
                "specialist").body());
        HttpResponse<String> incomplete = api().call("POST", "legal/cases/" + id + "/opinions/final?version="
                + draft.getInt("version"), null, "specialist");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("causation");
        draft = object(api().call("PUT", "legal/cases/" + id + "/opinions/draft", opinion(draft.getInt("version"), true),
                "specialist").body());
        JsonObject finalOpinion = object(api().call("POST", "legal/cases/" + id + "/opinions/final?version="
                + draft.getInt("version"), null, "specialist").body());
        assertThat(finalOpinion.getString("status")).isEqualTo("FINAL");
        assertThat(finalOpinion.getString("contentSha256")).hasSize(64);

        HttpResponse<String> changeFinal = api().call("PUT", "legal/cases/" + id + "/opinions/draft",
                opinion(finalOpinion.getInt("version"), true), "specialist");
        assertThat(changeFinal.statusCode()).isEqualTo(409);
        assertThat(changeFinal.body()).contains("locked");
        JsonObject second = object(api().call("POST", "legal/cases/" + id + "/opinions", null, "specialist").body());
        assertThat(second.getInt("revision")).isEqualTo(2);
        assertThat(second.getString("status")).isEqualTo("DRAFT");

        HttpResponse<byte[]> pdf = api().download("legal/cases/" + id + "/opinions/1/pdf", "legal");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(api().call("GET", "legal/cases/" + id + "/opinions/1/pdf", null, "legal.other").statusCode())
                .isEqualTo(404);
    }

    /**
     * The administrators' read model: every firm's case files, filtered by firm and status and paged in the database,
     * with counts, states and the next deadline; never the claimant, a reviewer's rate or a waiver's reason.
     */
    @Test
    @RunAsClient
    void showsAdministratorsEveryFirmsCaseFilesWithoutAnythingPrivileged() throws Exception {
        String waiverReason = "Oversight-secret waiver: the only hand surgeon in reach.";
        JsonObject opened = open("legal", "Olive Overseen", "OVER");
        long id = opened.getInt("id");
        long jensen = practitioner(array(api().call("GET", "legal/cases/" + id + "/candidates", null, "legal").body()),
                "Jensen");
        JsonObject waiver = object(api().call("POST", "legal/cases/" + id + "/assignments?version=" + opened.getInt("version"),
                proposal(jensen, waiverReason), "legal").body());
        api().call("POST", "legal/cases/" + id + "/assignments/" + waiver.getInt("id") + "/waiver-approval", null,
                "coordinator");
        assertThat(api().call("PUT", "legal/cases/" + id + "/engagement",
                "{\"hourlyRate\":987.65,\"retainer\":1000,\"budgetCap\":4000}", "legal").statusCode()).isEqualTo(200);
        long produced = upload("legal", id, "oversight-chart.pdf", pdf(2), "MEDICAL_RECORD").getInt("id");
        upload("legal", id, "oversight-memo.pdf", pdf(1), "ATTORNEY_WORK_PRODUCT");
        long order = authority(id, "COURT_ORDER", false, LocalDate.now().minusDays(1), null).getInt("id");
        assertThat(produce(id, order, List.of(produced)).statusCode()).isEqualTo(201);
        api().call("POST", "legal/cases/" + id + "/holds", "{\"reason\":\"Preservation letter\"}", "legal");
        long other = open("legal.other", "Walter Whitfielded", "OVRW").getInt("id");
        List<JsonObject> firms = array(api().call("GET", "legal/firms", null, "admin").body()).getValuesAs(JsonObject.class);
        long harper = firms.stream().filter(f -> f.getString("name").startsWith("Harper")).findFirst().orElseThrow()
                .getInt("id");
        long whitfield = firms.stream().filter(f -> f.getString("name").startsWith("Whitfield")).findFirst()
                .orElseThrow().getInt("id");

        HttpResponse<String> all = api().call("GET", "legal/case-files?max=500", null, "admin");
        HttpResponse<String> ofHarper = api().call("GET", "legal/case-files?firmId=" + harper + "&status=OPEN&max=500", null,
                "admin");
        HttpResponse<String> ofWhitfield = api().call("GET", "legal/case-files?firmId=" + whitfield + "&max=500", null, "admin");
        HttpResponse<String> closed = api().call("GET", "legal/case-files?status=CLOSED", null, "admin");
        HttpResponse<String> one = api().call("GET", "legal/case-files/" + id, null, "admin");

        for (HttpResponse<String> answer : List.of(all, ofHarper, ofWhitfield, closed, one)) {
            assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).as("nothing privileged in " + answer.uri()).doesNotContain(waiverReason)
                    .doesNotContain("987.65").doesNotContain("Olive").doesNotContain("Overseen")
                    .doesNotContain("Whitfielded").doesNotContain("oversight-memo").doesNotContain("Preservation")
                    .doesNotContain("hourlyRate").doesNotContain("waiverReason").doesNotContain("claimant");
        }
        assertThat(ids(all)).contains(id, other);
        assertThat(ids(ofHarper)).contains(id).doesNotContain(other);
        assertThat(array(ofHarper.body()).getValuesAs(JsonObject.class))
                .allMatch(c -> c.getInt("firmId") == harper && c.getString("status").equals("OPEN"));
        assertThat(ids(ofWhitfield)).contains(other).doesNotContain(id);
        assertThat(ids(closed)).doesNotContain(id, other);
        long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).isEqualTo(ids(all).size()).isGreaterThanOrEqualTo(2);

        HttpResponse<String> firstPage = api().call("GET", "legal/case-files?first=0&max=1", null, "admin");
        HttpResponse<String> secondPage = api().call("GET", "legal/case-files?first=1&max=1", null, "admin");
        assertThat(firstPage.headers().firstValue("X-Total-Count")).hasValue(Long.toString(total));
        assertThat(ids(firstPage)).as("newest first").containsExactly(other);
        assertThat(ids(secondPage)).hasSize(1).doesNotContain(other);
        assertThat(api().call("GET", "legal/case-files?max=501", null, "admin").statusCode()).isEqualTo(400);
        assertThat(api().call("GET", "legal/case-files?status=LOST", null, "admin").statusCode()).isEqualTo(400);

        JsonObject overview = object(one.body());
        assertThat(overview.getString("reference")).isEqualTo(String.format("LR-%06d", id));
        assertThat(overview.getString("firmName")).startsWith("Harper");
        assertThat(overview.getString("jurisdiction")).isEqualTo("PA");
        assertThat(overview.getInt("documents")).isEqualTo(2);
        assertThat(overview.getInt("producedDocuments")).isEqualTo(1);
        assertThat(overview.getInt("assignments")).isEqualTo(1);
        assertThat(overview.getJsonArray("assignmentStatuses").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("status") + ":" + a.getInt("count")).containsExactly("ASSIGNED:1");
        assertThat(overview.getInt("activeHolds")).isEqualTo(1);
        assertThat(overview.getBoolean("deadlinesComplete")).isTrue();
        assertThat(LocalDate.parse(overview.getString("nextDeadline"))).isAfterOrEqualTo(LocalDate.now());
        assertThat(overview.getString("nextDeadlineKind")).isIn("LIMITATIONS", "REPOSE", "CERTIFICATE_OF_MERIT",
                "NOTICE_OF_INTENT");

        HttpResponse<String> missing = api().call("GET", "legal/case-files/" + (id + 100_000), null, "admin");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        for (String username : List.of("legal", "specialist", "billing", "coordinator")) {
            HttpResponse<String> list = api().call("GET", "legal/case-files", null, username);
            HttpResponse<String> single = api().call("GET", "legal/case-files/" + id, null, username);
            assertThat(list.statusCode()).as(username).isEqualTo(403);
            assertThat(single.statusCode()).as(username).isEqualTo(403);
            assertThat(single.body()).doesNotContain("LR-");
        }
        assertThat(api().call("GET", "audit/entries?actor=admin&action=READ&recordType=LegalCase&recordId=" + id, null,
                "admin").body()).contains("case-file oversight of LR-");
        assertThat(api().call("GET", "audit/entries?actor=admin&action=READ&recordType=LegalCase&recordId=*", null,
                "admin").body()).contains("case-file oversight of firm " + harper + ", OPEN");
    }

    /** The OpenAPI document names every answer of the oversight, so none is left as "default". */
    @Test
    @RunAsClient
    void documentsEveryAnswerOfTheOversightInTheOpenApiDocument() throws Exception {
        HttpResponse<String> document = api().send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://"
                + base.getHost() + ":" + base.getPort() + "/openapi")).header("Accept", "application/json").GET());
        assertThat(document.statusCode()).isEqualTo(200);
        JsonObject paths = object(document.body()).getJsonObject("paths");
        JsonObject list = paths.entrySet().stream().filter(p -> p.getKey().endsWith("/legal/case-files"))
                .findFirst().orElseThrow().getValue().asJsonObject().getJsonObject("get").getJsonObject("responses");
        JsonObject one = paths.entrySet().stream().filter(p -> p.getKey().endsWith("/legal/case-files/{id}"))
                .findFirst().orElseThrow().getValue().asJsonObject().getJsonObject("get").getJsonObject("responses");
        assertThat(list.keySet()).containsExactlyInAnyOrder("200", "400", "401", "403", "503");
        assertThat(one.keySet()).containsExactlyInAnyOrder("200", "400", "401", "403", "404", "503");
    }

    private static List<Long> ids(HttpResponse<String> list) {
        return array(list.body()).getValuesAs(JsonObject.class).stream().map(c -> (long) c.getInt("id")).toList();
    }

    private static String proposal(long practitionerId, String waiver) {
        return "{\"practitionerId\":" + practitionerId + ",\"licence\":\"UNRESTRICTED\",\"boardCertified\":true,"
                + "\"yearsSinceClinicalPractice\":0" + (waiver == null ? "" : ",\"waiverReason\":\"" + waiver + "\"")
                + "}";
    }

    private static String opinion(long version, boolean complete) {
        return "{\"version\":" + version + ",\"standardOfCare\":\"Review of a wound on day 3.\","
                + "\"breach\":\"The wound was not reviewed.\",\"shouldHaveDone\":\"Examine and culture.\","
                + (complete ? "\"causation\":\"The delay allowed the infection to spread.\"," : "")
                + "\"damages\":\"A second operation.\",\"materials\":\"FINAL-000001 – FINAL-000004\","
                + "\"qualifications\":\"Orthopaedic surgeon, 18 years.\"}";
    }

    private static JsonObject candidate(JsonArray candidates, String name) {
        return candidates.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").contains(name))
                .findFirst().orElseThrow();
    }

    private static long practitioner(JsonArray candidates, String name) {
        return candidate(candidates, name).getInt("practitionerId");
    }

    /** In the container: a changed byte in a stored document is found at download, withheld and logged. */
    @Test
    void detectsAChangedByteInAStoredDocumentAtDownload() throws Exception {
        long id = open("legal", "Tara Tampered", "TAMP").getInt("id");
        long document = upload("legal", id, "evidence.pdf", pdf(2), "MEDICAL_RECORD").getInt("id");
        assertThat(api().call("GET", "legal/documents/" + document, null, "legal").statusCode()).isEqualTo(200);

        java.nio.file.Path stored = fileStore.pathOf(probe.storageKey(document));
        byte[] changed = java.nio.file.Files.readAllBytes(stored);
        changed[changed.length / 2] ^= 1;
        java.nio.file.Files.write(stored, changed);

        HttpResponse<String> refused = api().call("GET", "legal/documents/" + document, null, "legal");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("has changed since it was received");
        assertThat(api().call("GET", "legal/cases/" + id + "/custody", null, "legal").body()).contains("INTEGRITY_FAILED");
        assertThat(probe.custodyEntries("INTEGRITY_FAILED")).as("kept although the download was refused").isPositive();
    }

    /**
     * One view of a case file is one boundary call and one audit entry, and what it holds depends on the reader: the
     * firm's side reads the whole file, the assigned reviewer their own assignment, the documents produced to them
     * and only the certificate-of-merit deadlines; a case not assigned to them is not found.
     */
    @Test
    void readsACaseFileForEachAudienceInOneCallAuditedOnce() throws Exception {
        JsonObject opened = open("legal", "Rhea Readmodel", "READM");
        long id = opened.getInt("id");
        long produced = upload("legal", id, "read-chart.pdf", pdf(1), "MEDICAL_RECORD").getInt("id");
        upload("legal", id, "read-memo.pdf", pdf(1), "ATTORNEY_WORK_PRODUCT");
        long order = authority(id, "COURT_ORDER", false, LocalDate.now().minusDays(1), null).getInt("id");
        assertThat(produce(id, order, List.of(produced)).statusCode()).isEqualTo(201);
        long okafor = practitioner(array(api().call("GET", "legal/cases/" + id + "/candidates", null, "legal").body()),
                "Okafor");
        assertThat(api().call("POST", "legal/cases/" + id + "/assignments?version=" + opened.getInt("version"),
                proposal(okafor, null), "legal").statusCode()).isEqualTo(201);

        long coordinatorEntries = auditEntries("coordinator", id);
        CaseFile firmSide = asCoordinator.call(() -> caseFiles.read(id));
        assertThat(auditEntries("coordinator", id) - coordinatorEntries).as("one audit entry for one read").isEqualTo(1);
        assertThat(firmSide).isInstanceOf(FirmCaseFile.class);
        FirmCaseFile firm = (FirmCaseFile) firmSide;
        assertThat(firm.documents()).extracting(LegalDocument::getFileName)
                .containsExactlyInAnyOrder("read-chart.pdf", "read-memo.pdf");
        assertThat(firm.custody()).isNotEmpty();
        assertThat(firm.productions()).hasSize(1);
        assertThat(firm.candidates()).isNotEmpty();
        assertThat(firm.deadlines().get(0).deadlines()).extracting(d -> d.kind().name()).contains("LIMITATIONS");

        long reviewerEntries = auditEntries("specialist", id);
        CaseFile reviewerSide = asSpecialist.call(() -> caseFiles.read(id));
        assertThat(auditEntries("specialist", id) - reviewerEntries).as("one audit entry for one read").isEqualTo(1);
        assertThat(reviewerSide).isInstanceOf(ReviewerCaseFile.class);
        assertThat(reviewerSide.documents()).extracting(LegalDocument::getFileName).containsExactly("read-chart.pdf");
        assertThat(reviewerSide.assignments()).extracting(ReviewerAssignment::getReviewerUsername)
                .containsOnly("specialist");
        assertThat(reviewerSide.deadlines()).flatExtracting(d -> d.deadlines()).extracting(d -> d.kind().name())
                .doesNotContain("LIMITATIONS", "REPOSE", "NOTICE_OF_INTENT");

        long other = open("legal", "Una Unassigned", "READN").getInt("id");
        assertThatThrownBy(() -> asSpecialist.call(() -> caseFiles.read(other))).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> asSpecialist.call(() -> caseFiles.read(other + 100_000)))
                .as("a case that does not exist gets the same answer").isInstanceOf(RecordNotFound.class);
    }

    /**
     * A law firm's API client (scopes {@code legal.cases:<firm>} and {@code legal.documents:<firm>}) is walled like
     * the firm's lawyers, by the same boundary check: its own firm's cases only, another firm's case answers 404 as
     * to a lawyer, nothing of billing or referral intake; the referral client (ehr-demo) reaches no legal case.
     */
    @Test
    @RunAsClient
    void aFirmsApiClientReachesOnlyItsFirmsCasesAsItsLawyersDoAndNothingElse() throws Exception {
        List<JsonObject> firms = array(api().get("legal/firms", "admin").body()).getValuesAs(JsonObject.class);
        long harper = firms.stream().filter(f -> f.getString("name").startsWith("Harper")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long own = open("legal", "Carla Clientcase", "APIC").getInt("id");
        long ownDocument = upload("legal", own, "intake.pdf", pdf(1), "MEDICAL_RECORD").getInt("id");
        long other = open("legal.other", "Oscar Otherfirm", "APIO").getInt("id");
        String clientId = "harper-dms-" + System.nanoTime();

        HttpResponse<String> noFirm = register(clientId, "[\"legal.cases\"]", null);
        HttpResponse<String> unknownFirm = register(clientId, "[\"legal.cases\"]", 987_654_321L);
        HttpResponse<String> firmWithoutLegal = register(clientId, "[\"referral.status\"]", harper);
        HttpResponse<String> mixed = register(clientId, "[\"legal.cases\",\"referral.intake\"]", harper);
        for (HttpResponse<String> refused : List.of(noFirm, unknownFirm, firmWithoutLegal, mixed)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        }
        assertThat(noFirm.body()).contains("firmId");
        assertThat(unknownFirm.body()).contains("firmId").contains("987654321");
        assertThat(firmWithoutLegal.body()).contains("firmId");
        assertThat(mixed.body()).contains("scopes").contains("referral.intake");

        HttpResponse<String> registered = register(clientId, "[\"legal.cases\",\"legal.documents\"]", harper);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonObject client = object(registered.body());
        assertThat(client.getJsonObject("client").getJsonArray("scopes").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactlyInAnyOrder("legal.cases:" + harper, "legal.documents:" + harper);
        String token = api().accessToken(clientId, client.getString("clientSecret"));

        HttpResponse<String> list = api().withToken("GET", "legal/cases", null, null, token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(ids(list)).contains(own).doesNotContain(other);
        assertThat(array(list.body()).getValuesAs(JsonObject.class)).allMatch(c -> c.getString("firm").startsWith("Harper"));
        for (String read : List.of("legal/cases/" + own, "legal/cases/" + own + "/deadlines",
                "legal/cases/" + own + "/documents", "legal/cases/" + own + "/opinions",
                "legal/cases/" + own + "/assignments", "legal/documents/" + ownDocument)) {
            HttpResponse<String> answer = api().withToken("GET", read, null, null, token);
            assertThat(answer.statusCode()).as(read + " " + answer.body()).isEqualTo(200);
        }
        HttpResponse<String> uploaded = api().withToken("POST", "legal/cases/" + own
                + "/documents?labels=MEDICAL_RECORD&name=from-dms.pdf", "application/pdf", pdf(1), token);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        HttpResponse<String> lawyerOnOther = api().get("legal/cases/" + other, "legal");
        for (String behindTheWall : List.of("legal/cases/" + other, "legal/cases/" + other + "/deadlines",
                "legal/cases/" + other + "/documents")) {
            HttpResponse<String> answer = api().withToken("GET", behindTheWall, null, null, token);
            assertThat(answer.statusCode()).as(behindTheWall).isEqualTo(lawyerOnOther.statusCode()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Oscar");
        }
        HttpResponse<String> uploadToOther = api().withToken("POST", "legal/cases/" + other
                + "/documents?labels=MEDICAL_RECORD&name=x.pdf", "application/pdf", pdf(1), token);
        assertThat(uploadToOther.statusCode()).isEqualTo(404);

        HttpResponse<String> intake = api().withToken("POST", "referrals", "application/json", "{}".getBytes(
                StandardCharsets.UTF_8), token);
        for (HttpResponse<String> refused : List.of(intake,
                api().withToken("GET", "estimates", null, null, token),
                api().withToken("GET", "fee-schedules", null, null, token),
                api().withToken("GET", "legal/cases/" + own + "/export", null, null, token),
                api().withToken("POST", "legal/cases/" + own + "/invoices", null, null, token),
                api().withToken("DELETE", "legal/documents/" + ownDocument + "?reason=x", null, null, token))) {
            assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(403);
        }
        // nor any clinical FHIR resource: refused as an OperationOutcome
        for (String fhir : List.of("Task?status=requested", "ServiceRequest/1", "Patient/1", "DocumentReference/1",
                "Binary/1", "Coverage?patient=1")) {
            HttpResponse<String> refused = api().send(HttpRequest.newBuilder(URI.create(base + "fhir/" + fhir))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").GET());
            assertThat(refused.statusCode()).as(fhir + " " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("\"resourceType\":\"OperationOutcome\"");
        }

        String ehr = api().accessToken("ehr-demo", ApiClient.PASSWORD);
        assertThat(api().withToken("GET", "legal/cases/" + own, null, null, ehr).statusCode()).isEqualTo(403);
        assertThat(api().withToken("GET", "legal/cases", null, null, ehr).statusCode()).isEqualTo(403);

        String audit = api().get("audit/entries?actor=" + clientId, "admin").body();
        assertThat(audit).contains("\"actor\":\"" + clientId + "\"").contains("ACCESS_DENIED")
                .contains("from-dms.pdf");

        long id = client.getJsonObject("client").getJsonNumber("id").longValue();
        HttpResponse<String> disabled = api().post("api-clients/" + id + "/disabling", null, "admin");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(api().withToken("GET", "legal/cases/" + own, null, null, token).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> register(String clientId, String scopes, Long firmId) throws Exception {
        return api().post("api-clients", "{\"clientId\":\"" + clientId + "\",\"displayName\":\"Harper DMS\","
                + "\"scopes\":" + scopes + (firmId == null ? "" : ",\"firmId\":" + firmId) + "}", "admin");
    }

    private long auditEntries(String actor, long caseId) throws Exception {
        return asAdmin.call(() -> auditLog.count(new AuditQuery(actor, null, "LegalCase", Long.toString(caseId), null,
                null, null)));
    }

    private JsonObject open(String username, String claimant, String prefix) throws Exception {
        HttpResponse<String> created = api().call("POST", "legal/cases", aCase(claimant, prefix).json(), username);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created.body());
    }

    private JsonObject authority(long caseId, String kind, boolean assurances, LocalDate signed, LocalDate expires)
            throws Exception {
        HttpResponse<String> recorded = api().call("POST", "legal/cases/" + caseId + "/authorities", """
                {"kind":"%s","reference":"REF-%s","recipient":"Harper & Vance LLP","signedOn":"%s",%s
                 "scope":["MEDICAL_RECORD"],"assurances":%s}""".formatted(kind, kind, signed,
                expires == null ? "" : "\"expiresOn\":\"" + expires + "\",", assurances), "legal");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return object(recorded.body());
    }

    private HttpResponse<String> produce(long caseId, Long authority, List<Long> documents) throws Exception {
        return api().call("POST", "legal/cases/" + caseId + "/productions", "{" + (authority == null ? ""
                : "\"authorityId\":" + authority + ",") + "\"documentIds\":" + documents
                + ",\"purpose\":\"Expert review\"}", "legal");
    }

    private JsonObject upload(String username, long caseId, String name, byte[] content, String labels)
            throws Exception {
        HttpResponse<String> received = api().upload("legal/cases/" + caseId + "/documents?labels=" + labels
                + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "application/pdf", content, username);
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        return object(received.body());
    }

    private HttpResponse<String> send(long caseId, String name, byte[] content, String type) throws Exception {
        return api().upload("legal/cases/" + caseId + "/documents?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), type, content, "legal");
    }

    /** A real PDF of so many pages. */
    static byte[] pdf(int pages) {
        return PdfFiles.withPages(pages, page -> "Record page " + page);
    }

    private static byte[] bigPdfLike(int size) {
        byte[] content = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private static String withoutRequestId(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"X\"");
    }
}
