package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.ReviewerTime;
import org.secondopinion.legal.entity.ReviewInvoice;
import org.secondopinion.platform.entity.Role;

/**
 * Invoices for the reviewer's logged time, the retainer applied.
 */
@Path("legal/cases/{id}/invoices")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @Inject
    ReviewerTime reviewerTime;

    @POST
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    @APIResponse(responseCode = "201", description = "Created")
    public Response invoice(@PathParam("id") long id) {
        ReviewInvoice invoice = reviewerTime.invoice(id);
        return Response.status(Response.Status.CREATED).entity(new AssignmentsResource.InvoiceView(invoice.getId(), invoice.getHours(),
                invoice.getFees(), invoice.getRetainerApplied(), invoice.getAmountDue(), invoice.getIssuedBy(),
                invoice.getIssuedAt())).build();
    }
}
