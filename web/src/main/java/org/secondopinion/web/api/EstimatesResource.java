package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.estimate.boundary.EstimateForm;
import org.secondopinion.estimate.boundary.EstimateIssues;
import org.secondopinion.estimate.boundary.EstimateSort;
import org.secondopinion.estimate.boundary.Estimates;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.web.api.EstimateViews.Detail;
import org.secondopinion.web.api.EstimateViews.Summary;
import org.secondopinion.web.fhir.FhirContexts;
import org.secondopinion.web.fhir.GoodFaithEstimateBundle;

/**
 * Patients' cost estimates (BILLING): open one (or from a referral), change a draft, issue it (locked; self-pay
 * as a Good Faith Estimate PDF) and make a new version. Its lines ({@link EstimateLinesResource}), final bills
 * ({@link FinalBillsResource}) and the department's accuracy ({@link EstimateAccuracyResource}) have their own.
 */
@Path("estimates")
@RequestScoped
@RolesAllowed(Role.Names.BILLING)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EstimatesResource {

    static final String FHIR_JSON = "application/fhir+json";

    @Inject
    Estimates estimates;

    @Inject
    EstimateIssues issues;

    @Context
    UriInfo uri;

    /** A new estimate from a referral. */
    public record FromReferral(Long referralId, Long coverageId, Long feeScheduleId, @DateWithin(value = "Scheduled or requested on", from = "2000-01-01", daysAfterToday = 730) LocalDate scheduledOn) {
    }

    /** The estimate version the client last read, for issuing and removing lines. */
    public record VersionOnly(long version) {
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
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
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
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
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
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
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
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public Detail get(@PathParam("id") long id) {
        return Detail.of(estimates.open(id));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version of an estimate")
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Summary.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
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
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Detail describe(@PathParam("id") long id, @Valid EstimateForm form) {
        return Detail.of(estimates.describe(id, RequestBodies.required(form)));
    }

    @POST
    @Path("{id}/issue")
    @Operation(summary = "Issues a draft estimate: locked, and for a self-pay patient a Good Faith Estimate")
    @RequestBody(required = true, description = "The estimate version last read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionOnly.class)))
    @APIResponse(responseCode = "200", description = "The issued estimate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Detail issue(@PathParam("id") long id, @Valid VersionOnly body) {
        return Detail.of(issues.issue(id, RequestBodies.required(body).version()));
    }

    @POST
    @Path("{id}/revisions")
    @Operation(summary = "Makes a new draft version of an issued estimate")
    @APIResponse(responseCode = "201", description = "The new version; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Response revise(@PathParam("id") long id) {
        return created(issues.revise(id));
    }

    /** The issued estimate's PDF: the Good Faith Estimate of a self-pay patient, the patient's estimate otherwise. */
    @GET
    @Path("{id}/estimate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The issued estimate's PDF")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
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
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Response goodFaithEstimate(@PathParam("id") long id) {
        return document(id);
    }

    /**
     * The issued estimate as a Da Vinci Patient Cost Transparency Good Faith Estimate Bundle (FHIR R4 JSON), for a
     * payer's or another provider's system; a draft or a superseded version is refused (422), and the export is
     * audited like the PDF's download.
     */
    @GET
    @Path("{id}/gfe-bundle")
    @Produces(FHIR_JSON)
    @Operation(summary = "The issued estimate as a Da Vinci PCT Good Faith Estimate Bundle (FHIR R4)")
    @APIResponse(responseCode = "200", description = "A Bundle of type collection: the estimate-summary Claim, a GFE"
            + " Claim per provider and part, the Patient, the Coverage and payer (none for self-pay), the providers",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Response goodFaithEstimateBundle(@PathParam("id") long id) {
        CostEstimate estimate = issues.forGoodFaithEstimateBundle(id);
        String json = FhirContexts.r4().newJsonParser().encodeResourceToString(GoodFaithEstimateBundle.of(estimate));
        return Response.ok(json, FHIR_JSON + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + String.format("good-faith-estimate-%06d-v%d",
                        estimate.getEstimateNumber(), estimate.getRevision()) + ".fhir.json\"")
                .build();
    }

    private Response created(CostEstimate estimate) {
        return Response.created(uri.getBaseUriBuilder().path("estimates").path(Long.toString(estimate.getId())).build())
                .entity(Detail.of(estimate)).build();
    }
}
