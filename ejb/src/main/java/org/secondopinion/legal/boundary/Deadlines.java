package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.legal.control.CaseDates;
import org.secondopinion.legal.control.Deadline;
import org.secondopinion.legal.control.DeadlineCalculator;
import org.secondopinion.legal.control.DeadlineRule;
import org.secondopinion.legal.control.TollingEvent;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;
import org.secondopinion.legal.entity.StateDeadlineRule;
import org.secondopinion.legal.entity.TollingPeriod;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;

/**
 * Each defendant's limitations, repose, notice-of-intent and certificate-of-merit dates, from the rules table of
 * the case's state and the case's dates and tolling events, behind the firm's wall; a calendar of all the
 * caller's deadlines; the rules table itself. The dates help plan the work; they are not legal advice.
 */
@Stateless
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
public class Deadlines {

    public static final String NOT_LEGAL_ADVICE = "These dates are computed from the rules table to help plan the"
            + " review. They are not legal advice: confirm every deadline with counsel in the jurisdiction.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseWall wall;

    @Inject
    AuditLog audit;

    /** One defendant's deadlines, or why there are none (no rule for the state). */
    public record DefendantDeadlines(Defendant defendant, String rule, List<Deadline> deadlines)
            implements Serializable {
    }

    /** A dated deadline of one of the caller's cases, for the calendar. */
    public record CalendarEntry(long caseId, String caseReference, String claimant, String defendant,
                                Deadline deadline) implements Serializable {
    }

    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<DefendantDeadlines> forCase(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        return forAudience(legalCase, computeToday(legalCase));
    }

    /** A reviewer is concerned only with the expert's certificate, affidavit or report; the firm with all. */
    private List<DefendantDeadlines> forAudience(LegalCase legalCase, List<DefendantDeadlines> all) {
        return wall.asReviewer(legalCase) ? concerningTheReviewer(all) : all;
    }

    /** Of a case's deadlines, those that concern its reviewer: the expert's certificate, affidavit or report. */
    static List<DefendantDeadlines> concerningTheReviewer(List<DefendantDeadlines> all) {
        return all.stream().map(d -> new DefendantDeadlines(d.defendant(), d.rule(), d.deadlines().stream()
                .filter(deadline -> deadline.kind() == Deadline.Kind.CERTIFICATE_OF_MERIT).toList())).toList();
    }

    /** Of the reminders sent, those about a deadline that concerns the reviewer. */
    static List<DeadlineReminder> concerningTheReviewer(List<DeadlineReminder> sent, boolean reviewer) {
        return reviewer ? sent.stream().filter(r -> Deadline.Kind.CERTIFICATE_OF_MERIT.name().equals(r.getKind()))
                .toList() : sent;
    }

    /** The case's deadlines for its firm, computed with the rule in force today. */
    private List<DefendantDeadlines> computeToday(LegalCase legalCase) {
        return compute(legalCase, ruleInForce(em, legalCase.getJurisdiction(), LocalDate.now(clock)));
    }

    /** The cases one calendar page reads at most. */
    public static final int CALENDAR_CASES = 500;

