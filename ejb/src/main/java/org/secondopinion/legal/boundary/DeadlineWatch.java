package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.legal.control.Deadline;
import org.secondopinion.legal.control.Reminders;
import org.secondopinion.legal.entity.CaseStatus;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.StateDeadlineRule;
import org.secondopinion.platform.boundary.ScheduledJob;
import org.secondopinion.platform.entity.Role;

/**
 * Sends deadline reminders 180, 90, 60 and 30 days before each defendant's dated deadlines, once each, every
 * morning: the reminder shows on the case and in the firm's calendar, and is audited as done by "system". A run
 * that was missed sends the reminders it missed on the next run.
 */
@Singleton
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @ScheduledJob
    @Schedule(hour = "6", minute = "0", persistent = false, info = "deadline reminders")
    void everyMorning() {
        int sent = remind(LocalDate.now(clock));
        if (sent > 0) {
            LOG.info(() -> sent + " deadline reminders sent");
        }
    }

    /** Sends the reminders due by a day; for an administrator's "run now" and for tests. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    public int remindAsOf(LocalDate today) {
        return remind(today);
    }

    private int remind(LocalDate today) {
        int sent = 0;
        List<LegalCase> open = em.createNamedQuery(LegalCase.FIND_ALL, LegalCase.class).getResultList();
        Map<String, StateDeadlineRule> rules = Deadlines.rulesInForce(em, today);
        for (LegalCase legalCase : open) {
            if (legalCase.getStatus() != CaseStatus.OPEN) {
                continue;
            }
            StateDeadlineRule rule = rules.get(legalCase.getJurisdiction());
            for (Deadlines.DefendantDeadlines defendant : Deadlines.compute(legalCase, rule)) {
                for (Deadline deadline : defendant.deadlines()) {
                    if (deadline.date() == null) {
                        continue;
                    }
                    // the nearest threshold passed: an older one missed is superseded by it, not sent late
                    List<Integer> due = Reminders.dueBetween(deadline.date(), null, today);
                    if (!due.isEmpty()) {
                        int days = due.stream().mapToInt(Integer::intValue).min().getAsInt();
                        if (alreadySent(defendant.defendant().getId(), deadline, days)) {
                            continue;
                        }
                        em.persist(new DeadlineReminder(legalCase.getId(), defendant.defendant().getId(),
                                deadline.kind().name(), deadline.date(), days, Instant.now(clock)));
                        audit.recordAs("system", AuditAction.CREATE, "DeadlineReminder", legalCase.getId(),
                                AuditOutcome.SUCCESS, days + "-day reminder: " + deadline.kind() + " of "
                                        + defendant.defendant().getName() + " in " + legalCase.reference() + " on "
                                        + deadline.date());
                        sent++;
                    }
                }
            }
        }
        em.flush();
        return sent;
    }

    private boolean alreadySent(long defendantId, Deadline deadline, int days) {
        return em.createNamedQuery(DeadlineReminder.EXISTS, Long.class).setParameter("defendant", defendantId)
                .setParameter("kind", deadline.kind().name()).setParameter("due", deadline.date())
                .setParameter("days", days).getSingleResult() > 0;
    }
}
