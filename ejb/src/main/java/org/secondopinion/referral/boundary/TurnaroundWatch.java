package org.secondopinion.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.platform.boundary.ScheduledJob;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;

/**
 * Watches the turnaround clock: every five minutes, cases whose clock ran past the target
 * are flagged overdue, which puts them at the top of the coordinator's worklist and in the
 * overdue count on the coordinator's home page. Each flag is audited as done by "system".
 */
@Singleton
public class TurnaroundWatch {

    private static final Logger LOG = Logger.getLogger(TurnaroundWatch.class.getName());
    /** Cases flagged per pass; the next pass takes the rest. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @ScheduledJob
    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "turnaround watch")
    void everyFiveMinutes() {
        int flagged = flag(Instant.now(clock));
        if (flagged > 0) {
            LOG.info(() -> flagged + " referrals flagged overdue and escalated");
        }
    }

    /** Flags every case overdue as of the given moment; for an administrator's "run now" and for tests. */
    @RolesAllowed(Role.Names.ADMIN)
    public int flagOverdue(Instant asOf) {
        return flag(asOf);
    }

    private int flag(Instant asOf) {
        List<Referral> due = em.createNamedQuery(Referral.FIND_DUE_BEFORE, Referral.class)
                .setParameter("now", asOf).setParameter("running", ReferralStatus.clockRunning())
                .setMaxResults(BATCH).getResultList();
        int flagged = 0;
        for (Referral referral : due) {
            if (referral.flagIfOverdue(asOf)) {
                flagged++;
                audit.recordAs("system", AuditAction.UPDATE, CaseAccess.RECORD_TYPE, referral.getId(),
                        AuditOutcome.SUCCESS, "overdue: due " + referral.getDueAt() + ", escalated to the coordinators' worklist");
            }
        }
        return flagged;
    }
}
