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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.AuthorityForm;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.legal.entity.DisclosureAuthority;
import org.secondopinion.platform.entity.Role;

/**
 * A case's authorities to disclose records: authorisations, subpoenas with assurances, court orders; revocation.
 */
@Path("legal/cases/{id}/authorities")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthoritiesResource {

    @Inject
    Productions productions;

    public record AuthorityView(long id, String kind, String reference, String recipient, LocalDate signedOn,
                                LocalDate expiresOn, LocalDate revokedOn, String scope, boolean assurances,
                                String validToday) {
        static AuthorityView of(DisclosureAuthority a) {
            String refusal = a.refusal(LocalDate.now());
            return new AuthorityView(a.getId(), a.getKind().name(), a.getReference(), a.getRecipient(),
                    a.getSignedOn(), a.getExpiresOn(), a.getRevokedOn(), a.getScopeLabels(), a.isAssurances(),
                    refusal == null ? "valid" : refusal);
        }
    }

    @GET
    public List<AuthorityView> authorities(@PathParam("id") long id) {
        return productions.authorities(id).stream().map(AuthorityView::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created")
    public Response recordAuthority(@PathParam("id") long id, @Valid AuthorityForm form) {
        AuthorityView recorded = AuthorityView.of(productions.recordAuthority(id, RequestBodies.required(form)));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @POST
    @Path("{authorityId}/revocation")
    public AuthorityView revoke(@PathParam("id") long id, @PathParam("authorityId") long authorityId) {
        return AuthorityView.of(productions.revoke(id, authorityId, LocalDate.now()));
    }
}
