package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.estimate.boundary.EstimateLines;
import org.secondopinion.estimate.boundary.LineForm;
import org.secondopinion.estimate.boundary.ProviderForm;
import org.secondopinion.platform.entity.Role;

import org.secondopinion.web.api.EstimateViews.Detail;

/** The lines of a draft estimate (BILLING): add one, remove one, correct a line's provider; every change recalculates the estimate. */
@Path("estimates/{id}/lines")
@RequestScoped
@RolesAllowed(Role.Names.BILLING)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EstimateLinesResource {

    @Inject
    EstimateLines lines;

    @POST
    @Operation(summary = "Adds a line to a draft estimate; every line is recalculated")
    @RequestBody(required = true, description = "The line: workup or option, provider, service, network, No Surprises Act flags",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineForm.class)))
    @APIResponse(responseCode = "200", description = "The estimate with the line, recalculated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Detail addLine(@PathParam("id") long id, @Valid LineForm form) {
        return Detail.of(lines.addLine(id, RequestBodies.required(form)));
    }

    @DELETE
    @Path("{lineId}")
    @Operation(summary = "Removes a line from a draft estimate")
    @APIResponse(responseCode = "200", description = "The estimate without the line, recalculated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Detail removeLine(@PathParam("id") long id, @PathParam("lineId") long lineId,
                             @QueryParam("version") long version) {
        return Detail.of(lines.removeLine(id, version, lineId));
    }

    @PUT
    @Path("{lineId}/provider")
    @Operation(summary = "Corrects the provider of a line of a draft estimate")
    @RequestBody(required = true, description = "The provider, with the estimate version last read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderForm.class)))
    @APIResponse(responseCode = "200", description = "The estimate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Detail changeLineProvider(@PathParam("id") long id, @PathParam("lineId") long lineId,
                                     @Valid ProviderForm form) {
        return Detail.of(lines.changeLineProvider(id, lineId, RequestBodies.required(form)));
    }
}
