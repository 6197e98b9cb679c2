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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.OpinionForm;
import org.secondopinion.legal.boundary.ReviewOpinions;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.platform.entity.Role;

/**
 * The reviewer's opinion on a case: the versions, the draft, making it final, a new version, a final one's PDF.
 */
@Path("legal/cases/{id}/opinions")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpinionsResource {

    @Inject
    ReviewOpinions opinions;

    public record OpinionView(long id, long version, int revision, String status, String standardOfCare,
                              String breach, String shouldHaveDone, String causation, String damages,
                              String materials, String qualifications, List<String> missing, Instant finalisedAt,
                              String contentSha256, String documentSha256) {
        static OpinionView of(ReviewOpinion o) {
            return new OpinionView(o.getId(), o.getVersion(), o.getRevision(), o.getStatus().name(),
                    o.getStandardOfCare(), o.getBreach(), o.getShouldHaveDone(), o.getCausation(), o.getDamages(),
                    o.getMaterials(), o.getQualifications(), o.missing(), o.getFinalisedAt(), o.getContentSha256(),
                    o.getDocumentSha256());
        }
    }

    @GET
    public List<OpinionView> opinions(@PathParam("id") long id) {
        return opinions.opinions(id).stream().map(OpinionView::of).toList();
    }

    @PUT
    @Path("draft")
    @RolesAllowed(Role.Names.SPECIALIST)
    public OpinionView writeOpinion(@PathParam("id") long id, @Valid OpinionForm form) {
        return OpinionView.of(opinions.writeOpinion(id, RequestBodies.required(form)));
    }

    @POST
    @Path("final")
    @RolesAllowed(Role.Names.SPECIALIST)
    public OpinionView finalise(@PathParam("id") long id, @QueryParam("version") long version) {
        return OpinionView.of(opinions.finalise(id, version));
    }

    @POST
    @RolesAllowed(Role.Names.SPECIALIST)
    @APIResponse(responseCode = "201", description = "Created")
    public Response reviseOpinion(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(OpinionView.of(opinions.reviseOpinion(id))).build();
    }

    @GET
    @Path("{revision}/pdf")
    @Produces("application/pdf")
    public Response opinionPdf(@PathParam("id") long id, @PathParam("revision") int revision) {
        return Attachments.of(opinions.opinionPdf(id, revision));
    }
}