    /**
     * Every dated deadline from today on of one page of the caller's cases (newest cases first, {@code max} of them
     * from {@code first}), soonest first. A constant number of queries whatever the page's size: the cases, their
     * defendants and their tolling periods in one batch each, and the rules in force once for every state.
     */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<CalendarEntry> calendar(int first, int max) {
        LocalDate today = LocalDate.now(clock);
        List<CalendarEntry> entries = new ArrayList<>();
        List<LegalCase> cases = wall.visibleWithDeadlineFacts(first, Math.min(max, CALENDAR_CASES));
        Map<String, StateDeadlineRule> rules = rulesInForce(em, today);
        for (LegalCase legalCase : cases) {
            StateDeadlineRule rule = rules.get(legalCase.getJurisdiction());
            for (DefendantDeadlines defendant : forAudience(legalCase, compute(legalCase, rule))) {
                for (Deadline deadline : defendant.deadlines()) {
                    if (deadline.date() != null && !deadline.date().isBefore(today)) {
                        entries.add(new CalendarEntry(legalCase.getId(), legalCase.reference(),
                                legalCase.getClaimantName(), defendant.defendant().getName(), deadline));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(entry -> entry.deadline().date()));
        audit.record(AuditAction.READ, CaseWall.RECORD_TYPE, null, "deadline calendar: " + entries.size()
                + " deadlines of " + cases.size() + " cases from case " + first);
        return entries;
    }

    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<DeadlineReminder> reminders(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        List<DeadlineReminder> reminders = em.createNamedQuery(DeadlineReminder.FIND_BY_CASE, DeadlineReminder.class)
                .setParameter("case", caseId).getResultList();
        return concerningTheReviewer(reminders, wall.asReviewer(legalCase));
    }

    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.ADMIN})
    public List<StateDeadlineRule> rules() {
        return em.createNamedQuery(StateDeadlineRule.FIND_ALL, StateDeadlineRule.class).getResultList();
    }

    /** Changes a state's rule (an administrator or coordinator keeping the table in step with the law). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public StateDeadlineRule changeRule(long id, long version, Integer injuryMonths, Integer discoveryMonths,
                                        LimitationCombination combination, Integer reposeMonths,
                                        int ageOfMajority, MeritTrigger trigger, int meritDays,
                                        int extensionDays, boolean perDefendant, Integer noticeDays,
                                        String limitationSource, String meritSource) {
        StateDeadlineRule rule = em.find(StateDeadlineRule.class, id);
        if (rule == null) {
            throw new RecordNotFound("Deadline rule", id);
        }
        if (rule.getVersion() != version) {
            throw new StaleEdit("Deadline rule", rule.getState());
        }
        try {
            rule.change(injuryMonths, discoveryMonths, combination, reposeMonths, ageOfMajority, trigger, meritDays,
                    extensionDays, perDefendant, noticeDays, limitationSource, meritSource,
                    wall.caller(), Instant.now(clock));
            DeadlineRule.of(rule);
        } catch (IllegalArgumentException invalid) {
            throw new RuleViolation("rule", invalid.getMessage());
        }
        audit.record(AuditAction.UPDATE, "DeadlineRule", id, "changed the deadline rule of " + rule.getState()
                + " in force from " + rule.getEffectiveFrom());
        return rule;
    }

    /**
     * A new version of a state's rule in force from a day (the law changed): a copy of an existing row to change,
     * the earlier row kept for the dates it governed. Deadlines use the version in force today.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public StateDeadlineRule addVersion(long fromId, @DateWithin(value = "In force from", from = "1950-01-01", daysAfterToday = 3650) LocalDate effectiveFrom) {
        StateDeadlineRule from = em.find(StateDeadlineRule.class, fromId);
        if (from == null) {
            throw new RecordNotFound("Deadline rule", fromId);
        }
        if (effectiveFrom == null) {
            throw new RuleViolation("effectiveFrom", "Give the day the new rule is in force from.");
        }
        boolean taken = em.createNamedQuery(StateDeadlineRule.FIND_ALL, StateDeadlineRule.class).getResultList()
                .stream().anyMatch(r -> r.getState().equals(from.getState()) && r.getEffectiveFrom().equals(effectiveFrom));
        if (taken) {
            throw new RuleViolation("effectiveFrom", from.getState() + " already has a rule in force from "
                    + effectiveFrom + ": change that one.");
        }
        StateDeadlineRule version = new StateDeadlineRule(from, effectiveFrom, wall.caller(), Instant.now(clock));
        em.persist(version);
        em.flush();
        audit.record(AuditAction.CREATE, "DeadlineRule", version.getId(), "new " + version.getState()
                + " rule in force from " + effectiveFrom + ", copied from the one in force from "
                + from.getEffectiveFrom());
        return version;
    }

    /** The state's rule in force on a day: the row with the latest effective date not after it. */
    /** The rule in force on the day for every state that has one, in one query. */
    static Map<String, StateDeadlineRule> rulesInForce(EntityManager em, LocalDate on) {
        Map<String, StateDeadlineRule> newest = new HashMap<>();
        for (StateDeadlineRule rule : em.createNamedQuery(StateDeadlineRule.FIND_ALL_IN_FORCE, StateDeadlineRule.class)
                .setParameter("on", on).getResultList()) {
            newest.merge(rule.getState(), rule, (kept, other) ->
                    other.getEffectiveFrom().isAfter(kept.getEffectiveFrom()) ? other : kept);
        }
        return newest;
    }

    static StateDeadlineRule ruleInForce(EntityManager em, String state, LocalDate on) {
        List<StateDeadlineRule> rules = em.createNamedQuery(StateDeadlineRule.FIND_IN_FORCE, StateDeadlineRule.class)
                .setParameter("state", state).setParameter("on", on).setMaxResults(1).getResultList();
        return rules.isEmpty() ? null : rules.get(0);
    }

    static List<DefendantDeadlines> compute(LegalCase legalCase, StateDeadlineRule rule) {
        List<DefendantDeadlines> result = new ArrayList<>();
        for (Defendant defendant : legalCase.getDefendants()) {
            if (rule == null) {
                result.add(new DefendantDeadlines(defendant, "The rules table has no rule for "
                        + legalCase.getJurisdiction() + ": add one before relying on any date.", List.of()));
                continue;
            }
            try {
                CaseDates dates = new CaseDates(legalCase.getIncidentDate(), legalCase.getDiscoveryDate(),
                        legalCase.getInjuryDate(), legalCase.getNoticeOfIntentDate(), legalCase.getComplaintFiledDate(),
                        legalCase.getClaimantBirthDate());
                List<TollingEvent> tolling = new ArrayList<>();
                for (TollingPeriod period : legalCase.getTolling()) {
                    if (period.applies(defendant)) {
                        tolling.add(new TollingEvent(period.getFromDate(), period.getToDate(), period.getReason()));
                    }
                }
                result.add(new DefendantDeadlines(defendant, rule.getState() + " rules in force from "
                        + rule.getEffectiveFrom(), DeadlineCalculator.forDefendant(DeadlineRule.of(rule), dates,
                        defendant.getAnsweredOn(), tolling)));
            } catch (IllegalArgumentException | java.time.DateTimeException inconsistent) {
                // dates stored before the checks at input (or changed since) must not take down the firm's calendar
                result.add(new DefendantDeadlines(defendant, "No dates can be computed until the case's dates are"
                        + " corrected: " + inconsistent.getMessage(), List.of()));
            }
        }
        return result;
    }
}
