package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.boundary.IntakeForm;
import org.secondopinion.referral.boundary.Matching;
import org.secondopinion.referral.boundary.OpinionForm;
import org.secondopinion.referral.boundary.Opinions;
import org.secondopinion.referral.boundary.Page;
import org.secondopinion.referral.boundary.ReferralDashboard;
import org.secondopinion.referral.boundary.ReferralRecords;
import org.secondopinion.referral.boundary.ReferralTakenIn;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.boundary.WorkflowStep;
import org.secondopinion.referral.boundary.WorklistQuery;
import org.secondopinion.referral.control.RankedCandidate;
import org.secondopinion.referral.entity.OpinionOutcome;
import org.secondopinion.referral.entity.PatientDecision;
import org.secondopinion.referral.entity.RecordState;
import org.secondopinion.referral.entity.RecordType;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralFile;
import org.secondopinion.referral.entity.ReferralStatus;

/**
 * Referrals for other systems (a patient portal, the EHR's referral queue): intake, the
 * worklists, each workflow step, records and files, matching, the opinion, the report and
 * the decision. Roles here; which case a caller may touch is checked by the boundaries.
 */
@Path("referrals")
@RequestScoped
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    @Inject
    Referrals referrals;

    @Inject
    Event<ReferralTakenIn> takenIn;

    @Inject
    ReferralRecords records;

    @Inject
    Matching matching;

    @Inject
    Opinions opinions;

    @Inject
    ReferralDashboard dashboard;

    @Context
    UriInfo uri;

    /** A line of a worklist. */
    public record Summary(long id, String reference, String status, String fhirTaskStatus, String patientName,
                          String requestedSpecialty, String specialist, Instant dueAt, boolean overdue,
                          Instant createdAt, Long possibleDuplicateOf) {
        static Summary of(Referral r) {
            return new Summary(r.getId(), r.reference(), r.getStatus().name(), r.getStatus().fhirTaskStatus(),
                    r.getPatientName(), r.getRequestedSpecialty(),
                    r.getSpecialist() == null ? null : r.getSpecialist().displayName(), r.getDueAt(), r.isOverdue(),
                    r.getCreatedAt(), r.getPossibleDuplicateOf());
        }
    }

    /** A page of a worklist: the count stops at a cap ({@code countCapped}). */
    public record SummaryPage(List<Summary> items, long count, boolean countCapped, int first, int max) {
    }

    public record QuestionView(long id, int position, String standard, String text, String answer) {
    }

    public record RecordView(long id, String type, String state, LocalDate on, String source, String note,
                             boolean requestedBySpecialist) {
    }

    public record StepView(String from, String to, String actor, Instant at, String reason) {
    }

    public record AlternativeView(String treatment, String pros, String cons, String expectedOutcome) {
    }

    public record AddendumView(long id, String question, Instant askedAt, String answer, Instant answeredAt) {
    }

    /** The whole case. */
    public record Detail(long id, String reference, long version, String status, String fhirTaskStatus,
                         String patientName, LocalDate patientBirthDate, String patientSex, String patientMrn,
                         String patientLanguage, String firstPhysicianName, String firstOrganisationName,
                         String diagnosisCode, String diagnosisText, String treatmentKind, String treatmentText,
                         String requestedSpecialty, String requestedSubSpecialty, String reason, String urgency,
                         String specialist, Instant recordsCompleteAt, Instant dueAt, boolean overdue,
                         Set<OpinionOutcome> outcomes, String secondDiagnosisCode, String secondDiagnosisText,
                         String recommendedTreatment, String repeatDiagnostics, String summary,
                         List<AlternativeView> alternatives, Instant deliveredAt, String reportSha256,
                         String decision, String decisionNote, List<QuestionView> questions, List<RecordView> records,
                         List<StepView> steps, List<AddendumView> followUps, List<String> missingForDelivery,
                         String firstPhysicianNpi, String firstOrganisationNpi, String coveragePayor,
                         String coveragePlan, String coverageMemberId) {
        static Detail of(Referral r) {
            return new Detail(r.getId(), r.reference(), r.getVersion(), r.getStatus().name(),
                    r.getStatus().fhirTaskStatus(), r.getPatientName(), r.getPatientBirthDate(), r.getPatientSex().name(),
                    r.getPatientMrn(), r.getPatientLanguage(), r.getFirstPhysicianName(), r.getFirstOrganisationName(),
                    r.getDiagnosisCode(), r.getDiagnosisText(), r.getTreatmentKind().name(), r.getTreatmentText(),
                    r.getRequestedSpecialty(), r.getRequestedSubSpecialty(), r.getReason(), r.getUrgency().name(),
                    r.getSpecialist() == null ? null : r.getSpecialist().displayName(), r.getRecordsCompleteAt(),
                    r.getDueAt(), r.isOverdue(), r.getOutcomes(), r.getSecondDiagnosisCode(), r.getSecondDiagnosisText(),
                    r.getRecommendedTreatment(), r.getRepeatDiagnostics(), r.getOpinionSummary(),
                    r.getAlternatives().stream().map(a -> new AlternativeView(a.getTreatment(), a.getPros(), a.getCons(),
                            a.getExpectedOutcome())).toList(),
                    r.getDeliveredAt(), r.getReportSha256(), r.getDecision() == null ? null : r.getDecision().name(),
                    r.getDecisionNote(),
                    r.getQuestions().stream().map(q -> new QuestionView(q.getId(), q.getPosition(),
                            q.getStandard() == null ? null : q.getStandard().name(), q.getText(), q.getAnswer())).toList(),
                    r.getRecords().stream().map(x -> new RecordView(x.getId(), x.getType().name(), x.getState().name(),
                            x.getStateOn(), x.getSource(), x.getNote(), x.isRequestedBySpecialist())).toList(),
                    r.getSteps().stream().map(s -> new StepView(s.getFrom() == null ? null : s.getFrom().name(),
                            s.getTo().name(), s.getActor(), s.getOccurredAt(), s.getReason())).toList(),
                    r.getAddenda().stream().map(a -> new AddendumView(a.getId(), a.getQuestion(), a.getAskedAt(),
                            a.getAnswer(), a.getAnsweredAt())).toList(),
                    r.getStatus() == ReferralStatus.IN_REVIEW ? r.whatStopsDelivery() : List.of(),
                    r.getFirstPhysicianNpi(), r.getFirstOrganisationNpi(), r.getCoveragePayor(), r.getCoveragePlan(),
                    r.getCoverageMemberId());
        }
    }

    public record FileView(long id, String fileName, String contentType, long size, String sha256, String recordType,
                           String uploadedBy, Instant uploadedAt) {
        static FileView of(ReferralFile f) {
            return new FileView(f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getSha256(),
                    f.getRecord() == null ? null : f.getRecord().getType().name(), f.getUploadedBy(), f.getUploadedAt());
        }
    }

    /** A workflow step: which, on which version, and why. */
    public static class StepRequest {
        @Schema(required = true, description = "The step to take; the case's status says which it allows.")
        public WorkflowStep step;
        public long version;
        public @Size(max = 2000, message = "Reason is at most 2000 characters.") @PlainText(value = "Reason", multiLine = true) String reason;
    }

    public static class RecordChange {
        public long version;
        public RecordState state;
        public @DateWithin(value = "Received on", from = "1950-01-01") LocalDate on;
        public @Size(max = 200, message = "Source is at most 200 characters.") @PlainText("Source") String source;
        public @Size(max = 1000, message = "Note is at most 1000 characters.") @PlainText(value = "Note", multiLine = true) String note;
    }

    public static class InformationRequest {
        public long version;
        public RecordType type;
        public @Size(max = 1000, message = "What is needed is at most 1000 characters.") @PlainText(value = "What is needed", multiLine = true) String what;
    }

    public static class Offer {
        public long version;
        public long practitionerId;
        public @Size(max = 2000, message = "Note is at most 2000 characters.") @PlainText(value = "Note", multiLine = true) String note;
    }

    public static class OpinionChange {
        public long version;
        @Valid
        public OpinionForm opinion;
    }

    public static class FollowUp {
        public long version;
        public @Size(max = 2000, message = "Question is at most 2000 characters.") @PlainText(value = "Question", multiLine = true) String question;
    }

    public static class FollowUpAnswer {
        public long version;
        public @Size(max = 4000, message = "Answer is at most 4000 characters.") @PlainText(value = "Answer", multiLine = true) String answer;
    }

    public static class DecisionRequest {
        public long version;
        public PatientDecision decision;
        public @Size(max = 2000, message = "Note is at most 2000 characters.") @PlainText(value = "Note", multiLine = true) String note;
        public boolean close;
    }

    @GET
    @RolesAllowed(Role.Names.COORDINATOR)
    public SummaryPage worklist(@QueryParam("status") List<ReferralStatus> statuses,
                                @QueryParam("specialty") String specialty, @QueryParam("overdue") Boolean overdue,
                                @QueryParam("specialist") Long specialistId,
                                @QueryParam("sort") WorklistQuery.Sort sort, @QueryParam("desc") boolean descending,
                                @QueryParam("first") int first, @QueryParam("max") Integer max) {
        WorklistQuery query = query(statuses, specialty, overdue, sort, descending);
        query.setSpecialistId(specialistId);
        return page(referrals.worklist(query, first, max == null ? 25 : max), first, max);
    }

    @GET
    @Path("mine")
    @RolesAllowed(Role.Names.SPECIALIST)
    public SummaryPage mine(@QueryParam("status") List<ReferralStatus> statuses, @QueryParam("overdue") Boolean overdue,
                            @QueryParam("sort") WorklistQuery.Sort sort, @QueryParam("desc") boolean descending,
                            @QueryParam("first") int first, @QueryParam("max") Integer max) {
        return page(referrals.myCases(query(statuses, null, overdue, sort, descending), first, max == null ? 25 : max),
                first, max);
    }

    private static WorklistQuery query(List<ReferralStatus> statuses, String specialty, Boolean overdue,
                                       WorklistQuery.Sort sort, boolean descending) {
        WorklistQuery query = new WorklistQuery();
        query.setStatuses(statuses == null || statuses.isEmpty() ? EnumSet.noneOf(ReferralStatus.class)
                : EnumSet.copyOf(statuses));
        query.setSpecialty(specialty);
        query.setOverdue(overdue);
        query.setSort(sort);
        query.setDescending(descending);
        return query;
    }

    private static SummaryPage page(Page<Referral> page, int first, Integer max) {
        return new SummaryPage(page.rows().stream().map(Summary::of).toList(), page.count(), page.capped(), first,
                max == null ? 25 : max);
    }

    @POST
    @RolesAllowed(Role.Names.COORDINATOR)
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response takeIn(@Valid IntakeForm form) {
        Detail created = Detail.of(referrals.takeIn(form));
        takenIn.fire(new ReferralTakenIn(ReferralTakenIn.Channel.API));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") long id) {
        return Detail.of(referrals.open(id));
    }

    @POST
    @Path("{id}/steps")
    public Detail step(@PathParam("id") long id, @Valid StepRequest request) {
        if (request == null || request.step == null) {
            throw new RuleViolation("step", "Name the step: one of " + List.of(WorkflowStep.values()) + ".");
        }
        return Detail.of(referrals.take(id, request.version, request.step, request.reason));
    }

    @PUT
    @Path("{id}/records/{recordId}")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Detail markRecord(@PathParam("id") long id, @PathParam("recordId") long recordId, @Valid RecordChange change) {
        if (change == null) {
            throw new RuleViolation("state", "Send the new state of the record.");
        }
        return Detail.of(referrals.markRecord(id, change.version, recordId, change.state,
                change.on == null ? LocalDate.now() : change.on, change.source, change.note));
    }

    @POST
    @Path("{id}/information-requests")
    @RolesAllowed(Role.Names.SPECIALIST)
    public Detail requestInformation(@PathParam("id") long id, @Valid InformationRequest request) {
        if (request == null) {
            throw new RuleViolation("what", "Say which records or diagnostics are needed.");
        }
        return Detail.of(referrals.requestInformation(id, request.version, request.type, request.what));
    }

    @GET
    @Path("{id}/files")
    public List<FileView> files(@PathParam("id") long id) {
        return records.files(id).stream().map(FileView::of).toList();
    }

    /** Uploads a record file as the raw body, streamed; its name in {@code X-File-Name} or {@code ?name=}. */
    @POST
    @Path("{id}/files")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/*", "application/dicom"})
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response upload(@PathParam("id") long id, @QueryParam("record") Long recordId,
                           @QueryParam("name") String name, @HeaderParam("X-File-Name") String header, InputStream body) {
        FileView file = FileView.of(records.upload(id, recordId, name != null ? name : header, body));
        return Response.created(uri.getBaseUriBuilder().path("referrals/files/" + file.id()).build()).entity(file).build();
    }

    /** Downloads a record file, always as an attachment and never sniffed, after its SHA-256 is checked. */
    @GET
    @Path("files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("fileId") long fileId) {
        return Attachments.of(records.download(fileId));
    }

    @GET
    @Path("{id}/candidates")
    @RolesAllowed(Role.Names.COORDINATOR)
    public List<RankedCandidate> candidates(@PathParam("id") long id) {
        return matching.candidates(id);
    }

    @POST
    @Path("{id}/offer")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Detail offer(@PathParam("id") long id, @Valid Offer offer) {
        if (offer == null) {
            throw new RuleViolation("specialist", "Name the practitioner to offer the case to.");
        }
        return Detail.of(matching.offer(id, offer.version, offer.practitionerId, offer.note));
    }

    @PUT
    @Path("{id}/opinion")
    @RolesAllowed(Role.Names.SPECIALIST)
    public Detail saveOpinion(@PathParam("id") long id, @Valid OpinionChange change) {
        if (change == null || change.opinion == null) {
            throw new RuleViolation("opinion", "Send the opinion.");
        }
        return Detail.of(opinions.save(id, change.version, change.opinion));
    }

    @POST
    @Path("{id}/delivery")
    public Detail deliver(@PathParam("id") long id, @Valid OpinionChange change) {
        if (change != null && change.opinion != null) {
            return Detail.of(opinions.saveAndDeliver(id, change.version, change.opinion));
        }
        return Detail.of(opinions.deliver(id, change == null ? -1 : change.version));
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    public Response report(@PathParam("id") long id) {
        byte[] pdf = opinions.reportPdf(id);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"second-opinion-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/follow-ups")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Detail askFollowUp(@PathParam("id") long id, @Valid FollowUp followUp) {
        if (followUp == null) {
            throw new RuleViolation("followUp", "Send the follow-up question.");
        }
        return Detail.of(opinions.askFollowUp(id, followUp.version, followUp.question));
    }

    @PUT
    @Path("{id}/follow-ups/{addendumId}")
    @RolesAllowed(Role.Names.SPECIALIST)
    public Detail answerFollowUp(@PathParam("id") long id, @PathParam("addendumId") long addendumId,
                                 @Valid FollowUpAnswer answer) {
        if (answer == null) {
            throw new RuleViolation("answer", "Send the answer.");
        }
        return Detail.of(opinions.answerFollowUp(id, answer.version, addendumId, answer.answer));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Detail decision(@PathParam("id") long id, @Valid DecisionRequest request) {
        if (request == null) {
            throw new RuleViolation("decision", "Send the patient's decision.");
        }
        return Detail.of(referrals.recordDecision(id, request.version, request.decision, request.note, request.close));
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation(field, "'" + text + "' is not a date like 2026-11-26.");
        }
    }

    @GET
    @Path("dashboard")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public ReferralDashboard.Snapshot dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = to == null ? LocalDate.now() : day("to", to);
        LocalDate start = from == null ? end.minusDays(90) : day("from", from);
        return dashboard.snapshot(start.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                end.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }
}
