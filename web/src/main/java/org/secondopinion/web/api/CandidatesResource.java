package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.secondopinion.legal.boundary.Reviews;
import org.secondopinion.platform.entity.Role;

/**
 * The candidates for a case's reviewer: directory practitioners ranked, with the ties that rule them out.
 */
@Path("legal/cases/{id}/candidates")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CandidatesResource {

    @Inject
    Reviews reviews;

    public record CandidateView(long practitionerId, String name, String specialties, int yearsExperience,
                                boolean specialtyMatch, int score, boolean independent, List<String> ties) {
        static CandidateView of(Reviews.Candidate c) {
            return new CandidateView(c.practitionerId(), c.name(), c.specialties(), c.yearsExperience(),
                    c.specialtyMatch(), c.score(), c.independent(), c.ties());
        }
    }

    @GET
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public List<CandidateView> candidates(@PathParam("id") long id) {
        return reviews.candidates(id).stream().map(CandidateView::of).toList();
    }
}
