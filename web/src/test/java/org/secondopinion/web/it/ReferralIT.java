package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.boundary.AuditQuery;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.directory.boundary.Directory;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;
import org.secondopinion.referral.boundary.IntakeForm;
import org.secondopinion.referral.boundary.Matching;
import org.secondopinion.referral.boundary.Opinions;
import org.secondopinion.referral.boundary.PossibleDuplicate;
import org.secondopinion.referral.boundary.ReferralRecords;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.boundary.TurnaroundWatch;
import org.secondopinion.referral.boundary.WorkflowStep;
import org.secondopinion.referral.boundary.WorklistQuery;
import org.secondopinion.referral.entity.RecordState;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralRecord;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.referral.entity.StandardQuestion;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

/**
 * The referral boundaries in the container, on H2 and on PostgreSQL: intake rules, who may
 * see a case (boundary, REST, record download), stale edits, the turnaround watch.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ReferralIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ReferralIT.class);
    }

    @Inject
    Referrals referrals;

    @Inject
    ReferralRecords records;

    @Inject
    Matching matching;

    @Inject
    Opinions opinions;

    @Inject
    Directory directory;

    @Inject
    TurnaroundWatch watch;

    @Inject
    AuditLog auditLog;

    @Inject
    org.secondopinion.platform.control.FileStore fileStore;

    @Inject
    RunAsCoordinator asCoordinator;

    @Inject
    RunAsSpecialist asSpecialist;

    @Inject
    RunAsAdmin asAdmin;

    @ArquillianResource
    URL base;

    static IntakeForm intake(String mrn) {
        IntakeForm form = new IntakeForm();
        form.setPatientName("Test Patient " + mrn);
        form.setPatientBirthDate(LocalDate.of(1970, 5, 6));
        form.setPatientMrn(mrn);
        form.setFirstPhysicianName("Dr. First Physician");
        form.setDiagnosisCode("M48.061");
        form.setDiagnosisText("Spinal stenosis, lumbar region");
        form.setTreatmentKind(TreatmentKind.SURGERY);
        form.setTreatmentText("Laminectomy");
        form.setRequestedSpecialty("Orthopaedic surgery");
        form.setReason("Wants to know whether surgery can wait");
        form.setUrgency(Urgency.ROUTINE);
        form.setConsent(true);
        form.setStandardQuestions(List.of(StandardQuestion.ALTERNATIVES));
        return form;
    }

    private static String mrn() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void refusesAnEmergencyAndSavesNothing() throws Exception {
        String mrn = mrn();
        IntakeForm form = intake(mrn);
        form.setUrgency(Urgency.EMERGENCY);

        assertThatThrownBy(() -> asCoordinator.call(() -> referrals.takeIn(form)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("urgency");
                    assertThat(refused.getMessage()).contains("emergency care");
                });
        form.setUrgency(Urgency.ROUTINE);
        Referral created = asCoordinator.call(() -> referrals.takeIn(form));
        assertThat(created.getPossibleDuplicateOf()).as("nothing was saved by the refused intake").isNull();
    }

    @Test
    void flagsADuplicateRequestAndCreatesItOnlyWhenConfirmed() throws Exception {
        String mrn = mrn();
        Referral first = asCoordinator.call(() -> referrals.takeIn(intake(mrn)));

        assertThatThrownBy(() -> asCoordinator.call(() -> referrals.takeIn(intake(mrn))))
                .isInstanceOfSatisfying(PossibleDuplicate.class,
                        duplicate -> assertThat(duplicate.openCases()).containsExactly(first.getId()));

        IntakeForm confirmed = intake(mrn);
        confirmed.setConfirmedNotDuplicate(true);
        Referral second = asCoordinator.call(() -> referrals.takeIn(confirmed));
        assertThat(second.getPossibleDuplicateOf()).isEqualTo(first.getId());
    }

    @Test
    void aSpecialistCannotOpenACaseNotAssignedToThemAndTheRefusalIsAudited() throws Exception {
        Referral referral = asCoordinator.call(() -> referrals.takeIn(intake(mrn())));

        assertThatThrownBy(() -> asSpecialist.call(() -> referrals.open(referral.getId())))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> asSpecialist.call(() -> records.files(referral.getId())))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> asSpecialist.call(() -> opinions.reportPdf(referral.getId())))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> asSpecialist.call(() -> referrals.open(Long.MAX_VALUE)))
                .as("an id that does not exist gets the same answer").isInstanceOf(RecordNotFound.class);

        var refusals = asAdmin.call(() -> auditLog.search(new AuditQuery("specialist", AuditAction.ACCESS_DENIED,
                "Referral", referral.getId().toString(), AuditOutcome.DENIED, null, null), 0, 10));
        assertThat(refusals).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theAssignedSpecialistOpensTheCaseAndCannotDeliverWithAnUnansweredQuestion() throws Exception {
        Referral inReview = inReviewWithTheDemoSpecialist();

        assertThat(asSpecialist.call(() -> referrals.open(inReview.getId())).getStatus()).isEqualTo(ReferralStatus.IN_REVIEW);
        assertThatThrownBy(() -> asSpecialist.call(() -> opinions.deliver(inReview.getId(), inReview.getVersion())))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.getMessage()).contains("an answer to question 1"));
        assertThat(asCoordinator.call(() -> referrals.open(inReview.getId())).getStatus())
                .as("the refused delivery changed nothing").isEqualTo(ReferralStatus.IN_REVIEW);
    }

    @Test
    void deliveringSavesWhatTheSpecialistTypedInTheSameTransactionOrKeepsNothing() throws Exception {
        Referral inReview = inReviewWithTheDemoSpecialist();
        org.secondopinion.referral.boundary.OpinionForm opinion = new org.secondopinion.referral.boundary.OpinionForm();
        opinion.setOutcomes(EnumSet.of(org.secondopinion.referral.entity.OpinionOutcome.CONFIRMED));
        opinion.setRecommendedTreatment("Typed, never saved: go ahead with the laminectomy.");

        assertThatThrownBy(() -> asSpecialist.call(() -> opinions.saveAndDeliver(inReview.getId(), inReview.getVersion(),
                opinion))).as("a question is still unanswered").isInstanceOf(RuleViolation.class);
        Referral untouched = asCoordinator.call(() -> referrals.open(inReview.getId()));
        assertThat(untouched.getRecommendedTreatment()).as("the refused delivery kept nothing half-written").isNull();
        assertThat(untouched.getVersion()).isEqualTo(inReview.getVersion());

        inReview.getQuestions().forEach(q -> opinion.getAnswers().put(q.getId(), "Answered on screen."));
        assertThatThrownBy(() -> asSpecialist.call(() -> opinions.saveAndDeliver(inReview.getId(),
                inReview.getVersion() - 1, opinion))).as("the same version check as a save").isInstanceOf(StaleEdit.class);

        Referral delivered = asSpecialist.call(() -> opinions.saveAndDeliver(inReview.getId(), inReview.getVersion(), opinion));
        assertThat(delivered.getStatus()).isEqualTo(ReferralStatus.OPINION_DELIVERED);
        Referral reread = asCoordinator.call(() -> referrals.open(inReview.getId()));
        assertThat(reread.getRecommendedTreatment()).isEqualTo("Typed, never saved: go ahead with the laminectomy.");
        assertThat(reread.getQuestions()).allSatisfy(q -> assertThat(q.getAnswer()).isEqualTo("Answered on screen."));
    }

    @Test
    void answersAFollowUpQuestionAfterDeliveryAsAnAddendum() throws Exception {
        Referral inReview = inReviewWithTheDemoSpecialist();
        org.secondopinion.referral.boundary.OpinionForm opinion = new org.secondopinion.referral.boundary.OpinionForm();
        opinion.setOutcomes(EnumSet.of(org.secondopinion.referral.entity.OpinionOutcome.CONFIRMED));
        opinion.setRecommendedTreatment("Go ahead with the proposed laminectomy.");
        opinion.getAnswers().put(inReview.getQuestions().get(0).getId(), "Physiotherapy was tried; surgery is the option left.");
        Referral written = asSpecialist.call(() -> opinions.save(inReview.getId(), inReview.getVersion(), opinion));
        Referral delivered = asSpecialist.call(() -> opinions.deliver(written.getId(), written.getVersion()));
        assertThat(delivered.getReportSha256()).hasSize(64);

        assertThatThrownBy(() -> asSpecialist.call(() -> opinions.askFollowUp(delivered.getId(), delivered.getVersion(),
                "May I drive?"))).as("the coordinator takes follow-ups down").isInstanceOf(jakarta.ejb.EJBAccessException.class);
        Referral asked = asCoordinator.call(() -> opinions.askFollowUp(delivered.getId(), delivered.getVersion(),
                "How long before I can drive?"));
        long addendum = asked.getAddenda().get(0).getId();
        Referral answered = asSpecialist.call(() -> opinions.answerFollowUp(asked.getId(), asked.getVersion(), addendum,
                "About six weeks after the operation."));

        assertThat(answered.getAddenda()).singleElement().satisfies(a -> {
            assertThat(a.isAnswered()).isTrue();
            assertThat(a.getAnsweredBy()).isEqualTo("specialist");
        });
        byte[] pdf = asCoordinator.call(() -> opinions.reportPdf(answered.getId()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void refusesAStaleEditAndKeepsTheFirstChange() throws Exception {
        Referral referral = asCoordinator.call(() -> referrals.takeIn(intake(mrn())));
        long loadedVersion = referral.getVersion();
        asCoordinator.call(() -> referrals.take(referral.getId(), loadedVersion, WorkflowStep.START_RECORDS, "eligible"));

        assertThatThrownBy(() -> asCoordinator.call(() -> referrals.take(referral.getId(), loadedVersion,
                WorkflowStep.REJECT, "not eligible"))).isInstanceOf(StaleEdit.class);
        assertThat(asCoordinator.call(() -> referrals.open(referral.getId())).getStatus())
                .isEqualTo(ReferralStatus.RECORDS_PENDING);
    }

    @Test
    void flagsACaseOverdueOnceItsClockRunsPastTheTargetAndPutsItOnTheOverdueWorklist() throws Exception {
        Referral referral = readyForMatching();
        assertThat(referral.getDueAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));

        int flagged = asAdmin.call(() -> watch.flagOverdue(Instant.now().plus(Duration.ofDays(8))));

        assertThat(flagged).isGreaterThanOrEqualTo(1);
        Referral after = asCoordinator.call(() -> referrals.open(referral.getId()));
        assertThat(after.isOverdue()).isTrue();
        assertThat(after.getEscalatedAt()).isNotNull();
        WorklistQuery overdue = new WorklistQuery();
        overdue.setOverdue(true);
        overdue.setStatuses(EnumSet.of(ReferralStatus.READY_FOR_MATCHING));
        assertThat(asCoordinator.call(() -> referrals.worklist(overdue, 0, 200)).rows())
                .extracting(Referral::getId).contains(referral.getId());
        assertThat(asAdmin.call(() -> watch.flagOverdue(Instant.now().plus(Duration.ofDays(9)))))
                .as("a case is flagged once").isZero();
    }

    @Test
    void keepsTheUploadedFileAndRefusesItWhenAByteChanged() throws Exception {
        Referral referral = asCoordinator.call(() -> referrals.takeIn(intake(mrn())));
        byte[] pdf = "%PDF-1.4 a record".getBytes(StandardCharsets.US_ASCII);
        var file = asCoordinator.call(() -> records.upload(referral.getId(), null, "scan.pdf", new ByteArrayInputStream(pdf)));

        try (var content = asCoordinator.call(() -> records.download(file.getId()).content())) {
            assertThat(content.readAllBytes()).isEqualTo(pdf);
        }
        java.nio.file.Path stored = fileStore.pathOf(file.getStorageKey());
        byte[] changed = pdf.clone();
        changed[changed.length - 1] ^= 1;
        java.nio.file.Files.write(stored, changed);

        assertThatThrownBy(() -> asCoordinator.call(() -> records.download(file.getId())))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.getMessage()).contains("changed"));
    }

    /** A case offered to, accepted and under review by the demo specialist (Dr. Samuel Okafor). */
    private Referral inReviewWithTheDemoSpecialist() throws Exception {
        Referral ready = readyForMatching();
        Practitioner okafor = asCoordinator.call(() -> directory.practitioners()).stream()
                .filter(p -> "specialist".equals(p.getUsername())).findFirst().orElseThrow();
        Referral offered = asCoordinator.call(() -> matching.offer(ready.getId(), ready.getVersion(), okafor.getId(), null));
        Referral accepted = asSpecialist.call(() -> referrals.take(offered.getId(), offered.getVersion(),
                WorkflowStep.ACCEPT, null));
        return asSpecialist.call(() -> referrals.take(accepted.getId(), accepted.getVersion(),
                WorkflowStep.START_REVIEW, null));
    }

    private Referral readyForMatching() throws Exception {
        Referral referral = asCoordinator.call(() -> referrals.takeIn(intake(mrn())));
        Referral collecting = asCoordinator.call(() -> referrals.take(referral.getId(), referral.getVersion(),
                WorkflowStep.START_RECORDS, null));
        Referral current = collecting;
        for (ReferralRecord record : collecting.getRecords()) {
            Referral before = current;
            current = asCoordinator.call(() -> referrals.markRecord(before.getId(), before.getVersion(), record.getId(),
                    RecordState.RECEIVED, LocalDate.now(), "test", null));
        }
        Referral complete = current;
        return asCoordinator.call(() -> referrals.take(complete.getId(), complete.getVersion(),
                WorkflowStep.COMPLETE_RECORDS, null));
    }

    // ---- the same rule over HTTP: REST and record download ---------------------------------------------

    @Test
    @RunAsClient
    void refusesASpecialistAnUnassignedCaseByRestAndByRecordDownload() throws Exception {
        String form = ReferralBody.aReferral("Rest Patient", "1980-01-02", mrn()).json();
        HttpResponse<String> created = api().send(request("referrals", "coordinator")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = number(created.body(), "id");
        HttpResponse<String> uploaded = api().send(request("referrals/" + id + "/files?name=scan.pdf", "coordinator")
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 record")));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        long fileId = number(uploaded.body(), "id");

        HttpResponse<String> caseAsSpecialist = api().send(request("referrals/" + id, "specialist").GET());
        HttpResponse<String> fileAsSpecialist = api().send(request("referrals/files/" + fileId, "specialist").GET());
        HttpResponse<String> fileAsCoordinator = api().send(request("referrals/files/" + fileId, "coordinator").GET());

        assertThat(caseAsSpecialist.statusCode()).isEqualTo(404);
        assertThat(caseAsSpecialist.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(caseAsSpecialist.body()).doesNotContain("Rest Patient");
        assertThat(fileAsSpecialist.statusCode()).isEqualTo(404);
        assertThat(fileAsSpecialist.body()).as("the file's case is not named").doesNotContain("Case " + id)
                .contains("File " + fileId + " was not found");
        assertThat(fileAsCoordinator.statusCode()).isEqualTo(200);
        assertThat(fileAsCoordinator.body()).isEqualTo("%PDF-1.4 record");
        assertThat(fileAsCoordinator.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
    }

    @Test
    @RunAsClient
    void answersBadIntakeWithProblemDetailsNamingTheFields() throws Exception {
        HttpResponse<String> response = api().send(request("referrals", "coordinator")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"patientName\":\"\",\"urgency\":\"ROUTINE\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("patientName").contains("Patient name is required.")
                .contains("diagnosisCode").doesNotContain("Exception");
    }

    /**
     * The same referral sent four times at once (a sender retrying in parallel): one case, the others refused as a
     * conflict or as a possible duplicate, for a new patient and again for a registered one.
     */
    @Test
    @RunAsClient
    void takesInOneCaseWhenTheSameReferralArrivesFourTimesAtOnce() throws Exception {
        String mrn = "RACE-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (String code : List.of("M17.11", "M17.12")) {
            String body = ReferralBody.aReferral("Rita Race", "1966-06-06", mrn).diagnosis(code, "Osteoarthritis")
                    .json();
            java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return api().send(request("referrals", "coordinator").header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            senders.shutdown();
            assertThat(answers).as(code).extracting(HttpResponse::statusCode).isSubsetOf(201, 409, 422)
                    .filteredOn(status -> status == 201).hasSize(1);
            assertThat(answers).filteredOn(a -> a.statusCode() != 201).allSatisfy(refused -> assertThat(
                    refused.body()).containsAnyOf("send this one again", "open case").doesNotContain("incident"));
        }
    }

    @Test
    @RunAsClient
    void showsTheDashboardFiguresToAnAdministratorButNotToASpecialist() throws Exception {
        HttpResponse<String> asAdmin = api().send(request("referrals/dashboard?from=2026-01-01&to=2026-12-31", "admin")
                .GET());
        HttpResponse<String> asSpecialist = api().send(request("referrals/dashboard", "specialist").GET());
        HttpResponse<String> badDate = api().send(request("referrals/dashboard?from=26/11/2026", "coordinator").GET());

        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("byStatus").contains("REQUESTED").doesNotContain("patientName");
        assertThat(asSpecialist.statusCode()).isEqualTo(403);
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.body()).contains("from");
    }

    // ---- Idempotency-Key on the API's creating POSTs ------------------------------------------------------

    /** A new intake for a specialty of its own (so the worklist counts only this test's cases), confirmed not a duplicate. */
    private static ReferralBody idempotentIntake(String specialty, String patientName) {
        return ReferralBody.aReferral(patientName, "1975-04-03", mrn()).with("requestedSpecialty", specialty)
                .withJson("confirmedNotDuplicate", true);
    }

    private HttpResponse<String> postWithKey(String path, String json, String key, String username) throws Exception {
        HttpRequest.Builder request = request(path, username).header("Content-Type", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api().send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private long casesRequesting(String specialty) throws Exception {
        HttpResponse<String> worklist = api().send(request("referrals?max=100&specialty="
                + java.net.URLEncoder.encode(specialty, StandardCharsets.UTF_8), "coordinator").GET());
        assertThat(worklist.statusCode()).isEqualTo(200);
        return ApiClient.object(worklist.body()).getJsonNumber("count").longValue();
    }

    private static String specialty() {
        return "Idempotency " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @RunAsClient
    void answersAnIntakeSentAgainWithTheSameKeyAsTheFirstTimeAndTakesItInOnce() throws Exception {
        String specialty = specialty();
        String body = idempotentIntake(specialty, "Ida Repeat").json();
        String key = UUID.randomUUID().toString();
        double takenInByApi = apiIntakesCounted();

        HttpResponse<String> first = postWithKey("referrals", body, key, "coordinator");
        HttpResponse<String> again = postWithKey("referrals", body, key, "coordinator");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Location")).isPresent().isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(again.body()).isEqualTo(first.body()).contains("Ida Repeat");
        assertThat(again.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(casesRequesting(specialty)).as("one referral taken in").isEqualTo(1);
        assertThat(apiIntakesCounted()).as("counted once, channel api, the replay not").isEqualTo(takenInByApi + 1);
    }

    /** The metric of referrals taken in through the API, as {@code /metrics} has it now. */
    private double apiIntakesCounted() throws Exception {
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(base.toURI().resolve("/metrics"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/plain").GET());
        assertThat(metrics.statusCode()).isEqualTo(200);
        return new PrometheusText(metrics.body()).value("secondopinion_referrals_received_total",
                java.util.Map.of("channel", "api")).orElseThrow();
    }

    @Test
    @RunAsClient
    void refusesTheSameKeyForAnotherRequestNamingTheHeader() throws Exception {
        String specialty = specialty();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = postWithKey("referrals", idempotentIntake(specialty, "Ola First").json(), key,
                "coordinator");
        HttpResponse<String> other = postWithKey("referrals", idempotentIntake(specialty, "Otto Other").json(), key,
                "coordinator");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.object(other.body()).getString("detail")).contains("Idempotency-Key");
        assertThat(casesRequesting(specialty)).isEqualTo(1);
    }

    @Test
    @RunAsClient
    void keepsEachCallersKeysApart() throws Exception {
        String specialty = specialty();
        String body = idempotentIntake(specialty, "Cal Twocallers").json();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> coordinator = postWithKey("referrals", body, key, "coordinator");
        HttpResponse<String> nurseLead = postWithKey("referrals", body, key, "nurse.lead");

        assertThat(coordinator.statusCode()).isEqualTo(201);
        assertThat(nurseLead.statusCode()).isEqualTo(201);
        assertThat(nurseLead.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(nurseLead.headers().firstValue("Location")).isPresent()
                .isNotEqualTo(coordinator.headers().firstValue("Location"));
        assertThat(casesRequesting(specialty)).isEqualTo(2);
    }

    @Test
    @RunAsClient
    void keepsNoRefusedIntakeSoACorrectedRetryWithTheSameKeyIsTakenIn() throws Exception {
        String specialty = specialty();
        String key = UUID.randomUUID().toString();
        ReferralBody intake = idempotentIntake(specialty, "Rita Retry");

        HttpResponse<String> emergency = postWithKey("referrals", intake.with("urgency", "EMERGENCY").json(), key,
                "coordinator");
        HttpResponse<String> invalid = postWithKey("referrals", intake.with("urgency", "ROUTINE").with("patientName", "")
                .json(), key, "coordinator");
        HttpResponse<String> corrected = postWithKey("referrals", intake.with("patientName", "Rita Retry").json(), key,
                "coordinator");
        HttpResponse<String> repeated = postWithKey("referrals", intake.json(), key, "coordinator");

        assertThat(emergency.statusCode()).as("refused by a rule that rolls back").isEqualTo(422);
        assertThat(emergency.body()).contains("urgency");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(repeated.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(casesRequesting(specialty)).isEqualTo(1);
    }

    /** Twins sent at once: whichever runs first takes the case in; the others get 409 or, once it committed, the replay. */
    @Test
    @RunAsClient
    void takesInOnceWhenTheSameKeyArrivesSeveralTimesAtOnce() throws Exception {
        String specialty = specialty();
        String body = idempotentIntake(specialty, "Tess Twins").json();
        String key = UUID.randomUUID().toString();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(client.sendAsync(request("referrals", "coordinator").header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = new java.util.ArrayList<>();
        for (java.util.concurrent.CompletableFuture<HttpResponse<String>> answer : sent) {
            answers.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409));
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201)
                .filteredOn(answer -> answer.headers().firstValue("Idempotent-Replayed").isEmpty()).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409).allSatisfy(conflict -> {
            assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(conflict.body()).contains("Idempotency-Key");
        });
        HttpResponse<String> afterwards = postWithKey("referrals", body, key, "coordinator");
        assertThat(afterwards.statusCode()).isEqualTo(201);
        assertThat(afterwards.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(casesRequesting(specialty)).isEqualTo(1);
    }

    @Test
    @RunAsClient
    void withoutAKeyEveryIntakeIsTakenInAsBefore() throws Exception {
        String specialty = specialty();
        String body = idempotentIntake(specialty, "Nick Nokey").json();

        HttpResponse<String> first = postWithKey("referrals", body, null, "coordinator");
        HttpResponse<String> second = postWithKey("referrals", body, null, "coordinator");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(casesRequesting(specialty)).isEqualTo(2);
    }

    @Test
    @RunAsClient
    void refusesAnInvalidKeyAndDocumentsTheHeader() throws Exception {
        String specialty = specialty();
        HttpResponse<String> tooLong = postWithKey("referrals", idempotentIntake(specialty, "Kay Long").json(),
                "k".repeat(256), "coordinator");
        HttpResponse<String> openApi = api().send(HttpRequest.newBuilder(base.toURI().resolve("/openapi")).GET());

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(tooLong.body()).contains("Idempotency-Key");
        assertThat(casesRequesting(specialty)).isZero();
        assertThat(openApi.statusCode()).isEqualTo(200);
        String intake = openApi.body().substring(openApi.body().indexOf("\n  /api/referrals:\n"));
        assertThat(intake.substring(0, intake.indexOf("\n  /api/", 2)))
                .as("the intake declares the header").contains("name: Idempotency-Key").contains("in: header");
    }

    @Test
    @RunAsClient
    void answersALegalCaseOpenedAgainWithTheSameKeyAsTheFirstTime() throws Exception {
        String prefix = "ID" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        String body = LegalCaseBody.aCase("Ivo Idempotent", prefix).json();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = postWithKey("legal/cases", body, key, "legal");
        HttpResponse<String> again = postWithKey("legal/cases", body, key, "legal");
        HttpResponse<String> search = api().send(request("legal/cases?q=" + prefix, "legal").GET());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(ApiClient.array(search.body())).hasSize(1);
    }

    @Test
    @RunAsClient
    void answersAnEstimateOpenedAgainWithTheSameKeyAsTheFirstTime() throws Exception {
        long schedule = ApiClient.array(api().get("fee-schedules", "billing").body())
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(s -> s.getString("fileName").equals("lakeside-standard-charges.csv")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String mrn = mrn();
        String body = EstimateBody.anEstimate(mrn, "Esther Again", "1968-02-03", schedule).json();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = postWithKey("estimates", body, key, "billing");
        HttpResponse<String> again = postWithKey("estimates", body, key, "billing");
        HttpResponse<String> ofPatient = api().get("estimates?mrn=" + mrn, "billing");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(ofPatient.headers().firstValue("X-Total-Count")).hasValue("1");
    }

    /**
     * PostgreSQL stopped under the running application (the it-postgres run only): intake answers 503 problem+json
     * with Retry-After within 5 s, with and without an Idempotency-Key, both health endpoints say DOWN and liveness
     * stays UP; started again, the same intake is taken in within 10 s. The database is started again whatever
     * happens, so the tests after this one find it as before.
     */
    @Test
    @RunAsClient
    void answers503WhileTheDatabaseIsDownAndTakesInAgainWithinTenSecondsOfItsReturn() throws Exception {
        Assumptions.assumeTrue(EmbeddedPostgresForTests.servesTheApplication(), "stops the PostgreSQL of the it-postgres run");
        String specialty = specialty();
        // the credential is verified now and remembered, as for a client already calling
        HttpResponse<String> before = postWithKey("referrals", idempotentIntake(specialty, "Bea Before").json(), null,
                "coordinator");
        assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
        String key = UUID.randomUUID().toString();
        String duringOutage = idempotentIntake(specialty, "Otto Outage").json();

        EmbeddedPostgresForTests.stop();
        try {
            for (String withKey : java.util.Arrays.asList(key, null)) {
                HttpRequest.Builder intake = outageRequest("api/referrals", "coordinator")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(duringOutage));
                if (withKey != null) {
                    intake.header("Idempotency-Key", withKey);
                }
                Instant sent = Instant.now();
                HttpResponse<String> refused = send(intake);
                Duration took = Duration.between(sent, Instant.now());
                System.out.printf("database down: intake %s key answered %d in %d ms%n", withKey == null ? "without" : "with",
                        refused.statusCode(), took.toMillis());
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(ApiClient.object(refused.body()).getString("detail")).contains("database");
                assertThat(took).isLessThan(Duration.ofSeconds(5));
            }
            Instant asked = Instant.now();
            HttpResponse<String> health = send(outageRequest("api/health", null).GET());
            HttpResponse<String> ready = send(outageRequest("/health/ready", null).GET());
            HttpResponse<String> live = send(outageRequest("/health/live", null).GET());
            System.out.printf("database down: /api/health, /health/ready and /health/live answered in %d ms%n",
                    Duration.between(asked, Instant.now()).toMillis());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(ApiClient.object(health.body()).getString("status")).isEqualTo("DOWN");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(ApiClient.object(ready.body()).getString("status")).isEqualTo("DOWN");
            assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        } finally {
            EmbeddedPostgresForTests.restart();
        }
        Instant back = Instant.now();
        HttpResponse<String> takenIn;
        do {
            takenIn = send(outageRequest("api/referrals", "coordinator").header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(duringOutage)));
            if (takenIn.statusCode() != 201) {
                Thread.sleep(200);
            }
        } while (takenIn.statusCode() != 201 && Duration.between(back, Instant.now()).getSeconds() < 10);
        Duration recovered = Duration.between(back, Instant.now());
        System.out.printf("database back: intake taken in %d ms after PostgreSQL accepted connections again%n",
                recovered.toMillis());
        assertThat(takenIn.statusCode()).as(takenIn.body()).isEqualTo(201);
        assertThat(recovered).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(send(outageRequest("/health/ready", null).GET()).statusCode()).isEqualTo(200);
        assertThat(casesRequesting(specialty)).as("the intake refused during the outage was not kept").isEqualTo(2);
    }

    /** A request to a path of the application ({@code api/...}) or of the server ({@code /health/...}), 30 s at most. */
    private HttpRequest.Builder outageRequest(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, */*");
        return username == null ? request : request.header("Authorization", ApiClient.basic(username));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return api().send(request);
    }

    private HttpRequest.Builder request(String path, String username) {
        return api().request(path, username).header("Accept", "application/json, */*");
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
