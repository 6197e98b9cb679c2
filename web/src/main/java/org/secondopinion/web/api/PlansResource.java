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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.estimate.boundary.CategoryForm;
import org.secondopinion.estimate.boundary.CoverageForm;
import org.secondopinion.estimate.boundary.HealthPlans;
import org.secondopinion.estimate.boundary.PlanForm;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.entity.Role;

/** Payers' plans with their benefit design, and patients' coverage with the amounts met (BILLING). */
@Path("billing")
@RequestScoped
@RolesAllowed(Role.Names.BILLING)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject
    HealthPlans plans;

    @Context
    UriInfo uri;

    public record PlanView(long id, long version, String payerName, String planName, String kind,
                           BigDecimal individualDeductible, BigDecimal familyDeductible, String familyDeductibleKind,
                           BigDecimal individualOutOfPocketMax, BigDecimal familyOutOfPocketMax,
                           String secondOpinionRule, BigDecimal additionalProcedurePercent,
                           List<CategoryForm> categories) {
        /** @param individualDeductible for Original Medicare Part B, the configured Part B deductible */
        static PlanView of(HealthPlan p, BigDecimal individualDeductible) {
            return new PlanView(p.getId(), p.getVersion(), p.getPayerName(), p.getPlanName(), p.getKind().name(),
                    individualDeductible, p.getFamilyDeductible(), p.getFamilyDeductibleKind().name(),
                    p.getIndividualOutOfPocketMax(), p.getFamilyOutOfPocketMax(), p.getSecondOpinionRule().name(),
                    p.getAdditionalProcedurePercent(), PlanForm.of(p).getCategories());
        }
    }

    public record CoverageView(long id, long version, String patientMrn, String patientName,
                               LocalDate patientBirthDate, long planId, String plan, String memberId, String tier,
                               LocalDate planYearStart, BigDecimal individualDeductibleMet,
                               BigDecimal familyDeductibleMet, BigDecimal individualOutOfPocketMet,
                               BigDecimal familyOutOfPocketMet, LocalDate metAsOf) {
        static CoverageView of(PatientCoverage c) {
            return new CoverageView(c.getId(), c.getVersion(), c.getPatientMrn(), c.getPatientName(),
                    c.getPatientBirthDate(), c.getPlan().getId(), c.getPlan().displayName(), c.getMemberId(),
                    c.getTier().name(), c.getPlanYearStart(), c.getIndividualDeductibleMet(),
                    c.getFamilyDeductibleMet(), c.getIndividualOutOfPocketMet(), c.getFamilyOutOfPocketMet(),
                    c.getMetAsOf());
        }
    }

    /**
     * The plans by payer and plan name; {@code first} and {@code max} page them as the worklist does (default: all,
     * up to 500), {@code sort} (PAYER, PLAN) and {@code desc} order them; the number of plans is in
     * {@code X-Total-Count}.
     */
    @GET
    @Path("plans")
    @Operation(summary = "The plans by payer and plan name; paged, with X-Total-Count")
    @APIResponse(responseCode = "200", description = "A page of plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    public Response plans(@QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first, @QueryParam("max") Integer max,
                          @QueryParam("sort") HealthPlans.Sort sort, @QueryParam("desc") boolean descending) {
        ListPage<HealthPlan> page = plans.planPage(Paging.first(first), Paging.max(max, ListPage.MAX_PAGE), sort,
                descending);
        return Response.ok(page.rows().stream().map(this::view).toList())
                .header("X-Total-Count", page.capped() ? ListPage.COUNT_CAP + "+" : Long.toString(page.count())).build();
    }

    @GET
    @Path("plans/{id}")
    @Operation(summary = "A plan and its benefit design; rates in percent, 0 to 100")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public PlanView plan(@PathParam("id") long id) {
        return view(plans.plan(id));
    }

    @POST
    @Path("plans")
    @Operation(summary = "Adds a plan")
    @RequestBody(required = true, description = "The plan; rates in percent, 0 to 100",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanForm.class)))
    @APIResponse(responseCode = "201", description = "The plan added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Response addPlan(@Valid PlanForm form) {
        PlanView added = view(plans.savePlan(null, RequestBodies.required(form)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build()).entity(added)
                .build();
    }

    @PUT
    @Path("plans/{id}")
    @Operation(summary = "Changes a plan")
    @RequestBody(required = true, description = "The plan with the version last read; rates in percent, 0 to 100",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanForm.class)))
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public PlanView changePlan(@PathParam("id") long id, @Valid PlanForm form) {
        return view(plans.savePlan(id, RequestBodies.required(form)));
    }

    private PlanView view(HealthPlan plan) {
        return PlanView.of(plan, plans.individualDeductible(plan));
    }

    @GET
    @Path("coverages")
    @Operation(summary = "Patients' coverages, or one patient's (mrn)")
    @APIResponse(responseCode = "200", description = "The coverages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CoverageView.class)))
    public List<CoverageView> coverages(@QueryParam("mrn") String mrn) {
        return plans.coverages(mrn).stream().map(CoverageView::of).toList();
    }

    @GET
    @Path("coverages/{id}")
    @Operation(summary = "A patient's coverage with the amounts met")
    @APIResponse(responseCode = "200", description = "The coverage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public CoverageView coverage(@PathParam("id") long id) {
        return CoverageView.of(plans.coverage(id));
    }

    @POST
    @Path("coverages")
    @Operation(summary = "Adds a patient's coverage")
    @RequestBody(required = true, description = "The coverage and the amounts met",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageForm.class)))
    @APIResponse(responseCode = "201", description = "The coverage added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Response addCoverage(@Valid CoverageForm form) {
        CoverageView added = CoverageView.of(plans.saveCoverage(null, RequestBodies.required(form)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build()).entity(added)
                .build();
    }

    @PUT
    @Path("coverages/{id}")
    @Operation(summary = "Changes a patient's coverage or the amounts met")
    @RequestBody(required = true, description = "The coverage with the version last read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageForm.class)))
    @APIResponse(responseCode = "200", description = "The coverage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public CoverageView changeCoverage(@PathParam("id") long id, @Valid CoverageForm form) {
        return CoverageView.of(plans.saveCoverage(id, RequestBodies.required(form)));
    }
}
