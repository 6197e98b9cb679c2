package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.it.ApiClient.basic;

import ca.uhn.fhir.parser.IParser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.web.fhir.FhirContexts;
import org.secondopinion.web.fhir.R4Validation;
import org.secondopinion.web.fhir.ReferralBundles;

/**
 * FHIR status and results over HTTP, as a referring system sees them: a referral sent in as a transaction Bundle, seen
 * in the worklist and walked through the workflow, its Task following every step (status, businessStatus, version, ETag, history), the
 * searches, cancelling by {@code PUT}, the consult note and its PDF (the very file {@code /api} gives), the walls and
 * the audit entries. Every FHIR answer is checked against the base R4 definitions with HAPI's validator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirStatusIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final IParser json = FhirContexts.r4().newJsonParser();

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    void followsTheWorkflowInTheTaskAndGivesTheConsultNoteAndItsPdf() throws Exception {
        Case current = takenInByTransaction();
        assertThat(api().get("referrals?status=REQUESTED&sort=CREATED&desc=true&max=200", "coordinator").body()).as("in the coordinators' worklist")
                .contains("\"id\":" + current.id + ",");
        expectTask(current, "requested", "REQUESTED", 1);

        current = step(current, "coordinator", "START_RECORDS");
        expectTask(current, "received", "RECORDS_PENDING", 2);
        for (String record : recordIds(current.json)) {
            current = send("PUT", "referrals/" + current.id + "/records/" + record, "coordinator",
                    "{\"version\":%d,\"state\":\"RECEIVED\"}".formatted(current.version));
        }
        current = step(current, "coordinator", "COMPLETE_RECORDS");
        expectTask(current, "received", "READY_FOR_MATCHING", 3);
        current = offeredToOkafor(current);
        Task offered = expectTask(current, "received", "OFFERED", 4);
        assertThat(offered.getOwner().getReference()).startsWith("Practitioner/");
        current = step(current, "specialist", "ACCEPT");
        expectTask(current, "accepted", "ACCEPTED", 5);
        current = step(current, "specialist", "START_REVIEW");
        expectTask(current, "in-progress", "IN_REVIEW", 6);
        current = send("POST", "referrals/" + current.id + "/information-requests", "specialist",
                "{\"version\":%d,\"type\":\"REPEAT_DIAGNOSTICS\",\"what\":\"A new MRI of the lumbar spine\"}"
                        .formatted(current.version));
        Task onHold = expectTask(current, "on-hold", "INFO_REQUESTED", 7);
        assertThat(onHold.getStatusReason().getText()).contains("A new MRI of the lumbar spine");
        current = step(current, "specialist", "RESUME_REVIEW");
        expectTask(current, "in-progress", "IN_REVIEW", 8);

        StringBuilder answers = new StringBuilder();
        for (String question : ids(current.json, "questions")) {
            answers.append(answers.isEmpty() ? "" : ",").append("\"").append(question).append("\":\"Answered.\"");
        }
        current = send("POST", "referrals/" + current.id + "/delivery", "specialist",
                ("{\"version\":%d,\"opinion\":{\"outcomes\":[\"CONFIRMED\"],\"recommendedTreatment\":\"Go ahead with"
                        + " the laminectomy.\",\"answers\":{%s}}}").formatted(current.version, answers));
        Task delivered = expectTask(current, "completed", "OPINION_DELIVERED", 9);
        String noteId = "DocumentReference/" + current.id;
        assertThat(delivered.getOutput()).singleElement().satisfies(output -> {
            assertThat(output.getType().getCodingFirstRep().getCode()).isEqualTo("11488-4");
            assertThat(((Reference) output.getValue()).getReference()).isEqualTo(noteId);
        });
        Case decided = send("POST", "referrals/" + current.id + "/decision", "coordinator",
                "{\"version\":%d,\"decision\":\"FOLLOWED_SECOND_OPINION\",\"close\":false}".formatted(current.version));
        Task withDecision = expectTask(decided, "completed", "DECISION_RECORDED", 10);
        assertThat(withDecision.getOutput()).hasSize(2);
        assertThat(((CodeableConcept) withDecision.getOutput().get(1).getValue()).getCodingFirstRep().getCode())
                .isEqualTo("FOLLOWED_SECOND_OPINION");

        // history: one version per step, each as it stood
        Bundle history = bundle(fhir("GET", "Task/" + decided.id + "/_history", "coordinator", null));
        assertThat(history.getEntry()).hasSize(10);
        assertThat(history.getEntry()).extracting(e -> e.getRequest().getMethod().toCode() + " " + e.getRequest()
                .getUrl()).endsWith("POST Task/" + decided.id + "/_history/1").contains("PUT Task/" + decided.id + "/_history/2");
        assertThat(bundle(fhir("GET", "ServiceRequest/" + decided.id + "/_history", "coordinator", null)).getEntry())
                .hasSize(10);
        Task first = (Task) read(fhir("GET", "Task/" + decided.id + "/_history/1", "coordinator", null));
        assertThat(first.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(first.getOutput()).isEmpty();
        assertThat(fhir("GET", "Task/" + decided.id + "/_history/11", "coordinator", null).statusCode())
                .isEqualTo(404);

        ServiceRequest request = (ServiceRequest) read(fhir("GET", "ServiceRequest/" + decided.id, "coordinator",
                null));
        assertThat(request.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(request.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("M48.061");
        String patientId = request.getSubject().getReferenceElement().getIdPart();
        Patient patient = (Patient) read(fhir("GET", "Patient/" + patientId, "coordinator", null));
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(decided.mrn);
        Bundle byMrn = bundle(fhir("GET", "Patient?identifier=" + enc(patient.getIdentifierFirstRep().getSystem()
                + "|" + decided.mrn), "coordinator", null));
        assertThat(byMrn.getEntry()).singleElement().satisfies(e -> assertThat(e.getResource().getIdElement()
                .getIdPart()).isEqualTo(patientId));
        Practitioner owner = (Practitioner) read(fhir("GET", withDecision.getOwner().getReference(), "coordinator",
                null));
        assertThat(owner.getNameFirstRep().getFamily()).isEqualTo("Okafor");
        assertThat(owner.getIdentifier()).allSatisfy(i -> assertThat(i.getSystem())
                .isEqualTo("http://hl7.org/fhir/sid/us-npi"));

        // the consult note and its PDF: the file /api gives, with its size and SHA-1
        HttpResponse<String> noteAnswer = fhir("GET", "DocumentReference/" + decided.id, "coordinator", null);
        DocumentReference note = (DocumentReference) read(noteAnswer);
        assertThat(note.getMeta().getVersionId()).isEqualTo("1");
        assertThat(noteAnswer.headers().firstValue("ETag")).hasValue("W/\"1\"");
        assertThat(note.getType().getCodingFirstRep().getCode()).isEqualTo("11488-4");
        assertThat(note.getAuthorFirstRep().getReference()).isEqualTo(withDecision.getOwner().getReference());
        String url = note.getContentFirstRep().getAttachment().getUrl();
        assertThat(url).startsWith("http").endsWith("/fhir/Binary/" + decided.id);
        byte[] fromApi = api().download("referrals/" + decided.id + "/report.pdf", "coordinator").body();
        HttpResponse<byte[]> raw = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic("coordinator")).header("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/pdf"));
        assertThat(raw.body()).isEqualTo(fromApi);
        assertThat(note.getContentFirstRep().getAttachment().getSize()).isEqualTo(fromApi.length);
        assertThat(note.getContentFirstRep().getAttachment().getHashElement().getValueAsString())
                .isEqualTo(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(fromApi)));
        Binary binary = (Binary) read(fhir("GET", "Binary/" + decided.id, "coordinator", null));
        assertThat(binary.getContentType()).isEqualTo("application/pdf");
        assertThat(binary.getData()).isEqualTo(fromApi);
        JsonArray exports = ApiClient.array(api().get("audit/entries?actor=coordinator&action=EXPORT&recordType=Referral"
                + "&recordId=" + decided.id, "admin").body());
        assertThat(exports.getValuesAs(JsonObject.class)).as("each copy of the PDF is an export")
                .filteredOn(e -> e.getString("detail").startsWith("opinion report PDF")).hasSizeGreaterThanOrEqualTo(3);
        Bundle notes = bundle(fhir("GET", "DocumentReference?subject=Patient/" + patientId, "coordinator", null));
        assertThat(notes.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(String.valueOf(decided.id));
    }

    @Test
    void searchesTasksByFocusPatientStatusAndLastUpdatedPageByPage() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Case one = takenIn("Search One");
        Case two = step(takenIn("Search Two"), "coordinator", "START_RECORDS");

        Bundle byFocus = bundle(fhir("GET", "Task?focus=ServiceRequest/" + one.id, "coordinator", null));
        assertThat(byFocus.getTotal()).isEqualTo(1);
        assertThat(byFocus.getEntryFirstRep().getResource().getIdElement().getIdPart()).isEqualTo(one.id + "");

        Task task = (Task) read(fhir("GET", "Task/" + one.id, "coordinator", null));
        String patient = task.getFor().getReferenceElement().getIdPart();
        assertThat(ids(bundle(fhir("GET", "Task?patient=Patient/" + patient, "coordinator", null))))
                .containsExactly(one.id + "");
        assertThat(ids(bundle(fhir("GET", "Task?patient=" + patient, "coordinator", null))))
                .containsExactly(one.id + "");

        // the demo data's patients are in the register too, so their cases' Tasks name them
        Bundle demoPatient = bundle(fhir("GET", "Patient?identifier=" + enc("urn:secondopinion:mrn|MRN-100234"),
                "coordinator", null));
        assertThat(demoPatient.getEntry()).hasSize(1);
        assertThat(bundle(fhir("GET", "Task?patient=" + demoPatient.getEntryFirstRep().getResource().getIdElement()
                .getIdPart(), "coordinator", null)).getEntry()).isNotEmpty();

        String since = "_lastUpdated=" + enc("ge" + before.truncatedTo(ChronoUnit.SECONDS));
        assertThat(ids(bundle(fhir("GET", "Task?status=requested&" + since, "coordinator", null))))
                .contains(one.id + "").doesNotContain(two.id + "");
        assertThat(ids(bundle(fhir("GET", "Task?status=requested,received&" + since, "coordinator", null))))
                .contains(one.id + "", two.id + "");
        assertThat(bundle(fhir("GET", "Task?_lastUpdated=" + enc("gt" + Instant.now().plusSeconds(3600)
                .truncatedTo(ChronoUnit.SECONDS)), "coordinator", null)).getEntry()).isEmpty();
        assertThat(bundle(fhir("GET", "ServiceRequest?_lastUpdated=" + enc("gt" + Instant.now().plusSeconds(3600)
                .truncatedTo(ChronoUnit.SECONDS)), "coordinator", null)).getEntry()).isEmpty();
        assertThat(ids(bundle(fhir("GET", "ServiceRequest?" + since, "coordinator", null)))).contains(one.id + "");
        assertThat(ids(bundle(fhir("GET", "Task?" + since + "&_lastUpdated=" + enc("lt" + Instant.now()
                .plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS)), "coordinator", null))))
                .contains(one.id + "", two.id + "");
        HttpResponse<String> badStatus = fhir("GET", "Task?status=lost", "coordinator", null);
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("Task.status");

        Bundle page = bundle(fhir("GET", "Task?_count=1&" + since, "coordinator", null));
        assertThat(page.getEntry()).hasSize(1);
        assertThat(page.getTotal()).isGreaterThanOrEqualTo(2);
        assertThat(page.getLink("next")).as("a link to the next page").isNotNull();
        Bundle next = bundle(http.send(HttpRequest.newBuilder(URI.create(page.getLink("next").getUrl()))
                .header("Authorization", basic("coordinator")).GET().build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(next.getEntry()).hasSize(1);
        assertThat(ids(next)).doesNotContainAnyElementsOf(ids(page));

        // one audit entry per search, naming the cases returned
        JsonArray entries = ApiClient.array(api().get("audit/entries?actor=coordinator&action=READ&recordType=Referral"
                + "&max=1000", "admin").body());
        assertThat(entries.getValuesAs(JsonObject.class)).anySatisfy(e -> assertThat(e.getString("detail"))
                .startsWith("FHIR search").contains(one.reference));
    }

    @Test
    void cancelsByPutOnlyAsTheReadTaskWithItsStatusChangedAndOnlyTheClientsOwn() throws Exception {
        Case open = step(takenIn("Cancel Me"), "coordinator", "START_RECORDS");
        HttpResponse<String> read = fhir("GET", "Task/" + open.id, "coordinator", null);
        Task task = (Task) read(read);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("W/\"2\"");

        task.setStatus(Task.TaskStatus.CANCELLED);
        task.setStatusReason(new CodeableConcept().setText("The patient withdrew"));
        HttpResponse<String> stale = fhir("PUT", "Task/" + open.id, "coordinator", json.encodeResourceToString(task),
                "If-Match", "W/\"1\"");
        assertThat(stale.statusCode()).isEqualTo(412);

        Task changedMore = task.copy();
        changedMore.setPriority(Task.TaskPriority.STAT);
        HttpResponse<String> tooMuch = fhir("PUT", "Task/" + open.id, "coordinator",
                json.encodeResourceToString(changedMore), "If-Match", etag);
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(outcome(tooMuch).getIssueFirstRep().getExpression()).extracting(Object::toString)
                .contains("Task.priority");

        HttpResponse<String> cancelled = fhir("PUT", "Task/" + open.id, "coordinator",
                json.encodeResourceToString(task), "If-Match", etag);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        Task after = (Task) read(fhir("GET", "Task/" + open.id, "coordinator", null));
        assertThat(after.getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
        assertThat(after.getStatusReason().getText()).isEqualTo("The patient withdrew");
        assertThat(after.getMeta().getVersionId()).isEqualTo("3");

        Case toReject = takenIn("Reject Me");
        Case rejected = send("POST", "referrals/" + toReject.id + "/steps", "coordinator",
                "{\"version\":%d,\"step\":\"REJECT\",\"reason\":\"Not eligible\"}".formatted(toReject.version));
        Task finished = (Task) read(fhir("GET", "Task/" + rejected.id, "coordinator", null));
        finished.setStatus(Task.TaskStatus.CANCELLED);
        HttpResponse<String> tooLate = fhir("PUT", "Task/" + rejected.id, "coordinator",
                json.encodeResourceToString(finished));
        assertThat(tooLate.statusCode()).isEqualTo(422);
        assertThat(outcome(tooLate).getIssueFirstRep().getExpression()).extracting(Object::toString)
                .contains("Task.status");

        // a machine client cancels what it took in, and nothing else
        String token = api().accessToken("ehr-demo", ApiClient.PASSWORD);
        String mrn = "FS-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> intake = api().withToken("POST", "referrals", "application/json",
                ReferralBody.aReferral("Client Own " + mrn, "1970-01-01", mrn).json().getBytes(StandardCharsets.UTF_8),
                token);
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        long own = number(intake.body(), "id");
        Task ownTask = (Task) read(fhirWithToken("GET", "Task/" + own, token, null));
        ownTask.setStatus(Task.TaskStatus.CANCELLED);
        assertThat(fhirWithToken("PUT", "Task/" + own, token, json.encodeResourceToString(ownTask)).statusCode())
                .isEqualTo(200);
        Case others = takenIn("Not The Clients");
        Task othersTask = (Task) read(fhirWithToken("GET", "Task/" + others.id, token, null));
        othersTask.setStatus(Task.TaskStatus.CANCELLED);
        assertThat(fhirWithToken("PUT", "Task/" + others.id, token, json.encodeResourceToString(othersTask))
                .statusCode()).isEqualTo(403);
        assertThat(((Task) read(fhir("GET", "Task/" + others.id, "coordinator", null))).getStatus())
                .isEqualTo(Task.TaskStatus.REQUESTED);
    }

    @Test
    void keepsBillingLegalAndOtherSpecialistsOutAndAuditsReads() throws Exception {
        Case open = takenIn("Behind The Wall");
        assertThat(fhir("GET", "Task/" + open.id, "billing", null).statusCode()).isEqualTo(403);
        assertThat(fhir("GET", "Task/" + open.id, "legal", null).statusCode()).isEqualTo(403);
        assertThat(fhir("GET", "DocumentReference?subject=Patient/1", "billing", null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> notTheirs = fhir("GET", "Task/" + open.id, "specialist", null);
        assertThat(notTheirs.statusCode()).as("a case not assigned to them").isEqualTo(404);
        assertThat(outcome(notTheirs).getIssue()).isNotEmpty();
        assertThat(bundle(fhir("GET", "Task?focus=ServiceRequest/" + open.id, "specialist", null)).getEntry())
                .isEmpty();
        assertThat(fhir("GET", "DocumentReference/" + open.id, "coordinator", null).statusCode())
                .as("no consult note before delivery").isEqualTo(404);

        assertThat(fhir("GET", "Task/" + open.id, "coordinator", null).statusCode()).isEqualTo(200);
        JsonArray entries = ApiClient.array(api().get("audit/entries?actor=coordinator&action=READ&recordType=Referral"
                + "&recordId=" + open.id, "admin").body());
        assertThat(entries.getValuesAs(JsonObject.class)).anySatisfy(e -> assertThat(e.getString("detail"))
                .startsWith("opened " + open.reference));
        JsonArray refused = ApiClient.array(api().get("audit/entries?actor=specialist&action=ACCESS_DENIED"
                + "&recordType=Referral&recordId=" + open.id, "admin").body());
        assertThat(refused).isNotEmpty();
    }

    // ---- FHIR over HTTP ----------------------------------------------------------------------------------------

    private HttpResponse<String> fhir(String method, String path, String username, String body, String... headers)
            throws Exception {
        return fhirAs(method, path, basic(username), body, headers);
    }

    private HttpResponse<String> fhirWithToken(String method, String path, String token, String body)
            throws Exception {
        return fhirAs(method, path, "Bearer " + token, body);
    }

    private HttpResponse<String> fhirAs(String method, String path, String authorization, String body,
                                        String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + (path.isEmpty() ? "fhir" : "fhir/" + path)))
                .header("Authorization", authorization).header("Accept", "application/fhir+json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.header("Content-Type", "application/fhir+json");
        }
        HttpResponse<String> response = http.send(request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertValidR4(response);
        return response;
    }

    /** Every FHIR answer, resource or OperationOutcome, is valid against the base R4 definitions. */
    static void assertValidR4(HttpResponse<String> response) {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json")) {
            assertThat(R4Validation.errors(response.body())).as(response.request().method() + " "
                    + response.request().uri() + " answered " + response.body()).isEmpty();
        }
    }

    private IBaseResource read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.parseResource(response.body());
    }

    private Bundle bundle(HttpResponse<String> response) {
        return (Bundle) read(response);
    }

    private OperationOutcome outcome(HttpResponse<String> response) {
        return (OperationOutcome) json.parseResource(response.body());
    }

    private static java.util.List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    /** The Task now: its status, businessStatus, version and ETag as the step left them. */
    private Task expectTask(Case current, String status, String businessStatus, int version) throws Exception {
        HttpResponse<String> response = fhir("GET", "Task/" + current.id, "coordinator", null);
        Task task = (Task) read(response);
        assertThat(task.getStatus().toCode()).as(businessStatus).isEqualTo(status);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo(businessStatus);
        assertThat(task.getMeta().getVersionId()).isEqualTo(String.valueOf(version));
        assertThat(response.headers().firstValue("ETag")).hasValue("W/\"" + version + "\"");
        return task;
    }

    // ---- arranging cases over /api -----------------------------------------------------------------------------

    private record Case(long id, long version, String reference, String mrn, String json) {
    }

    private Case takenIn(String patient) throws Exception {
        String mrn = "FS-" + UUID.randomUUID().toString().substring(0, 8);
        String form = ReferralBody.aReferral(patient + " " + mrn, "1971-03-04", mrn)
                .diagnosis("M48.061", "Spinal stenosis, lumbar region").treatment("SURGERY", "Laminectomy")
                .reason("Unsure whether surgery can wait").json();
        return send("POST", "referrals", "coordinator", form);
    }

    /** A referral sent in as the referring EHR does: a transaction Bundle with the demo client's bearer token. */
    private Case takenInByTransaction() throws Exception {
        String mrn = "FS-" + UUID.randomUUID().toString().substring(0, 8);
        Bundle transaction = ReferralBundles.complete(mrn, "M48.061");
        ServiceRequest sent = ReferralBundles.first(transaction, ServiceRequest.class);
        sent.setCode(new CodeableConcept().setText("Orthopaedic surgery"));
        sent.getReasonCodeFirstRep().setText("Spinal stenosis, lumbar region").getCodingFirstRep()
                .setDisplay("Spinal stenosis, lumbar region without neurogenic claudication");
        HttpResponse<String> answer = fhirWithToken("POST", "", api().accessToken("ehr-demo", ApiClient.PASSWORD),
                ReferralBundles.json(transaction));
        Bundle response = bundle(answer);
        assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        String task = response.getEntry().get(response.getEntry().size() - 1).getResponse().getLocation();
        assertThat(task).matches("Task/[0-9]+/_history/1");
        long id = Long.parseLong(task.split("/")[1]);
        HttpResponse<String> detail = api().get("referrals/" + id, "coordinator");
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        JsonObject view = ApiClient.object(detail.body());
        assertThat(view.getString("patientMrn")).isEqualTo(mrn);
        return new Case(id, view.getJsonNumber("version").longValue(), view.getString("reference"), mrn,
                detail.body());
    }

    private Case offeredToOkafor(Case current) throws Exception {
        HttpResponse<String> candidates = api().get("referrals/" + current.id + "/candidates", "coordinator");
        Matcher okafor = Pattern.compile("\\{[^{}]*\"name\":\"Dr\\. Samuel Okafor\"[^{}]*}").matcher(candidates.body());
        assertThat(okafor.find()).as(candidates.body()).isTrue();
        return send("POST", "referrals/" + current.id + "/offer", "coordinator",
                "{\"version\":%d,\"practitionerId\":%d}".formatted(current.version, number(okafor.group(),
                        "practitionerId")));
    }

    private Case step(Case current, String username, String step) throws Exception {
        return send("POST", "referrals/" + current.id + "/steps", username,
                "{\"version\":%d,\"step\":\"%s\"}".formatted(current.version, step));
    }

    private Case send(String method, String path, String username, String body) throws Exception {
        HttpResponse<String> response = api().call(method, path, body, username);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        JsonObject detail = ApiClient.object(response.body());
        return new Case(detail.getJsonNumber("id").longValue(), detail.getJsonNumber("version").longValue(),
                detail.getString("reference"), detail.getString("patientMrn"), response.body());
    }

    /** The checklist items still asked for. */
    private static java.util.List<String> recordIds(String json) {
        return ApiClient.object(json).getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(r -> "REQUESTED".equals(r.getString("state")))
                .map(r -> String.valueOf(r.getJsonNumber("id").longValue())).toList();
    }

    private static java.util.List<String> ids(String json, String array) {
        return ApiClient.object(json).getJsonArray(array).getValuesAs(JsonValue.class).stream()
                .map(v -> String.valueOf(v.asJsonObject().getJsonNumber("id").longValue())).toList();
    }

    private static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
