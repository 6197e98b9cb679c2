package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.DeadlineWatch;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;
import org.secondopinion.legal.entity.StateDeadlineRule;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * The per-state deadline rules as data (read by LEGAL, COORDINATOR and ADMIN; changed by COORDINATOR and ADMIN),
 * and the reminder run on demand. The rules are not legal advice.
 */
@Path("legal/deadline-rules")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlineRulesResource {

    @Inject
    Deadlines deadlines;

    @Inject
    DeadlineWatch watch;

    public record RuleView(long id, long version, String state, LocalDate effectiveFrom,
                           Integer limitationInjuryMonths, Integer limitationDiscoveryMonths, String combination,
                           Integer reposeMonths, int ageOfMajority, String meritTrigger, int meritDays,
                           int meritExtensionDays, boolean meritPerDefendant, Integer noticeOfIntentDays,
                           String limitationSource, String meritSource, String updatedBy, Instant updatedAt) {
        static RuleView of(StateDeadlineRule r) {
            return new RuleView(r.getId(), r.getVersion(), r.getState(), r.getEffectiveFrom(),
                    r.getLimitationInjuryMonths(), r.getLimitationDiscoveryMonths(), r.getCombination().name(),
                    r.getReposeMonths(), r.getAgeOfMajority(), r.getMeritTrigger().name(), r.getMeritDays(),
                    r.getMeritExtensionDays(), r.isMeritPerDefendant(), r.getNoticeOfIntentDays(),
                    r.getLimitationSource(), r.getMeritSource(), r.getUpdatedBy(), r.getUpdatedAt());
        }
    }

    /** A changed rule. */
    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class RuleChange {
        public long version;
        public Integer limitationInjuryMonths;
        public Integer limitationDiscoveryMonths;
        public LimitationCombination combination;
        public Integer reposeMonths;
        public int ageOfMajority;
        public MeritTrigger meritTrigger;
        public int meritDays;
        public int meritExtensionDays;
        public boolean meritPerDefendant;
        public Integer noticeOfIntentDays;
        @Size(max = 600, message = "Limitation source is at most 600 characters.") @PlainText(value = "Limitation source", multiLine = true) public String limitationSource;
        @Size(max = 600, message = "Merit source is at most 600 characters.") @PlainText(value = "Merit source", multiLine = true) public String meritSource;

        public RuleChange() {
        }

        public RuleChange(long version, Integer limitationInjuryMonths, Integer limitationDiscoveryMonths, LimitationCombination combination, Integer reposeMonths, int ageOfMajority, MeritTrigger meritTrigger, int meritDays, int meritExtensionDays, boolean meritPerDefendant, Integer noticeOfIntentDays, String limitationSource, String meritSource) {
            this.version = version;
            this.limitationInjuryMonths = limitationInjuryMonths;
            this.limitationDiscoveryMonths = limitationDiscoveryMonths;
            this.combination = combination;
            this.reposeMonths = reposeMonths;
            this.ageOfMajority = ageOfMajority;
            this.meritTrigger = meritTrigger;
            this.meritDays = meritDays;
            this.meritExtensionDays = meritExtensionDays;
            this.meritPerDefendant = meritPerDefendant;
            this.noticeOfIntentDays = noticeOfIntentDays;
            this.limitationSource = limitationSource;
            this.meritSource = meritSource;
        }

        public long version() { return version; }
        public Integer limitationInjuryMonths() { return limitationInjuryMonths; }
        public Integer limitationDiscoveryMonths() { return limitationDiscoveryMonths; }
        public LimitationCombination combination() { return combination; }
        public Integer reposeMonths() { return reposeMonths; }
        public int ageOfMajority() { return ageOfMajority; }
        public MeritTrigger meritTrigger() { return meritTrigger; }
        public int meritDays() { return meritDays; }
        public int meritExtensionDays() { return meritExtensionDays; }
        public boolean meritPerDefendant() { return meritPerDefendant; }
        public Integer noticeOfIntentDays() { return noticeOfIntentDays; }
        public String limitationSource() { return limitationSource; }
        public String meritSource() { return meritSource; }
    }

    public record ReminderRun(LocalDate asOf, int sent) {
    }

    @GET
    public List<RuleView> rules() {
        return deadlines.rules().stream().map(RuleView::of).toList();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public RuleView change(@PathParam("id") long id, @Valid RuleChange change) {
        RequestBodies.required(change);
        return RuleView.of(deadlines.changeRule(id, change.version(), change.limitationInjuryMonths(),
                change.limitationDiscoveryMonths(), change.combination(), change.reposeMonths(),
                change.ageOfMajority(), change.meritTrigger(), change.meritDays(), change.meritExtensionDays(),
                change.meritPerDefendant(), change.noticeOfIntentDays(), change.limitationSource(),
                change.meritSource()));
    }

    /** A new version of a state's rule, in force from a day, copied from an existing one to change. */
    @POST
    @Path("{id}/versions")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @APIResponse(responseCode = "201", description = "Created")
    public Response addVersion(@PathParam("id") long id, @QueryParam("effectiveFrom") String effectiveFrom) {
        LocalDate from;
        try {
            from = effectiveFrom == null ? null : LocalDate.parse(effectiveFrom.strip());
        } catch (DateTimeParseException bad) {
            throw new RuleViolation("effectiveFrom", "effectiveFrom is a date written 2027-01-01.");
        }
        return Response.status(Response.Status.CREATED).entity(RuleView.of(deadlines.addVersion(id, from))).build();
    }

    /** The first day a reminder run may be asked for: no case file's deadlines fall before it. */
    private static final LocalDate EARLIEST_REMINDER_RUN = LocalDate.of(1950, 1, 1);

    /** Sends the reminders due by a day now (the timer does it every morning). */
    @POST
    @Path("reminder-runs")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public ReminderRun remind(@QueryParam("asOf") String asOf) {
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException bad) {
            throw new RuleViolation("asOf", "asOf is a date written 2026-11-26.");
        }
        LocalDate latest = LocalDate.now().plusYears(10);
        if (day.isBefore(EARLIEST_REMINDER_RUN) || day.isAfter(latest)) {
            throw new RuleViolation("asOf", "asOf is a day from " + EARLIEST_REMINDER_RUN + " to " + latest + ".");
        }
        return new ReminderRun(day, watch.remindAsOf(day));
    }
}
