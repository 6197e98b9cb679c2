package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.ProposalForm;
import org.secondopinion.legal.boundary.Reviews;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.platform.entity.Role;

/**
 * A case's reviewer assignments and their conflict clearance: proposal, a second person's waiver approval,
 * withdrawal; the reviewer reads only their own.
 */
@Path("legal/cases/{id}/assignments")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    @Inject
    Reviews reviews;

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

    @GET
    public List<AssignmentView> assignments(@PathParam("id") long id) {
        return reviews.assignments(id).stream().map(AssignmentView::of).toList();
    }

    /** Proposes a reviewer; {@code version} is the case's version as last read. */
    @POST
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    @APIResponse(responseCode = "201", description = "Created")
    public Response propose(@PathParam("id") long id, @QueryParam("version") long version, @Valid ProposalForm form) {
        AssignmentView proposed = AssignmentView.of(reviews.propose(id, version, RequestBodies.required(form)));
        return Response.status(Response.Status.CREATED).entity(proposed).build();
    }

    @POST
    @Path("{assignmentId}/waiver-approval")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public AssignmentView approveWaiver(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        return AssignmentView.of(reviews.approveWaiver(id, assignmentId));
    }

    @POST
    @Path("{assignmentId}/withdrawal")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public AssignmentView withdraw(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        return AssignmentView.of(reviews.withdraw(id, assignmentId));
    }
}
