package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.CaseFileOversight;
import org.secondopinion.legal.boundary.CaseFileOverview;
import org.secondopinion.legal.entity.CaseStatus;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.entity.Role;

/**
 * The hospital administrators' oversight of malpractice-review case files across all firms (ADMIN): counts, states
 * and the next deadline of each case, nothing privileged (see {@link CaseFileOverview}).
 */
@Path("legal/case-files")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class CaseFilesResource {

    @Inject
    CaseFileOversight oversight;

    /**
     * The case files newest first, of one firm ({@code firmId}) and in one status ({@code status}) when given;
     * {@code first} and {@code max} page them (default: the first 500), the number that match is in
     * {@code X-Total-Count}.
     */
    @GET
    @Operation(summary = "Case files across firms for oversight, newest first, paged")
    @APIResponse(responseCode = "200", description = "One page of case-file overviews",
            headers = @Header(name = "X-Total-Count", description = "How many case files match (\"10000+\" past the cap)"))
    @APIResponse(responseCode = "400", description = "A parameter out of range or unreadable (problem details)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator (problem details)")
    public Response list(@QueryParam("firmId") Long firmId, @QueryParam("status") CaseStatus status,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") Integer max) {
        ListPage<CaseFileOverview> page = oversight.overview(firmId, status, Paging.first(first),
                Paging.max(max, ListPage.MAX_PAGE));
        return Response.ok(page.rows())
                .header("X-Total-Count", page.capped() ? ListPage.COUNT_CAP + "+" : Long.toString(page.count())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case file's overview for oversight")
    @APIResponse(responseCode = "200", description = "The case file's overview")
    @APIResponse(responseCode = "400", description = "The id is not a number (problem details)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator (problem details)")
    @APIResponse(responseCode = "404", description = "No such case file (problem details)")
    public CaseFileOverview one(@PathParam("id") long id) {
        return oversight.overview(id);
    }
}
