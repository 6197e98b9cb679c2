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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.ReviewerTime;
import org.secondopinion.legal.entity.TimeEntry;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/**
 * The time the assigned reviewer logs, within the budget cap.
 */
@Path("legal/cases/{id}/time")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewerTimeResource {

    @Inject
    ReviewerTime reviewerTime;

    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class Time {
        @DateWithin(value = "Work date", from = "2000-01-01") public LocalDate workDate;
        public BigDecimal hours;
        @Size(max = 1000, message = "Description is at most 1000 characters.") @PlainText(value = "Description", multiLine = true) public String description;

        public Time() {
        }

        public Time(LocalDate workDate, BigDecimal hours, String description) {
            this.workDate = workDate;
            this.hours = hours;
            this.description = description;
        }

        public LocalDate workDate() { return workDate; }
        public BigDecimal hours() { return hours; }
        public String description() { return description; }
    }

    @POST
    @RolesAllowed(Role.Names.SPECIALIST)
    @APIResponse(responseCode = "201", description = "Created")
    public Response logTime(@PathParam("id") long id, @Valid Time time) {
        RequestBodies.required(time);
        TimeEntry entry = reviewerTime.logTime(id, time.workDate(), time.hours(), time.description());
        return Response.status(Response.Status.CREATED).entity(AssignmentsResource.AssignmentView.of(entry.getAssignment())).build();
    }
}
