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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.estimate.boundary.FinalBillForm;
import org.secondopinion.estimate.boundary.FinalBills;
import org.secondopinion.platform.entity.Role;

import org.secondopinion.web.api.EstimateViews.BillView;

/** The final bills of an issued estimate (BILLING), each beside what was estimated for that provider. */
@Path("estimates/{id}/final-bills")
@RequestScoped
@RolesAllowed(Role.Names.BILLING)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinalBillsResource {

    @Inject
    FinalBills finalBills;

    @POST
    @Operation(summary = "Enters a final bill for an issued estimate")
    @RequestBody(required = true, description = "The provider, option, date and amount billed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FinalBillForm.class)))
    @APIResponse(responseCode = "201", description = "Each final bill beside what was estimated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BillView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Response recordFinalBill(@PathParam("id") long id, @Valid FinalBillForm form) {
        finalBills.recordFinalBill(id, RequestBodies.required(form));
        return Response.status(Response.Status.CREATED).entity(accuracy(id)).build();
    }

    @GET
    @Operation(summary = "Each final bill beside what was estimated for that provider, with the $400 dispute flag")
    @APIResponse(responseCode = "200", description = "The final bills compared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BillView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public List<BillView> accuracy(@PathParam("id") long id) {
        return finalBills.accuracy(id).stream().map(BillView::of).toList();
    }
}
