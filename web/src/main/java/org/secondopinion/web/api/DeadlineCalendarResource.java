package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.platform.entity.Role;

/**
 * The deadline calendar across the caller's cases.
 */
@Path("legal/calendar")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlineCalendarResource {

    @Inject
    Deadlines deadlines;

    public record CalendarView(long caseId, String caseReference, String claimant, String defendant, String kind,
                               LocalDate date) {
    }

    /**
     * Every coming deadline of one page of the caller's cases, soonest first: {@code first} and {@code max} count
     * cases (newest first, up to 500 a page), not deadlines.
     */
    @GET
    public List<CalendarView> calendar(@QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") Integer max) {
        return deadlines.calendar(Paging.first(first), Paging.max(max, Deadlines.CALENDAR_CASES)).stream().map(e -> new CalendarView(e.caseId(), e.caseReference(), e.claimant(),
                e.defendant(), e.deadline().kind().name(), e.deadline().date())).toList();
    }
}
