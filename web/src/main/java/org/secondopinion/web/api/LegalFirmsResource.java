package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.LegalFirms;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/** The firms behind the legal walls and their members (ADMIN). */
@Path("legal/firms")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalFirmsResource {

    @Inject
    LegalFirms firms;

    public record FirmView(long id, String name, Set<String> members) {
        static FirmView of(LegalFirm f) {
            return new FirmView(f.getId(), f.getName(), f.getMembers());
        }
    }

    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class NewFirm {
        @Size(max = 200, message = "Firm name is at most 200 characters.") @PlainText("Firm name") public String name;

        public NewFirm() {
        }

        public NewFirm(String name) {
            this.name = name;
        }

        public String name() { return name; }
    }

    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class Member {
        @Size(max = 80, message = "User name is at most 80 characters.") @PlainText("User name") public String username;

        public Member() {
        }

        public Member(String username) {
            this.username = username;
        }

        public String username() { return username; }
    }

    @GET
    public List<FirmView> list() {
        return firms.list().stream().map(FirmView::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created")
    public Response add(@Valid NewFirm firm) {
        return Response.status(Response.Status.CREATED)
                .entity(FirmView.of(firms.add(RequestBodies.required(firm).name()))).build();
    }

    @POST
    @Path("{id}/members")
    public FirmView admit(@PathParam("id") long id, @Valid Member member) {
        return FirmView.of(firms.admit(id, RequestBodies.required(member).username()));
    }

    @DELETE
    @Path("{id}/members/{username}")
    public FirmView remove(@PathParam("id") long id, @PathParam("username") String username) {
        return FirmView.of(firms.remove(id, username));
    }
}
