package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.secondopinion.identity.boundary.MyAccount;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.entity.Role;

/** Who the caller is: lets a client check its credentials and roles. */
@Path("me")
@RequestScoped
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST, Role.Names.BILLING, Role.Names.LEGAL, Role.Names.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MyAccount myAccount;

    public record Me(String username, String fullName, Set<Role> roles) {
    }

    @GET
    public Me me() {
        UserAccount account = myAccount.current();
        return new Me(account.getUsername(), account.getFullName(), account.getRoles());
    }
}
