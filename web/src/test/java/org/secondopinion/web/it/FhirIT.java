package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.it.ApiClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.web.fhir.FhirContexts;
import org.secondopinion.web.fhir.FhirIds;
import org.secondopinion.web.fhir.ReferralBundle;
import org.secondopinion.web.fhir.ReferralBundles;

/**
 * FHIR R4 over HTTP as a referring EHR sees it: a referral sent as a transaction Bundle with a bearer token, then
 * seen in the coordinators' worklist; duplicates refused until confirmed; an emergency refused with the page's words;
 * broken input answered with OperationOutcomes; a Patient's conditional create; walls; audit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirIT {

    private static final String PASSWORD = "SecondOpinion-demo";
    private static final String FHIR_JSON = "application/fhir+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTransactionBundleTakesInAReferralThatTheWorklistShowsAndTheAuditRecords() throws Exception {
        String bearer = "Bearer " + accessToken();
        String mrn = unique("FHIR");
        Bundle bundle = ReferralBundles.complete(mrn, "M17.11");
        Bundle.BundleEntryComponent patientEntry = bundle.getEntry().get(0);
        patientEntry.getRequest().setIfNoneExist("identifier=" + FhirIds.mrnSystem() + "|" + mrn);

        double before = fhirIntakes();
        HttpResponse<String> answer = send(post("fhir", ReferralBundles.json(bundle)).header("Authorization", bearer));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(fhirIntakes()).isEqualTo(before + 1);
        Bundle response = parse(Bundle.class, answer.body());
        assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        assertThat(response.getEntry()).hasSameSizeAs(bundle.getEntry());
        Bundle.BundleEntryResponseComponent patient = response.getEntry().get(0).getResponse();
        assertThat(patient.getStatus()).isEqualTo("201 Created");
        assertThat(patient.getLocation()).matches("Patient/[0-9]+/_history/[0-9]+");
        Bundle.BundleEntryResponseComponent request = response.getEntry().get(4).getResponse();
        assertThat(request.getStatus()).isEqualTo("201 Created");
        assertThat(request.getLocation()).matches("ServiceRequest/[0-9]+/_history/1");
        assertThat(request.getEtag()).isEqualTo("W/\"1\"");
        assertThat(request.getLastModified()).isNotNull();
        long id = Long.parseLong(request.getLocation().split("/")[1]);
        assertThat(response.getEntry().get(8).getResponse().getLocation()).isEqualTo("Task/" + id + "/_history/1");
        assertThat(response.getEntry().get(6).getResponse().getStatus()).isEqualTo("200 OK");
        assertThat(((OperationOutcome) response.getEntry().get(6).getResponse().getOutcome()).getIssueFirstRep()
                .getDiagnostics()).contains("Kept with the referral ServiceRequest/" + id);

        HttpResponse<String> detail = send(get("api/referrals/" + id).header("Authorization", basic("coordinator",
                PASSWORD)));
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        JsonObject view = json(detail.body());
        assertThat(view.getString("patientMrn")).isEqualTo(mrn);
        assertThat(view.getString("diagnosisCode")).isEqualTo("M17.11");
        assertThat(view.getString("coveragePayor")).isEqualTo("Blue Valley Health");
        assertThat(view.getString("coveragePlan")).isEqualTo("Gold PPO 500");
        assertThat(view.getString("coverageMemberId")).isEqualTo("W123456789");
        assertThat(view.getString("firstPhysicianNpi")).isEqualTo("1234567893");
        HttpResponse<String> worklist = send(get("api/referrals?status=REQUESTED&sort=CREATED&desc=true&max=200").header("Authorization",
                basic("coordinator", PASSWORD)));
        assertThat(worklist.body()).contains("\"id\":" + id + ",");

        Bundle synthea = org.secondopinion.web.fhir.SyntheaStyleBundles.generate(System.nanoTime());
        HttpResponse<String> generated = send(post("fhir", ReferralBundles.json(synthea)).header("Authorization",
                bearer));
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
        assertThat(parse(Bundle.class, generated.body()).getEntry()).extracting(e -> e.getResponse().getStatus())
                .containsExactly("201 Created", "200 OK", "200 OK", "200 OK", "201 Created", "200 OK", "201 Created");

        HttpResponse<String> audit = send(get("api/audit/entries?actor=ehr-demo&recordType=Referral&recordId=" + id)
                .header("Authorization", basic("admin", PASSWORD)));
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("CREATE").contains("took in");
    }

    @Test
    void aDuplicateIsRefusedUntilConfirmedAndAnEmergencyWithThePagesWords() throws Exception {
        String bearer = "Bearer " + accessToken();
        String mrn = unique("DUP");
        HttpResponse<String> first = send(post("fhir", ReferralBundles.json(ReferralBundles.complete(mrn, "C50.911")))
                .header("Authorization", bearer));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String firstTask = parse(Bundle.class, first.body()).getEntry().get(8).getResponse().getLocation()
                .replaceAll("/_history/.*", "");

        Bundle again = ReferralBundles.complete(mrn, "C50.911");
        HttpResponse<String> duplicate = send(post("fhir", ReferralBundles.json(again)).header("Authorization",
                bearer));
        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(409);
        OperationOutcome outcome = parse(OperationOutcome.class, duplicate.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.DUPLICATE);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(firstTask);

        ReferralBundles.first(again, ServiceRequest.class).getMeta().addTag(ReferralBundle.INTAKE_SYSTEM,
                ReferralBundle.CONFIRMED_NOT_DUPLICATE, null);
        HttpResponse<String> confirmed = send(post("fhir", ReferralBundles.json(again)).header("Authorization",
                bearer));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(parse(Bundle.class, confirmed.body()).getEntry().get(0).getResponse().getStatus())
                .isEqualTo("200 OK");

        Bundle emergency = ReferralBundles.complete(unique("STAT"), "I21.9");
        ReferralBundles.first(emergency, ServiceRequest.class).setPriority(ServiceRequest.ServiceRequestPriority.STAT);
        HttpResponse<String> stat = send(post("fhir", ReferralBundles.json(emergency)).header("Authorization", bearer));
        assertThat(stat.statusCode()).as(stat.body()).isEqualTo(422);
        OperationOutcome refusal = parse(OperationOutcome.class, stat.body());
        assertThat(refusal.getIssueFirstRep().getDiagnostics()).isEqualTo("This is an emergency: a second opinion"
                + " cannot wait for it. Send the patient to emergency care now (call 911 or go to the nearest"
                + " emergency department).");
        assertThat(refusal.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("ServiceRequest.priority");
    }

    @Test
    void badInputIsAnsweredWithOperationOutcomesNamingTheElement() throws Exception {
        String bearer = "Bearer " + accessToken();
        HttpResponse<String> broken = send(post("fhir", "{\"resourceType\":\"Bundle\",\"type\":").header(
                "Authorization", bearer));
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
        assertThat(broken.body()).contains("OperationOutcome");

        Bundle batch = ReferralBundles.complete(unique("B"), "M17.11").setType(Bundle.BundleType.BATCH);
        HttpResponse<String> wrongType = send(post("fhir", ReferralBundles.json(batch)).header("Authorization",
                bearer));
        assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(400);
        assertThat(parse(OperationOutcome.class, wrongType.body()).getIssueFirstRep().getExpression().get(0)
                .getValue()).isEqualTo("Bundle.type");

        Bundle noReason = ReferralBundles.complete(unique("R"), "M17.11");
        ReferralBundles.first(noReason, ServiceRequest.class).getReasonCode().clear();
        HttpResponse<String> missing = send(post("fhir", ReferralBundles.json(noReason)).header("Authorization",
                bearer));
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
        assertThat(parse(OperationOutcome.class, missing.body()).getIssueFirstRep().getExpression().get(0)
                .getValue()).isEqualTo("ServiceRequest.reasonCode");
        // all or nothing: the refused Bundle's Patient was not registered either
        String refusedMrn = ReferralBundles.first(noReason, org.hl7.fhir.r4.model.Patient.class).getIdentifierFirstRep()
                .getValue();
        HttpResponse<String> leftBehind = send(get("fhir/Patient?identifier=" + java.net.URLEncoder.encode(
                FhirIds.mrnSystem() + "|" + refusedMrn, java.nio.charset.StandardCharsets.UTF_8))
                .header("Authorization", basic("coordinator", PASSWORD)).header("Accept", FHIR_JSON));
        assertThat(leftBehind.statusCode()).as(leftBehind.body()).isEqualTo(200);
        assertThat(parse(Bundle.class, leftBehind.body()).getEntry()).isEmpty();

        Bundle badCode = ReferralBundles.complete(unique("R"), "not-a-code");
        HttpResponse<String> invalid = send(post("fhir", ReferralBundles.json(badCode)).header("Authorization",
                bearer));
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.body()).contains("ServiceRequest.reasonCode");
    }

    @Test
    void aPatientCreatedTwiceConditionallyIsOnePatient() throws Exception {
        String bearer = "Bearer " + accessToken();
        String mrn = unique("PAT");
        String patient = ReferralBundles.json(ReferralBundles.patient(mrn));
        String condition = "identifier=" + FhirIds.mrnSystem() + "|" + mrn;
        HttpResponse<String> created = send(post("fhir/Patient", patient).header("Authorization", bearer)
                .header("If-None-Exist", condition));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> again = send(post("fhir/Patient", patient).header("Authorization", bearer)
                .header("If-None-Exist", condition));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("Location").orElseThrow()).isEqualTo(location);
        String other = unique("PAT");
        assertThat(send(post("fhir/Patient", ReferralBundles.json(ReferralBundles.patient(other)))
                .header("Authorization", bearer)).statusCode()).isEqualTo(201);
        HttpResponse<String> several = send(post("fhir/Patient", patient).header("Authorization", bearer)
                .header("If-None-Exist", condition + "," + FhirIds.mrnSystem() + "|" + other));
        assertThat(several.statusCode()).as(several.body()).isEqualTo(412);
        assertThat(several.body()).contains("OperationOutcome").contains("Patient.identifier");
        HttpResponse<String> notR4 = send(post("fhir/Patient", patient.replace("\"female\"", "\"robot\""))
                .header("Authorization", bearer));
        assertThat(notR4.statusCode()).as(notR4.body()).isEqualTo(400);
        assertThat(notR4.body()).contains("OperationOutcome");
        HttpResponse<String> unconditional = send(post("fhir/Patient", patient).header("Authorization", bearer));
        assertThat(unconditional.statusCode()).as(unconditional.body()).isEqualTo(422);
        assertThat(unconditional.body()).contains("Patient.identifier");

        // a ServiceRequest alone for that patient, then a Task naming it: it exists already
        String patientRef = "Patient/" + location.replaceAll(".*/Patient/([0-9]+).*", "$1");
        ServiceRequest request = ReferralBundles.serviceRequest(new org.hl7.fhir.r4.model.Reference(patientRef),
                new org.hl7.fhir.r4.model.Reference().setDisplay("Dr. Ada Okafor"), "M17.12");
        org.hl7.fhir.r4.model.Consent consent = ReferralBundles.consent(new org.hl7.fhir.r4.model.Reference(
                patientRef));
        consent.setId("consent");
        request.addContained(consent);
        request.addSupportingInfo(new org.hl7.fhir.r4.model.Reference("#consent"));
        HttpResponse<String> withoutQuestion = send(post("fhir/ServiceRequest", ReferralBundles.json(request))
                .header("Authorization", bearer));
        assertThat(withoutQuestion.statusCode()).as(withoutQuestion.body()).isEqualTo(422);
        assertThat(withoutQuestion.body()).contains("QuestionnaireResponse.item");
        request.addNote().setText("Can the operation wait until after the summer?");
        HttpResponse<String> alone = send(post("fhir/ServiceRequest", ReferralBundles.json(request))
                .header("Authorization", bearer));
        assertThat(alone.statusCode()).as(alone.body()).isEqualTo(201);
        String requestLocation = alone.headers().firstValue("Location").orElseThrow();
        assertThat(requestLocation).matches(".*/ServiceRequest/[0-9]+/_history/1");
        String id = requestLocation.replaceAll(".*/ServiceRequest/([0-9]+).*", "$1");
        HttpResponse<String> task = send(post("fhir/Task", ReferralBundles.json(ReferralBundles.task(
                new org.hl7.fhir.r4.model.Reference("ServiceRequest/" + id), null))).header("Authorization", bearer));
        assertThat(task.statusCode()).as(task.body()).isEqualTo(200);
        assertThat(task.headers().firstValue("Location").orElseThrow()).contains("/Task/" + id + "/_history/1");
    }

    /** What a hostile or sloppy caller sends is answered 4xx with an OperationOutcome: never a 500. */
    @Test
    void oddRequestsGetOperationOutcomesNeverAServerError() throws Exception {
        String bearer = "Bearer " + accessToken();
        String coordinator = basic("coordinator", PASSWORD);
        java.util.Map<String, Integer> reads = new java.util.LinkedHashMap<>();
        reads.put("fhir/Patient?identifier=", 400);
        reads.put("fhir/Patient?identifier=%2C", 400);
        reads.put("fhir/Patient?identifier:missing=true", 400);
        reads.put("fhir/Task?status:missing=true", 400);
        reads.put("fhir/Task?status:not=requested", 400);
        reads.put("fhir/Task?status=", 400);
        reads.put("fhir/Task?status=urn:other%7Crequested", 400);
        reads.put("fhir/Task?_id:not=1", 400);
        reads.put("fhir/Task?patient.identifier=MRN-100871", 400);
        reads.put("fhir/Task?_lastUpdated=ne2026-12-07", 400);
        reads.put("fhir/Practitioner/9223372036854775808", 404);
        reads.put("fhir/Patient/99999999999999999999", 404);
        reads.put("fhir/Practitioner/abc", 404);
        reads.put("fhir/Task?_offset=2147483647", 400);
        reads.put("fhir/ServiceRequest?patient=Patient/2&subject=Patient/4", 400);
        for (java.util.Map.Entry<String, Integer> read : reads.entrySet()) {
            HttpResponse<String> answer = send(get(read.getKey()).header("Authorization", coordinator)
                    .header("Accept", FHIR_JSON));
            assertThat(answer.statusCode()).as(read.getKey() + " " + answer.body()).isEqualTo(read.getValue());
            assertThat(answer.body()).as(read.getKey()).contains("\"resourceType\":\"OperationOutcome\"")
                    .doesNotContain("incident");
        }
        for (String type : new String[] {"Task", "ServiceRequest", "Patient"}) {
            HttpResponse<String> empty = send(HttpRequest.newBuilder(uri("fhir/" + type)).header("Authorization",
                    bearer).header("Accept", FHIR_JSON).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(empty.statusCode()).as(type + " " + empty.body()).isEqualTo(400);
            assertThat(empty.body()).contains("OperationOutcome").contains("no " + type);
        }
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(ReferralBundles.json(ReferralBundles.complete(unique("GZ"), "M17.11"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        HttpResponse<String> compressed = send(HttpRequest.newBuilder(uri("fhir")).header("Authorization", bearer)
                .header("Content-Type", FHIR_JSON).header("Content-Encoding", "gzip").header("Accept", FHIR_JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())));
        assertThat(compressed.statusCode()).as(compressed.body()).isEqualTo(415);
        assertThat(compressed.body()).contains("OperationOutcome");
    }

    @Test
    void theCapabilityStatementIsOpenToAnyoneValidAndListsWhatIsSupported() throws Exception {
        HttpResponse<String> answer = send(get("fhir/metadata").header("Accept", FHIR_JSON));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        org.hl7.fhir.r4.model.CapabilityStatement statement = parse(org.hl7.fhir.r4.model.CapabilityStatement.class,
                answer.body());
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent rest = statement.getRestFirstRep();
        assertThat(rest.getInteraction()).extracting(i -> i.getCode().toCode()).contains("transaction");
        assertThat(rest.getResource()).extracting(r -> r.getType()).contains("Task", "ServiceRequest", "Patient",
                "DocumentReference", "Binary", "Coverage", "Practitioner");
        assertThat(rest.getResource()).filteredOn(r -> r.getType().equals("Task")).singleElement()
                .satisfies(task -> assertThat(task.getInteraction()).extracting(i -> i.getCode().toCode())
                        .contains("read", "vread", "search-type", "history-instance", "update", "create"));

        HttpResponse<String> xml = send(get("fhir/metadata?_format=xml"));
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/fhir+xml");
        assertThat(org.secondopinion.web.fhir.R4Validation.errors(xml.body())).isEmpty();
        assertThat(send(get("fhir/Task?status=requested")).statusCode()).as("everything else needs credentials")
                .isEqualTo(401);
    }

    @Test
    void billingAndLegalUsersGetNoClinicalFhir() throws Exception {
        String bundle = ReferralBundles.json(ReferralBundles.complete(unique("W"), "M17.11"));
        for (String user : new String[] {"billing", "legal"}) {
            HttpResponse<String> refused = send(post("fhir", bundle).header("Authorization", basic(user, PASSWORD)));
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("OperationOutcome");
            HttpResponse<String> patient = send(post("fhir/Patient", ReferralBundles.json(ReferralBundles.patient(
                    unique("W")))).header("Authorization", basic(user, PASSWORD)));
            assertThat(patient.statusCode()).as(user + ": " + patient.body()).isEqualTo(403);
        }
    }

    private double fhirIntakes() throws Exception {
        URI metrics = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/metrics");
        return new PrometheusText(send(HttpRequest.newBuilder(metrics).header("Accept", "text/plain").GET()).body())
                .value("secondopinion_referrals_received_total", java.util.Map.of("channel", "fhir")).orElseThrow();
    }

    private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T parse(Class<T> type, String body) {
        return FhirContexts.r4().newJsonParser().parseResource(type, body);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String accessToken() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("api/oauth/token"))
                .header("Authorization", basic("ehr-demo", PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getString("access_token");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", FHIR_JSON).header("Accept", FHIR_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        FhirStatusIT.assertValidR4(response);
        return response;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private URI uri(String path) {
        try {
            return base.toURI().resolve(path);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
