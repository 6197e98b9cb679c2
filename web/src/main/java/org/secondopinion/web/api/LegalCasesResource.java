package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.CaseFileExport;
import org.secondopinion.legal.boundary.CaseFiles;
import org.secondopinion.legal.boundary.CaseForm;
import org.secondopinion.legal.boundary.DefendantForm;
import org.secondopinion.legal.boundary.LegalCases;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.TollingPeriod;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/**
 * Malpractice-review case files (LEGAL, or COORDINATOR on a firm's behalf; the assigned reviewer reads): the search
 * behind the wall, intake, one case, its export as a JSON attachment, defendants, their answers and tolling.
 */
@Path("legal/cases")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalCasesResource {

    @Inject
    LegalCases cases;

    @Inject
    CaseFiles caseFiles;

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

    /** A case file as exported. */
    public record Export(Detail caseFile, List<CaseDocumentsResource.DocumentView> documents, List<ProductionsResource.ProductionView> productions,
                         List<CaseDisclosuresResource.DisclosureView> disclosures) {
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

    @GET
    public List<Summary> search(@QueryParam("q") String text) {
        return cases.search(text).stream().map(Summary::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response open(@Valid CaseForm form) {
        Detail opened = Detail.of(cases.open(RequestBodies.required(form)));
        return Response.created(uri.getBaseUriBuilder().path("legal/cases/" + opened.id()).build()).entity(opened)
                .build();
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") long id) {
        return Detail.of(cases.find(id));
    }

    /** The case file with its documents, productions and disclosures, as a JSON attachment. */
    @GET
    @Path("{id}/export")
    @APIResponse(responseCode = "200", description = "The case file, as an attachment",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Export.class)))
    public Response export(@PathParam("id") long id) {
        CaseFileExport file = caseFiles.export(id);
        Export export = new Export(Detail.of(file.legalCase()),
                file.documents().stream().map(CaseDocumentsResource.DocumentView::of).toList(),
                file.productions().stream().map(ProductionsResource.ProductionView::of).toList(),
                file.disclosures().stream().map(CaseDisclosuresResource.DisclosureView::of).toList());
        return Response.ok(export).header("Content-Disposition", "attachment; filename=\"" + file.legalCase().reference()
                + ".json\"").build();
    }

    @POST
    @Path("{id}/defendants")
    public Detail addDefendant(@PathParam("id") long id, @QueryParam("version") long version, @Valid DefendantForm form) {
        return Detail.of(cases.addDefendant(id, version, RequestBodies.required(form)));
    }

    @PUT
    @Path("{id}/defendants/{defendantId}/answer")
    public Detail answered(@PathParam("id") long id, @PathParam("defendantId") long defendantId, @Valid Answer answer) {
        RequestBodies.required(answer);
        return Detail.of(cases.answered(id, answer.version(), defendantId, answer.answeredOn()));
    }

    @POST
    @Path("{id}/tolling")
    public Detail toll(@PathParam("id") long id, @Valid Tolling tolling) {
        RequestBodies.required(tolling);
        return Detail.of(cases.toll(id, tolling.version(), tolling.defendantId(), tolling.from(), tolling.to(),
                tolling.reason()));
    }
}
