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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.identity.boundary.NewUserAccount;
import org.secondopinion.identity.boundary.UserAccountChange;
import org.secondopinion.identity.boundary.UserAccounts;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.Role;

/**
 * User accounts for administrators' tools (provisioning from a directory, for example).
 * Bodies are validated by the boundary's method constraints (Payara's OpenAPI generator
 * fails on constraint annotations on body parameters, payara/Payara#7649).
 */
@Path("users")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserAccounts userAccounts;

    @Context
    UriInfo uri;

    /** An account as the API shows it: never the password hash. */
    public record UserView(long id, String username, String fullName, String email, Set<Role> roles,
                           boolean active, Instant lastLoginAt, long version) {
        static UserView of(UserAccount account) {
            return new UserView(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                    account.getRoles(), account.isActive(), account.getLastLoginAt(), account.getVersion());
        }
    }

    @GET
    public List<UserView> list() {
        return userAccounts.list().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(userAccounts.find(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(@Valid NewUserAccount account) {
        UserView created = UserView.of(userAccounts.create(account));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public UserView update(@PathParam("id") long id, @Valid UserAccountChange change) {
        return UserView.of(userAccounts.update(id, change));
    }
}
