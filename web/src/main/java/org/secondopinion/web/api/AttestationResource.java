package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.secondopinion.legal.boundary.Reviews;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/**
 * The assigned reviewer's conflict attestation.
 */
@Path("legal/cases/{id}/attestation")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttestationResource {

    @Inject
    Reviews reviews;

    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class Attestation {
        @Size(max = 2000, message = "Attestation is at most 2000 characters.") @PlainText(value = "Attestation", multiLine = true) public String text;

        public Attestation() {
        }

        public Attestation(String text) {
            this.text = text;
        }

        public String text() { return text; }
    }

    @POST
    @RolesAllowed(Role.Names.SPECIALIST)
    public AssignmentsResource.AssignmentView attest(@PathParam("id") long id, @Valid Attestation attestation) {
        return AssignmentsResource.AssignmentView.of(reviews.attest(id, RequestBodies.required(attestation).text()));
    }
}
