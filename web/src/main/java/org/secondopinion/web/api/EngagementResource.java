package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.secondopinion.legal.boundary.ReviewerTime;
import org.secondopinion.platform.entity.Role;

/**
 * The assigned reviewer's engagement terms: hourly rate, retainer and budget cap.
 */
@Path("legal/cases/{id}/engagement")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementResource {

    @Inject
    ReviewerTime reviewerTime;

    public record Engagement(BigDecimal hourlyRate, BigDecimal retainer, BigDecimal budgetCap) {
    }

    @PUT
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public AssignmentsResource.AssignmentView engage(@PathParam("id") long id, @Valid Engagement engagement) {
        RequestBodies.required(engagement);
        return AssignmentsResource.AssignmentView.of(reviewerTime.engage(id, engagement.hourlyRate(), engagement.retainer(),
                engagement.budgetCap()));
    }
}
