package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.CaseDocuments;
import org.secondopinion.legal.entity.LegalHold;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/**
 * A case's legal holds: placed with a reason, released; while one is active nothing in the case can be deleted.
 */
@Path("legal/cases/{id}/holds")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalHoldsResource {

    @Inject
    CaseDocuments documents;

    public record HoldView(long id, String reason, String placedBy, Instant placedAt, String releasedBy,
                           Instant releasedAt, boolean active) {
        static HoldView of(LegalHold h) {
            return new HoldView(h.getId(), h.getReason(), h.getPlacedBy(), h.getPlacedAt(), h.getReleasedBy(),
                    h.getReleasedAt(), h.isActive());
        }
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
    public List<HoldView> holds(@PathParam("id") long id) {
        return documents.holds(id).stream().map(HoldView::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created")
    public Response placeHold(@PathParam("id") long id, @Valid Hold hold) {
        HoldView placed = HoldView.of(documents.placeHold(id, RequestBodies.required(hold).reason()));
        return Response.status(Response.Status.CREATED).entity(placed).build();
    }

    @POST
    @Path("{holdId}/release")
    public HoldView releaseHold(@PathParam("id") long id, @PathParam("holdId") long holdId) {
        return HoldView.of(documents.releaseHold(id, holdId));
    }
}
