package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.estimate.boundary.EstimateForm;
import org.secondopinion.estimate.boundary.EstimateIssues;
import org.secondopinion.estimate.boundary.EstimateLines;
import org.secondopinion.estimate.boundary.EstimateSheet;
import org.secondopinion.estimate.boundary.EstimateSort;
import org.secondopinion.estimate.boundary.Estimates;
import org.secondopinion.estimate.boundary.FinalBillForm;
import org.secondopinion.estimate.boundary.FinalBills;
import org.secondopinion.estimate.boundary.LineForm;
import org.secondopinion.estimate.boundary.ProviderForm;
import org.secondopinion.estimate.control.EstimateAccuracy;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Patients' cost estimates (BILLING): open one (or from a referral), add and remove lines while it is a draft,
 * issue it (locked; self-pay as a Good Faith Estimate PDF), make a new version, enter final bills and compare.
 */
@Path("estimates")
@RequestScoped
@RolesAllowed(Role.Names.BILLING)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EstimatesResource {

    @Inject
    Estimates estimates;

    @Inject
    EstimateLines lines;

    @Inject
    EstimateIssues issues;

    @Inject
    FinalBills finalBills;

    @Context
    UriInfo uri;

    public record Summary(long id, String reference, long estimateNumber, int revision, String status,
                          String patientMrn, String patientName, String coverage, String primaryService,
                          Instant createdAt, Instant issuedAt) {
        static Summary of(CostEstimate e) {
            return new Summary(e.getId(), e.reference(), e.getEstimateNumber(), e.getRevision(), e.getStatus().name(),
                    e.getPatientMrn(), e.getPatientName(), coverageName(e), e.getPrimaryService(), e.getCreatedAt(),
                    e.getIssuedAt());
        }
    }

    public record LineView(long id, int lineNo, String option, boolean workup, String providerName,
                           String providerNpi, String providerTin, String providerLocation, String providerState,
                           String category, String code, String codeType, String description, String diagnosisCodes,
                           LocalDate serviceDate, int units, String modifiers, String network,
                           boolean multipleProcedure, String purpose, String priceSource, BigDecimal patientOwes,
                           BigDecimal low, BigDecimal high, BigDecimal planPays, BigDecimal balanceBill,
                           List<String> explanation, boolean emergency, boolean ancillaryAtInNetworkFacility,
                           String facilityNetwork) {
        static LineView of(EstimateLine l) {
            return new LineView(l.getId(), l.getLineNo(), l.getOptionName(), l.isWorkup(), l.getProviderName(),
                    l.getProviderNpi(), l.getProviderTin(), l.getProviderLocation(), l.getProviderState(),
                    l.getCategory().name(), l.getCode(), l.getCodeType(), l.getDescription(), l.getDiagnosisCodes(),
                    l.getServiceDate(), l.getUnits(), l.getModifiers(), l.getNetwork().name(), l.isMultipleProcedure(),
                    l.getPurpose().name(), l.getPriceSource(), l.getPatientOwes(), l.getLow(), l.getHigh(),
                    l.getPlanPays(), l.getBalanceBill(),
                    l.getExplanation() == null ? List.of() : l.getExplanation().lines().toList(), l.isEmergency(),
                    l.isAncillaryAtInNetworkFacility(), l.getFacilityNetwork().name());
        }
    }

    public record OptionView(String name, boolean workup, BigDecimal patientOwes, BigDecimal low, BigDecimal high,
                             BigDecimal planPays, BigDecimal allowed, BigDecimal balanceBill, BigDecimal withWorkup,
                             BigDecimal withWorkupLow, BigDecimal withWorkupHigh, BigDecimal withWorkupPlanPays,
                             BigDecimal withWorkupAllowed) {
        static OptionView of(EstimateSheet.OptionTotal o) {
            return new OptionView(o.name(), o.workup(), o.patientOwes(), o.low(), o.high(), o.planPays(),
                    o.allowed(), o.balanceBill(), o.withWorkup(), o.withWorkupLow(), o.withWorkupHigh(),
                    o.withWorkupPlanPays(), o.withWorkupAllowed());
        }
    }

    public record TotalView(String basis, BigDecimal patientOwes, BigDecimal planPays, BigDecimal allowed,
                            BigDecimal balanceBill, BigDecimal low, BigDecimal high) {
        static TotalView of(EstimateSheet.EstimateTotal t) {
            return new TotalView(t.basis(), t.patientOwes(), t.planPays(), t.allowed(), t.balanceBill(), t.low(),
                    t.high());
        }
    }

    public record BillView(long id, String providerName, String optionName, LocalDate billDate,
                           BigDecimal billedAmount, BigDecimal estimated, BigDecimal difference,
                           Boolean disputeEligible, LocalDate disputeBy, String enteredBy) {
        static BillView of(FinalBills.BillComparison c) {
            return new BillView(c.bill().getId(), c.bill().getProviderName(), c.bill().getOptionName(),
                    c.bill().getBillDate(), c.bill().getBilledAmount(), c.estimated(), c.difference(),
                    c.dispute() == null ? null : c.dispute().eligible(),
                    c.dispute() == null ? null : c.dispute().disputeBy(), c.bill().getEnteredBy());
        }
    }

    public record Detail(long id, long version, String reference, long estimateNumber, int revision, String status,
                         String patientMrn, String patientName, LocalDate patientBirthDate, Long referralId,
                         Long coverageId, String coverage, boolean selfPay, long feeScheduleId,
                         String primaryService, String diagnosisCodes, LocalDate scheduledOn, LocalDate serviceDate,
                         String separatelyScheduled, String createdBy, Instant createdAt, String issuedBy,
                         Instant issuedAt, LocalDate goodFaithDueBy, String documentSha256,
                         TotalView total, List<OptionView> options, List<LineView> lines, List<String> disclaimers,
                         List<CostEstimate.MissingProviderDetails> missingForGoodFaithEstimate) {
        static Detail of(CostEstimate e) {
            EstimateSheet sheet = EstimateSheet.of(e);
            return new Detail(e.getId(), e.getVersion(), e.reference(), e.getEstimateNumber(), e.getRevision(),
                    e.getStatus().name(), e.getPatientMrn(), e.getPatientName(), e.getPatientBirthDate(),
                    e.getReferralId(), e.getCoverage() == null ? null : e.getCoverage().getId(), coverageName(e),
                    e.isSelfPay(), e.getFeeSchedule().getId(), e.getPrimaryService(), e.getDiagnosisCodes(),
                    e.getScheduledOn(), e.getServiceDate(), e.getSeparatelyScheduled(), e.getCreatedBy(),
                    e.getCreatedAt(), e.getIssuedBy(), e.getIssuedAt(), e.getGoodFaithDueBy(), e.getDocumentSha256(),
                    TotalView.of(sheet.total()), sheet.options().stream().map(OptionView::of).toList(),
                    e.getLines().stream().map(LineView::of).toList(), sheet.disclaimers(),
                    e.isDraft() ? e.whatStopsGoodFaithEstimate() : List.of());
        }
    }

    /** A new estimate from a referral. */
    public record FromReferral(Long referralId, Long coverageId, Long feeScheduleId, @DateWithin(value = "Scheduled or requested on", from = "2000-01-01", daysAfterToday = 730) LocalDate scheduledOn) {
    }

    /** The estimate version the client last read, for issuing and removing lines. */
    public record VersionOnly(long version) {
    }

    private static String coverageName(CostEstimate e) {
        return e.isSelfPay() ? "Self-pay" : e.getCoverage().getPlan().displayName();
    }

    /**
     * The estimates, newest first (with {@code mrn}, that patient's, by number): {@code first} and {@code max} page
     * them as the worklist does, {@code sort} (CREATED, PATIENT, STATUS, NUMBER) and {@code desc} order them; the
     * answer stays a list, with the number of matching rows in {@code X-Total-Count}.
     */
    @GET
    @Operation(summary = "The estimates, newest first, or one patient's by number; paged, with X-Total-Count")
    @APIResponse(responseCode = "200", description = "A page of estimates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Summary.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@QueryParam("mrn") String mrn, @QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first,
                         @QueryParam("max") Integer max, @QueryParam("sort") EstimateSort sort,
                         @QueryParam("desc") Boolean descending) {
        boolean byPatient = mrn != null && !mrn.isBlank();
        EstimateSort order = sort != null ? sort : byPatient ? EstimateSort.NUMBER : EstimateSort.CREATED;
        int size = Paging.max(max, byPatient ? ListPage.MAX_PAGE : 200);
        ListPage<CostEstimate> page = estimates.page(mrn, Paging.first(first), size, order,
                descending != null ? descending : sort == null);
        return Response.ok(page.rows().stream().map(Summary::of).toList())
                .header("X-Total-Count", page.capped() ? ListPage.COUNT_CAP + "+" : Long.toString(page.count()))
                .build();
    }

    @POST
    @Operation(summary = "Opens a draft estimate for a patient")
    @RequestBody(required = true, description = "The patient, coverage (none: self-pay) and fee schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EstimateForm.class)))
    @APIResponse(responseCode = "201", description = "The estimate opened; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid EstimateForm form) {
        return created(estimates.create(RequestBodies.required(form)));
    }

    @POST
    @Path("from-referral")
    @Operation(summary = "Opens a draft estimate from a referral, with the consultation as the first workup line")
    @RequestBody(required = true, description = "The referral, the coverage (none: self-pay), the fee schedule and the day requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FromReferral.class)))
    @APIResponse(responseCode = "201", description = "The estimate opened; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response fromReferral(@Valid FromReferral body) {
        RequestBodies.required(body);
        if (body.referralId() == null || body.feeScheduleId() == null) {
            throw new RuleViolation(body.referralId() == null ? "referralId"
                    : "feeScheduleId", "Give the referral and the fee schedule.");
        }
        return created(estimates.fromReferral(body.referralId(), body.coverageId(), body.feeScheduleId(),
                body.scheduledOn()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An estimate with its lines, totals per option and for the whole estimate, and disclaimers")
    @APIResponse(responseCode = "200", description = "The estimate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Detail get(@PathParam("id") long id) {
        return Detail.of(estimates.open(id));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version of an estimate")
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Summary.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Summary> versions(@PathParam("id") long id) {
        return estimates.versions(id).stream().map(Summary::of).toList();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changes a draft estimate's patient, coverage and service")
    @RequestBody(required = true, description = "The estimate as changed, with the version last read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EstimateForm.class)))
    @APIResponse(responseCode = "200", description = "The estimate, recalculated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Detail describe(@PathParam("id") long id, @Valid EstimateForm form) {
        return Detail.of(estimates.describe(id, RequestBodies.required(form)));
    }

    @POST
    @Path("{id}/lines")
    @Operation(summary = "Adds a line to a draft estimate; every line is recalculated")
    @RequestBody(required = true, description = "The line: workup or option, provider, service, network, No Surprises Act flags",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineForm.class)))
    @APIResponse(responseCode = "200", description = "The estimate with the line, recalculated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Detail addLine(@PathParam("id") long id, @Valid LineForm form) {
        return Detail.of(lines.addLine(id, RequestBodies.required(form)));
    }

    @DELETE
    @Path("{id}/lines/{lineId}")
    @Operation(summary = "Removes a line from a draft estimate")
    @APIResponse(responseCode = "200", description = "The estimate without the line, recalculated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Detail removeLine(@PathParam("id") long id, @PathParam("lineId") long lineId,
                             @QueryParam("version") long version) {
        return Detail.of(lines.removeLine(id, version, lineId));
    }

    @PUT
    @Path("{id}/lines/{lineId}/provider")
    @Operation(summary = "Corrects the provider of a line of a draft estimate")
    @RequestBody(required = true, description = "The provider, with the estimate version last read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderForm.class)))
    @APIResponse(responseCode = "200", description = "The estimate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Detail changeLineProvider(@PathParam("id") long id, @PathParam("lineId") long lineId,
                                     @Valid ProviderForm form) {
        return Detail.of(lines.changeLineProvider(id, lineId, RequestBodies.required(form)));
    }

    @POST
    @Path("{id}/issue")
    @Operation(summary = "Issues a draft estimate: locked, and for a self-pay patient a Good Faith Estimate")
    @RequestBody(required = true, description = "The estimate version last read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionOnly.class)))
    @APIResponse(responseCode = "200", description = "The issued estimate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Detail issue(@PathParam("id") long id, @Valid VersionOnly body) {
        return Detail.of(issues.issue(id, RequestBodies.required(body).version()));
    }

    @POST
    @Path("{id}/revisions")
    @Operation(summary = "Makes a new draft version of an issued estimate")
    @APIResponse(responseCode = "201", description = "The new version; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revise(@PathParam("id") long id) {
        return created(issues.revise(id));
    }

    @POST
    @Path("{id}/final-bills")
    @Operation(summary = "Enters a final bill for an issued estimate")
    @RequestBody(required = true, description = "The provider, option, date and amount billed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FinalBillForm.class)))
    @APIResponse(responseCode = "201", description = "Each final bill beside what was estimated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BillView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordFinalBill(@PathParam("id") long id, @Valid FinalBillForm form) {
        finalBills.recordFinalBill(id, RequestBodies.required(form));
        return Response.status(Response.Status.CREATED).entity(accuracy(id)).build();
    }

    @GET
    @Path("{id}/final-bills")
    @Operation(summary = "Each final bill beside what was estimated for that provider, with the $400 dispute flag")
    @APIResponse(responseCode = "200", description = "The final bills compared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BillView.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<BillView> accuracy(@PathParam("id") long id) {
        return finalBills.accuracy(id).stream().map(BillView::of).toList();
    }

    /** One service's figures, or all services' ({@code service} null). */
    @Schema(description = "Final bills compared with their estimates: how many, and how many within $400 and within"
            + " 10% of the bill")
    public record AccuracyShare(
            @Schema(description = "The estimates' primary service; absent for the whole period") String service,
            @Schema(description = "Final bills compared") int compared,
            @Schema(description = "Bills with |billed - estimated| <= 400.00") int withinDollars,
            @Schema(description = "Bills with |billed - estimated| <= 10% of the bill (a bill of 0.00 only against an"
                    + " estimate of 0.00)") int withinTenPercent,
            @Schema(description = "withinDollars in percent of compared, one decimal; absent when nothing was compared")
            BigDecimal withinDollarsPercent,
            @Schema(description = "withinTenPercent in percent of compared, one decimal; absent when nothing was"
                    + " compared") BigDecimal withinTenPercentPercent) {
        static AccuracyShare of(EstimateAccuracy.Share s) {
            return new AccuracyShare(s.service(), s.compared(), s.withinDollars(), s.withinPercent(),
                    s.withinDollarsPercent(), s.withinPercentPercent());
        }
    }

    /** The department's accuracy over a period, beside the published figure. */
    @Schema(description = "Accuracy of the estimates against the final bills dated in the period")
    public record AccuracyView(
            @Schema(description = "First bill date counted", format = "date") LocalDate from,
            @Schema(description = "Last bill date counted", format = "date") LocalDate to,
            @Schema(description = "What a comparison is and when it counts as within") String definition,
            @Schema(description = "Every service together") AccuracyShare overall,
            @Schema(description = "One entry per primary service, the most compared first") List<AccuracyShare> byService,
            @Schema(description = "The published accuracy set beside ours, in percent") BigDecimal publishedPercent,
            @Schema(description = "Where the published figure comes from") String publishedSource) {
        static AccuracyView of(EstimateAccuracy.Summary s) {
            return new AccuracyView(s.from(), s.to(), DEFINITION, AccuracyShare.of(s.overall()),
                    s.byService().stream().map(AccuracyShare::of).toList(), s.publishedPercent(),
                    PUBLISHED_SOURCE);
        }
    }

    static final String DEFINITION = "Each final bill dated in the period beside what its estimate said the patient"
            + " would owe that provider (the workup and the option chosen); within $400: |billed - estimated| <= 400.00;"
            + " within 10%: |billed - estimated| <= 10% of the bill; both boundaries included.";
    static final String PUBLISHED_SOURCE = "83.9% of 4,610 estimates accurate against matched explanations of"
            + " benefits: a cost estimator tool for ambulatory procedures at an integrated health system in Northern"
            + " California, JAMA Network Open 2020 (quality improvement study); its definition of accurate may differ.";

    /**
     * The department's view: the share of estimates within $400 and within 10% of the final bill, by service, for
     * the bills dated from {@code from} to {@code to} (yyyy-mm-dd, both included, at most five years).
     */
    @GET
    @Path("accuracy")
    @RolesAllowed({Role.Names.BILLING, Role.Names.ADMIN})
    @Operation(summary = "Accuracy of the estimates against the final bills of a period",
            description = "Counts each final bill dated from `from` to `to` (both included, at most "
                    + FinalBills.ACCURACY_MAX_YEARS + " years) within $400 and within 10% of the bill, overall and by"
                    + " the estimate's primary service, beside the published 83.9% (JAMA Network Open 2020).")
    @APIResponse(responseCode = "200", description = "The period's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccuracyView.class)))
    @APIResponse(responseCode = "400", description = "from or to is missing, not a date like 2026-01-31, reversed, or"
            + " the period is longer than " + FinalBills.ACCURACY_MAX_YEARS + " years; the problem names the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither BILLING nor ADMIN")
    public AccuracyView accuracy(@Parameter(description = "First bill date, yyyy-mm-dd", required = true,
                                         example = "2026-01-01") @QueryParam("from") String from,
                                 @Parameter(description = "Last bill date, yyyy-mm-dd", required = true,
                                         example = "2026-12-31") @QueryParam("to") String to) {
        LocalDate first = Period.day("from", from);
        LocalDate last = Period.day("to", to);
        if (first.isAfter(last)) {
            throw Period.refused("to", "to: the last day (" + last + ") is before the first day (" + first + ").");
        }
        if (first.plusYears(FinalBills.ACCURACY_MAX_YEARS).isBefore(last)) {
            throw Period.refused("to", "to: a period is at most " + FinalBills.ACCURACY_MAX_YEARS + " years long.");
        }
        return AccuracyView.of(finalBills.accuracy(first, last));
    }

    /** The issued estimate's PDF: the Good Faith Estimate of a self-pay patient, the patient's estimate otherwise. */
    @GET
    @Path("{id}/estimate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The issued estimate's PDF")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("id") long id) {
        return Attachments.of(issues.document(id));
    }

    /** The same document under the name a Good Faith Estimate is known by. */
    @GET
    @Path("{id}/good-faith-estimate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The issued estimate's PDF, under the name of a Good Faith Estimate")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response goodFaithEstimate(@PathParam("id") long id) {
        return document(id);
    }

    private Response created(CostEstimate estimate) {
        return Response.created(uri.getBaseUriBuilder().path("estimates").path(Long.toString(estimate.getId())).build())
                .entity(Detail.of(estimate)).build();
    }
}
