package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.legal.boundary.AuthorityForm;
import org.secondopinion.legal.boundary.CaseDocuments;
import org.secondopinion.legal.boundary.CaseForm;
import org.secondopinion.legal.boundary.DefendantForm;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.legal.boundary.LegalCases;
import org.secondopinion.legal.boundary.OpinionForm;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.legal.boundary.ProposalForm;
import org.secondopinion.legal.boundary.Reviews;
import org.secondopinion.legal.control.Deadline;
import org.secondopinion.legal.entity.CustodyEntry;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.DisclosureAuthority;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.LegalHold;
import org.secondopinion.legal.entity.Production;
import org.secondopinion.legal.entity.ReviewInvoice;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.legal.entity.TimeEntry;
import org.secondopinion.legal.entity.TollingPeriod;
import org.secondopinion.platform.entity.RuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.control.DateWithin;

/**
 * Malpractice-review case files for law firms' systems (LEGAL, or COORDINATOR): every call goes through the
 * firm's wall, so another firm's case, document or search hit is a 403 whatever the id.
 */
@Path("legal")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalResource {

    @Inject
    LegalCases cases;

    @Inject
    CaseDocuments documents;

    @Inject
    Productions productions;

    @Inject
    Deadlines deadlines;

    @Inject
    Reviews reviews;

    @Context
    UriInfo uri;

    public record Summary(long id, String reference, String firm, String requestingSide, String matterNumber,
                          String claimantName, String jurisdiction, String status, Instant createdAt) {
        static Summary of(LegalCase c) {
            return new Summary(c.getId(), c.reference(), c.getFirm().getName(), c.getRequestingSide().name(),
                    c.getMatterNumber(), c.getClaimantName(), c.getJurisdiction(), c.getStatus().name(),
                    c.getCreatedAt());
        }
    }

    public record DefendantView(long id, String kind, String name, String npi, String specialty,
                                Long practitionerId, Long organisationId, String organisationName,
                                LocalDate answeredOn) {
        static DefendantView of(Defendant d) {
            return new DefendantView(d.getId(), d.getKind().name(), d.getName(), d.getNpi(), d.getSpecialty(),
                    d.getPractitionerId(), d.getOrganisationId(), d.getOrganisationName(), d.getAnsweredOn());
        }
    }

    public record TollingView(long id, Long defendantId, LocalDate from, LocalDate to, String reason) {
        static TollingView of(TollingPeriod t) {
            return new TollingView(t.getId(), t.getDefendant() == null ? null : t.getDefendant().getId(),
                    t.getFromDate(), t.getToDate(), t.getReason());
        }
    }

    public record Detail(long id, long version, String reference, long firmId, String firm, String requestingSide,
                         String attorney, String matterNumber, String courtNumber, String claimantName,
                         LocalDate claimantBirthDate, String claimantMrn, String jurisdiction, boolean federalForum,
                         LocalDate incidentDate, LocalDate discoveryDate, LocalDate injuryDate,
                         LocalDate noticeOfIntentDate, LocalDate complaintFiledDate, String summary,
                         String batesPrefix, String status, String createdBy, Instant createdAt,
                         List<DefendantView> defendants, List<TollingView> tolling) {
        static Detail of(LegalCase c) {
            return new Detail(c.getId(), c.getVersion(), c.reference(), c.getFirm().getId(), c.getFirm().getName(),
                    c.getRequestingSide().name(), c.getAttorney(), c.getMatterNumber(), c.getCourtNumber(),
                    c.getClaimantName(), c.getClaimantBirthDate(), c.getClaimantMrn(), c.getJurisdiction(),
                    c.isFederalForum(), c.getIncidentDate(), c.getDiscoveryDate(), c.getInjuryDate(),
                    c.getNoticeOfIntentDate(), c.getComplaintFiledDate(), c.getSummary(), c.getBatesPrefix(),
                    c.getStatus().name(), c.getCreatedBy(), c.getCreatedAt(),
                    c.getDefendants().stream().map(DefendantView::of).toList(),
                    c.getTolling().stream().map(TollingView::of).toList());
        }
    }

    public record DocumentView(long id, String fileName, String mediaType, long sizeBytes, String sha256,
                               Integer pageCount, String labels, String source, String receivedBy,
                               Instant receivedAt) {
        static DocumentView of(LegalDocument d) {
            return new DocumentView(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
                    d.getPageCount(), d.getLabels(), d.getSource(), d.getReceivedBy(), d.getReceivedAt());
        }
    }

    public record HoldView(long id, String reason, String placedBy, Instant placedAt, String releasedBy,
                           Instant releasedAt, boolean active) {
        static HoldView of(LegalHold h) {
            return new HoldView(h.getId(), h.getReason(), h.getPlacedBy(), h.getPlacedAt(), h.getReleasedBy(),
                    h.getReleasedAt(), h.isActive());
        }
    }

    public record AuthorityView(long id, String kind, String reference, String recipient, LocalDate signedOn,
                                LocalDate expiresOn, LocalDate revokedOn, String scope, boolean assurances,
                                String validToday) {
        static AuthorityView of(DisclosureAuthority a) {
            String refusal = a.refusal(LocalDate.now());
            return new AuthorityView(a.getId(), a.getKind().name(), a.getReference(), a.getRecipient(),
                    a.getSignedOn(), a.getExpiresOn(), a.getRevokedOn(), a.getScopeLabels(), a.isAssurances(),
                    refusal == null ? "valid" : refusal);
        }
    }

    public record ItemView(long documentId, String fileName, long batesFirst, long batesLast, String sha256) {
    }

    public record ProductionView(long id, long authorityId, String recipient, String purpose, String batesPrefix,
                                 long batesFirst, long batesLast, String producedBy, Instant producedAt,
                                 List<ItemView> items) {
        static ProductionView of(Production p) {
            return new ProductionView(p.getId(), p.getAuthority().getId(), p.getRecipient(), p.getPurpose(),
                    p.getBatesPrefix(), p.getBatesFirst(), p.getBatesLast(), p.getProducedBy(), p.getProducedAt(),
                    p.getItems().stream().map(i -> new ItemView(i.getDocument().getId(), i.getDocument().getFileName(),
                            i.getBatesFirst(), i.getBatesLast(), i.getSha256())).toList());
        }
    }

    public record DisclosureView(long id, Instant disclosedAt, String recipient, String recipientAddress,
                                 String what, String purpose, String disclosedBy, LocalDate keepUntil) {
        static DisclosureView of(DisclosureRecord d) {
            return new DisclosureView(d.getId(), d.getDisclosedAt(), d.getRecipient(), d.getRecipientAddress(),
                    d.getWhat(), d.getPurpose(), d.getDisclosedBy(), d.getKeepUntil());
        }
    }

    public record CustodyView(long id, Long documentId, String action, String actor, Instant at, String detail) {
        static CustodyView of(CustodyEntry e) {
            return new CustodyView(e.getId(), e.getDocumentId(), e.getAction().name(), e.getActor(), e.getAt(),
                    e.getDetail());
        }
    }

    /** A case file as exported. */
    public record Export(Detail caseFile, List<DocumentView> documents, List<ProductionView> productions,
                         List<DisclosureView> disclosures) {
    }

    public record DeadlineView(String kind, LocalDate date, LocalDate beforeRollForward, List<String> explanation) {
        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.kind().name(), d.date(), d.beforeRollForward(), d.explanation());
        }
    }

    public record DefendantDeadlinesView(long defendantId, String defendant, String rule,
                                         List<DeadlineView> deadlines) {
    }

    /** A case's deadlines, with the reminders sent and the notice that the dates are not legal advice. */
    public record DeadlinesView(String notice, List<DefendantDeadlinesView> defendants, List<ReminderView> reminders) {
    }

    public record ReminderView(long defendantId, String kind, LocalDate dueOn, int daysBefore, Instant sentAt) {
        static ReminderView of(DeadlineReminder r) {
            return new ReminderView(r.getDefendantId(), r.getKind(), r.getDueOn(), r.getDaysBefore(), r.getSentAt());
        }
    }

    public record CalendarView(long caseId, String caseReference, String claimant, String defendant, String kind,
                               LocalDate date) {
    }

    public record CandidateView(long practitionerId, String name, String specialties, int yearsExperience,
                                boolean specialtyMatch, int score, boolean independent, List<String> ties) {
        static CandidateView of(Reviews.Candidate c) {
            return new CandidateView(c.practitionerId(), c.name(), c.specialties(), c.yearsExperience(),
                    c.specialtyMatch(), c.score(), c.independent(), c.ties());
        }
    }

    public record AssignmentView(long id, long practitionerId, String reviewerUsername, String status,
                                 String licence, boolean boardCertified, int yearsSinceClinicalPractice,
                                 String declaredTies, String conflicts, String qualificationGaps, String waiverReason,
                                 String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt,
                                 String attestation, Instant attestedAt, BigDecimal hourlyRate, BigDecimal retainer,
                                 BigDecimal budgetCap, BigDecimal hours, List<TimeView> time,
                                 List<InvoiceView> invoices) {
        static AssignmentView of(ReviewerAssignment a) {
            return new AssignmentView(a.getId(), a.getPractitionerId(), a.getReviewerUsername(), a.getStatus().name(),
                    a.getLicenceStatus(), a.isBoardCertified(), a.getYearsSincePractice(), a.getDeclaredTies(),
                    a.getConflicts(), a.getQualificationGaps(), a.getWaiverReason(), a.getProposedBy(),
                    a.getProposedAt(), a.getApprovedBy(), a.getApprovedAt(), a.getAttestation(), a.getAttestedAt(),
                    a.getHourlyRate(), a.getRetainer(), a.getBudgetCap(), a.totalHours(),
                    a.getTimeEntries().stream().map(t -> new TimeView(t.getId(), t.getWorkDate(), t.getHours(),
                            t.getDescription(), t.getInvoice() == null ? null : t.getInvoice().getId())).toList(),
                    a.getInvoices().stream().map(i -> new InvoiceView(i.getId(), i.getHours(), i.getFees(),
                            i.getRetainerApplied(), i.getAmountDue(), i.getIssuedBy(), i.getIssuedAt())).toList());
        }
    }

    public record TimeView(long id, LocalDate workDate, BigDecimal hours, String description, Long invoiceId) {
    }

    public record InvoiceView(long id, BigDecimal hours, BigDecimal fees, BigDecimal retainerApplied,
                              BigDecimal amountDue, String issuedBy, Instant issuedAt) {
    }

    public record OpinionView(long id, long version, int revision, String status, String standardOfCare,
                              String breach, String shouldHaveDone, String causation, String damages,
                              String materials, String qualifications, List<String> missing, Instant finalisedAt,
                              String contentSha256, String documentSha256) {
        static OpinionView of(ReviewOpinion o) {
            return new OpinionView(o.getId(), o.getVersion(), o.getRevision(), o.getStatus().name(),
                    o.getStandardOfCare(), o.getBreach(), o.getShouldHaveDone(), o.getCausation(), o.getDamages(),
                    o.getMaterials(), o.getQualifications(), o.missing(), o.getFinalisedAt(), o.getContentSha256(),
                    o.getDocumentSha256());
        }
    }

    public record Engagement(BigDecimal hourlyRate, BigDecimal retainer, BigDecimal budgetCap) {
    }

    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class Attestation {
        @Size(max = 2000, message = "Attestation is at most 2000 characters.") @PlainText(value = "Attestation", multiLine = true) public String text;

        public Attestation() {
        }

        public Attestation(String text) {
            this.text = text;
        }

        public String text() { return text; }
    }

    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class Time {
        @DateWithin(value = "Work date", from = "2000-01-01") public LocalDate workDate;
        public BigDecimal hours;
        @Size(max = 1000, message = "Description is at most 1000 characters.") @PlainText(value = "Description", multiLine = true) public String description;

        public Time() {
        }

        public Time(LocalDate workDate, BigDecimal hours, String description) {
            this.workDate = workDate;
            this.hours = hours;
            this.description = description;
        }

        public LocalDate workDate() { return workDate; }
        public BigDecimal hours() { return hours; }
        public String description() { return description; }
    }

    /** A production request. */
    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class ProductionRequest {
        public Long authorityId;
        public List<Long> documentIds;
        @Size(max = 400, message = "Purpose is at most 400 characters.") @PlainText(value = "Purpose", multiLine = true) public String purpose;
        @Size(max = 400, message = "Recipient address is at most 400 characters.") @PlainText(value = "Recipient address", multiLine = true) public String recipientAddress;

        public ProductionRequest() {
        }

        public ProductionRequest(Long authorityId, List<Long> documentIds, String purpose, String recipientAddress) {
            this.authorityId = authorityId;
            this.documentIds = documentIds;
            this.purpose = purpose;
            this.recipientAddress = recipientAddress;
        }

        public Long authorityId() { return authorityId; }
        public List<Long> documentIds() { return documentIds; }
        public String purpose() { return purpose; }
        public String recipientAddress() { return recipientAddress; }
    }

    public record Answer(long version, @DateWithin(value = "Answered on", from = "1950-01-01") LocalDate answeredOn) {
    }

    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class Tolling {
        public long version;
        public Long defendantId;
        @DateWithin(value = "Tolled from", from = "1950-01-01", daysAfterToday = 3650) public LocalDate from;
        @DateWithin(value = "Tolled to", from = "1950-01-01", daysAfterToday = 3650) public LocalDate to;
        @Size(max = 400, message = "Reason is at most 400 characters.") @PlainText(value = "Reason", multiLine = true) public String reason;

        public Tolling() {
        }

        public Tolling(long version, Long defendantId, LocalDate from, LocalDate to, String reason) {
            this.version = version;
            this.defendantId = defendantId;
            this.from = from;
            this.to = to;
            this.reason = reason;
        }

        public long version() { return version; }
        public Long defendantId() { return defendantId; }
        public LocalDate from() { return from; }
        public LocalDate to() { return to; }
        public String reason() { return reason; }
    }

    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class Hold {
        @Size(max = 400, message = "Reason is at most 400 characters.") @PlainText(value = "Reason", multiLine = true) public String reason;

        public Hold() {
        }

        public Hold(String reason) {
            this.reason = reason;
        }

        public String reason() { return reason; }
    }

    @GET
    @Path("cases")
    public List<Summary> search(@QueryParam("q") String text) {
        return cases.search(text).stream().map(Summary::of).toList();
    }

    @POST
    @Path("cases")
    public Response open(@Valid CaseForm form) {
        Detail opened = Detail.of(cases.open(RequestBodies.required(form)));
        return Response.created(uri.getBaseUriBuilder().path("legal/cases/" + opened.id()).build()).entity(opened)
                .build();
    }

    @GET
    @Path("cases/{id}")
    public Detail get(@PathParam("id") long id) {
        return Detail.of(cases.find(id));
    }

    /** The case file with its documents, productions and disclosures, as a JSON attachment. */
    @GET
    @Path("cases/{id}/export")
    public Response export(@PathParam("id") long id) {
        LegalCase legalCase = cases.export(id);
        Export export = new Export(Detail.of(legalCase),
                documents.list(id).stream().map(DocumentView::of).toList(),
                productions.productions(id).stream().map(ProductionView::of).toList(),
                productions.disclosures(id).stream().map(DisclosureView::of).toList());
        return Response.ok(export).header("Content-Disposition", "attachment; filename=\"" + legalCase.reference()
                + ".json\"").build();
    }

    @POST
    @Path("cases/{id}/defendants")
    public Detail addDefendant(@PathParam("id") long id, @QueryParam("version") long version, @Valid DefendantForm form) {
        return Detail.of(cases.addDefendant(id, version, RequestBodies.required(form)));
    }

    @PUT
    @Path("cases/{id}/defendants/{defendantId}/answer")
    public Detail answered(@PathParam("id") long id, @PathParam("defendantId") long defendantId, @Valid Answer answer) {
        RequestBodies.required(answer);
        return Detail.of(cases.answered(id, answer.version(), defendantId, answer.answeredOn()));
    }

    @POST
    @Path("cases/{id}/tolling")
    public Detail toll(@PathParam("id") long id, @Valid Tolling tolling) {
        RequestBodies.required(tolling);
        return Detail.of(cases.toll(id, tolling.version(), tolling.defendantId(), tolling.from(), tolling.to(),
                tolling.reason()));
    }

    @GET
    @Path("cases/{id}/documents")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return documents.list(id).stream().map(DocumentView::of).toList();
    }

    /** Receives a document as the raw body; {@code labels} is a comma-separated list of {@link DocumentLabel}. */
    @POST
    @Path("cases/{id}/documents")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/*", "application/dicom",
            MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    public Response receive(@PathParam("id") long id, @QueryParam("name") String name,
                            @HeaderParam("X-File-Name") String header, @QueryParam("labels") String labels,
                            @QueryParam("source") String source, InputStream body) {
        DocumentView received = DocumentView.of(documents.receive(id, name != null ? name : header, labels(labels),
                source, body));
        return Response.created(uri.getBaseUriBuilder().path("legal/documents/" + received.id()).build())
                .entity(received).build();
    }

    @GET
    @Path("documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("documentId") long documentId) {
        return Attachments.of(documents.download(documentId));
    }

    @DELETE
    @Path("documents/{documentId}")
    public Response delete(@PathParam("documentId") long documentId, @QueryParam("reason") String reason) {
        documents.delete(documentId, reason);
        return Response.noContent().build();
    }

    @GET
    @Path("cases/{id}/holds")
    public List<HoldView> holds(@PathParam("id") long id) {
        return documents.holds(id).stream().map(HoldView::of).toList();
    }

    @POST
    @Path("cases/{id}/holds")
    public Response placeHold(@PathParam("id") long id, @Valid Hold hold) {
        HoldView placed = HoldView.of(documents.placeHold(id, RequestBodies.required(hold).reason()));
        return Response.status(Response.Status.CREATED).entity(placed).build();
    }

    @POST
    @Path("cases/{id}/holds/{holdId}/release")
    public HoldView releaseHold(@PathParam("id") long id, @PathParam("holdId") long holdId) {
        return HoldView.of(documents.releaseHold(id, holdId));
    }

    @GET
    @Path("cases/{id}/custody")
    public List<CustodyView> custody(@PathParam("id") long id) {
        return documents.custodyLog(id).stream().map(CustodyView::of).toList();
    }

    @GET
    @Path("cases/{id}/authorities")
    public List<AuthorityView> authorities(@PathParam("id") long id) {
        return productions.authorities(id).stream().map(AuthorityView::of).toList();
    }

    @POST
    @Path("cases/{id}/authorities")
    public Response recordAuthority(@PathParam("id") long id, @Valid AuthorityForm form) {
        AuthorityView recorded = AuthorityView.of(productions.recordAuthority(id, RequestBodies.required(form)));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @POST
    @Path("cases/{id}/authorities/{authorityId}/revocation")
    public AuthorityView revoke(@PathParam("id") long id, @PathParam("authorityId") long authorityId) {
        return AuthorityView.of(productions.revoke(id, authorityId, LocalDate.now()));
    }

    @GET
    @Path("cases/{id}/productions")
    public List<ProductionView> productions(@PathParam("id") long id) {
        return productions.productions(id).stream().map(ProductionView::of).toList();
    }

    @POST
    @Path("cases/{id}/productions")
    public Response produce(@PathParam("id") long id, @Valid ProductionRequest request) {
        RequestBodies.required(request);
        ProductionView produced = ProductionView.of(productions.produce(id, request.authorityId(),
                request.documentIds(), request.purpose(), request.recipientAddress()));
        return Response.status(Response.Status.CREATED).entity(produced).build();
    }

    @GET
    @Path("cases/{id}/disclosures")
    public List<DisclosureView> disclosures(@PathParam("id") long id) {
        return productions.disclosures(id).stream().map(DisclosureView::of).toList();
    }

    @GET
    @Path("cases/{id}/deadlines")
    public DeadlinesView deadlines(@PathParam("id") long id) {
        List<DefendantDeadlinesView> defendants = deadlines.forCase(id).stream()
                .map(d -> new DefendantDeadlinesView(d.defendant().getId(), d.defendant().getName(), d.rule(),
                        d.deadlines().stream().map(DeadlineView::of).toList())).toList();
        return new DeadlinesView(Deadlines.NOT_LEGAL_ADVICE, defendants,
                deadlines.reminders(id).stream().map(ReminderView::of).toList());
    }

    /**
     * Every coming deadline of one page of the caller's cases, soonest first: {@code first} and {@code max} count
     * cases (newest first, up to 500 a page), not deadlines.
     */
    @GET
    @Path("calendar")
    public List<CalendarView> calendar(@QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") Integer max) {
        return deadlines.calendar(Paging.first(first), Paging.max(max, Deadlines.CALENDAR_CASES)).stream().map(e -> new CalendarView(e.caseId(), e.caseReference(), e.claimant(),
                e.defendant(), e.deadline().kind().name(), e.deadline().date())).toList();
    }

    @GET
    @Path("cases/{id}/candidates")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public List<CandidateView> candidates(@PathParam("id") long id) {
        return reviews.candidates(id).stream().map(CandidateView::of).toList();
    }

    @GET
    @Path("cases/{id}/assignments")
    public List<AssignmentView> assignments(@PathParam("id") long id) {
        return reviews.assignments(id).stream().map(AssignmentView::of).toList();
    }

    /** Proposes a reviewer; {@code version} is the case's version as last read. */
    @POST
    @Path("cases/{id}/assignments")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public Response propose(@PathParam("id") long id, @QueryParam("version") long version, @Valid ProposalForm form) {
        AssignmentView proposed = AssignmentView.of(reviews.propose(id, version, RequestBodies.required(form)));
        return Response.status(Response.Status.CREATED).entity(proposed).build();
    }

    @POST
    @Path("cases/{id}/assignments/{assignmentId}/waiver-approval")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public AssignmentView approveWaiver(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        return AssignmentView.of(reviews.approveWaiver(id, assignmentId));
    }

    @POST
    @Path("cases/{id}/assignments/{assignmentId}/withdrawal")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public AssignmentView withdraw(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        return AssignmentView.of(reviews.withdraw(id, assignmentId));
    }

    @PUT
    @Path("cases/{id}/engagement")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public AssignmentView engage(@PathParam("id") long id, @Valid Engagement engagement) {
        RequestBodies.required(engagement);
        return AssignmentView.of(reviews.engage(id, engagement.hourlyRate(), engagement.retainer(),
                engagement.budgetCap()));
    }

    @POST
    @Path("cases/{id}/attestation")
    @RolesAllowed(Role.Names.SPECIALIST)
    public AssignmentView attest(@PathParam("id") long id, @Valid Attestation attestation) {
        return AssignmentView.of(reviews.attest(id, RequestBodies.required(attestation).text()));
    }

    @POST
    @Path("cases/{id}/time")
    @RolesAllowed(Role.Names.SPECIALIST)
    public Response logTime(@PathParam("id") long id, @Valid Time time) {
        RequestBodies.required(time);
        TimeEntry entry = reviews.logTime(id, time.workDate(), time.hours(), time.description());
        return Response.status(Response.Status.CREATED).entity(AssignmentView.of(entry.getAssignment())).build();
    }

    @POST
    @Path("cases/{id}/invoices")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public Response invoice(@PathParam("id") long id) {
        ReviewInvoice invoice = reviews.invoice(id);
        return Response.status(Response.Status.CREATED).entity(new InvoiceView(invoice.getId(), invoice.getHours(),
                invoice.getFees(), invoice.getRetainerApplied(), invoice.getAmountDue(), invoice.getIssuedBy(),
                invoice.getIssuedAt())).build();
    }

    @GET
    @Path("cases/{id}/opinions")
    public List<OpinionView> opinions(@PathParam("id") long id) {
        return reviews.opinions(id).stream().map(OpinionView::of).toList();
    }

    @PUT
    @Path("cases/{id}/opinions/draft")
    @RolesAllowed(Role.Names.SPECIALIST)
    public OpinionView writeOpinion(@PathParam("id") long id, @Valid OpinionForm form) {
        return OpinionView.of(reviews.writeOpinion(id, RequestBodies.required(form)));
    }

    @POST
    @Path("cases/{id}/opinions/final")
    @RolesAllowed(Role.Names.SPECIALIST)
    public OpinionView finalise(@PathParam("id") long id, @QueryParam("version") long version) {
        return OpinionView.of(reviews.finalise(id, version));
    }

    @POST
    @Path("cases/{id}/opinions")
    @RolesAllowed(Role.Names.SPECIALIST)
    public Response reviseOpinion(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(OpinionView.of(reviews.reviseOpinion(id))).build();
    }

    @GET
    @Path("cases/{id}/opinions/{revision}/pdf")
    @Produces("application/pdf")
    public Response opinionPdf(@PathParam("id") long id, @PathParam("revision") int revision) {
        return Attachments.of(reviews.opinionPdf(id, revision));
    }

    private static Set<DocumentLabel> labels(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.of(DocumentLabel.MEDICAL_RECORD);
        }
        Set<DocumentLabel> labels = EnumSet.noneOf(DocumentLabel.class);
        for (String label : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            try {
                labels.add(DocumentLabel.valueOf(label.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("labels", "Unknown label " + label + "; use " + Arrays.toString(
                        DocumentLabel.values()) + ".");
            }
        }
        return labels;
    }
}
