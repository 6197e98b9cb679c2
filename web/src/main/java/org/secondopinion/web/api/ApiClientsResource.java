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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.identity.boundary.ApiClients;
import org.secondopinion.identity.boundary.ClientSecret;
import org.secondopinion.identity.boundary.NewApiClient;
import org.secondopinion.identity.entity.ApiClient;
import org.secondopinion.platform.entity.Role;

/**
 * Machine clients of the API (OAuth 2.0 client credentials), for administrators. A client's
 * secret is in the answer of its registration and of a rotation only; no listing shows it.
 */
@Path("api-clients")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiClientsResource {

    @Inject
    ApiClients clients;

    @Context
    UriInfo uri;

    /** A client as listings show it: never its secret or the secret's hash. */
    public record ClientView(long id, String clientId, String displayName, Set<String> scopes, boolean active,
                             Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
        static ClientView of(ApiClient c) {
            return new ClientView(c.getId(), c.getClientId(), c.getDisplayName(), c.getScopes(), c.isActive(),
                    c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy(), c.getVersion());
        }
    }

    /** A client with the secret just made: shown this once, stored only as a hash. */
    public record ClientWithSecret(ClientView client, String clientSecret) {
        static ClientWithSecret of(ClientSecret made) {
            return new ClientWithSecret(ClientView.of(made.client()), made.secret());
        }
    }

    @GET
    @Operation(summary = "Every API client, by client id; never a secret")
    @APIResponse(responseCode = "200", description = "The clients",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ClientView.class)))
    public List<ClientView> list() {
        return clients.list().stream().map(ClientView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An API client; never its secret")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public ClientView get(@PathParam("id") long id) {
        return ClientView.of(clients.find(id));
    }

    @POST
    @Operation(summary = "Registers an API client; the answer holds its secret, shown this once",
            description = "Scopes: referral.intake (POST /api/referrals), referral.status (GET /api/referrals/{id});"
                    + " bound to the law firm firmId, which they require: legal.cases (read the firm's cases, their"
                    + " deadlines, documents, assignments and opinions), legal.documents (upload documents to them),"
                    + " legal.reviews (candidates and proposing a reviewer). A firm's client holds only legal scopes;"
                    + " they are granted as <scope>:<firmId>.")
    @APIResponse(responseCode = "201", description = "The client and its secret; Location names the client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientWithSecret.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED + " (a client id taken, an unknown scope, a legal scope"
            + " without an existing firmId, a firmId without a legal scope, legal scopes beside others)")
    public Response register(@Valid NewApiClient client) {
        ClientWithSecret made = ClientWithSecret.of(clients.register(RequestBodies.required(client)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.client().id())).build())
                .entity(made).build();
    }

    @POST
    @Path("{id}/disabling")
    @Operation(summary = "Disables a client: no new token; its tokens stop working within a minute")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    public ClientView disable(@PathParam("id") long id, @QueryParam("version") Long version) {
        return ClientView.of(clients.disable(id, version));
    }

    @POST
    @Path("{id}/enabling")
    @Operation(summary = "Enables a disabled client again")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    public ClientView enable(@PathParam("id") long id, @QueryParam("version") Long version) {
        return ClientView.of(clients.enable(id, version));
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Gives the client a new secret, shown this once; the old one stops working")
    @APIResponse(responseCode = "200", description = "The client and its new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientWithSecret.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiDocs.CONFLICT)
    public ClientWithSecret rotateSecret(@PathParam("id") long id, @QueryParam("version") Long version) {
        return ClientWithSecret.of(clients.rotateSecret(id, version));
    }
}
