package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.CaseDocuments;
import org.secondopinion.platform.entity.Role;

/**
 * One case document behind the wall: downloaded re-hashed and always as an attachment, or deleted (refused under a
 * legal hold).
 */
@Path("legal/documents")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalDocumentsResource {

    @Inject
    CaseDocuments documents;

    @GET
    @Path("{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("documentId") long documentId) {
        return Attachments.of(documents.download(documentId));
    }

    @DELETE
    @Path("{documentId}")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("documentId") long documentId, @QueryParam("reason") String reason) {
        documents.delete(documentId, reason);
        return Response.noContent().build();
    }
}
