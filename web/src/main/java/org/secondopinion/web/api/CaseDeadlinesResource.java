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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.legal.control.Deadline;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.platform.entity.Role;

/**
 * A case's deadlines per defendant with their explanation and the reminders sent (for the reviewer, only those that
 * concern them); never legal advice.
 */
@Path("legal/cases/{id}/deadlines")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseDeadlinesResource {

    @Inject
    Deadlines deadlines;

    public record DeadlineView(String kind, LocalDate date, LocalDate beforeRollForward, List<String> explanation) {
        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.kind().name(), d.date(), d.beforeRollForward(), d.explanation());
        }
    }

    public record DefendantDeadlinesView(long defendantId, String defendant, String rule,
                                         List<DeadlineView> deadlines) {
    }

    /** A case's deadlines, with the reminders sent and the notice that the dates are not legal advice. */
    public record DeadlinesView(String notice, List<DefendantDeadlinesView> defendants, List<ReminderView> reminders) {
    }

    public record ReminderView(long defendantId, String kind, LocalDate dueOn, int daysBefore, Instant sentAt) {
        static ReminderView of(DeadlineReminder r) {
            return new ReminderView(r.getDefendantId(), r.getKind(), r.getDueOn(), r.getDaysBefore(), r.getSentAt());
        }
    }

    @GET
    public DeadlinesView deadlines(@PathParam("id") long id) {
        List<DefendantDeadlinesView> defendants = deadlines.forCase(id).stream()
                .map(d -> new DefendantDeadlinesView(d.defendant().getId(), d.defendant().getName(), d.rule(),
                        d.deadlines().stream().map(DeadlineView::of).toList())).toList();
        return new DeadlinesView(Deadlines.NOT_LEGAL_ADVICE, defendants,
                deadlines.reminders(id).stream().map(ReminderView::of).toList());
    }
}
