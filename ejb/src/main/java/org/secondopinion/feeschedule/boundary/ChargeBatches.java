package org.secondopinion.feeschedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.feeschedule.control.ImportIssue;
import org.secondopinion.feeschedule.control.ImportReport;
import org.secondopinion.feeschedule.control.StandardCharge;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.FeeScheduleIssue;
import org.secondopinion.platform.entity.Role;

/** The import's writes, each in its own transaction: a batch of charges with the progress, the report, a refusal. */
@Stateless
@RolesAllowed(Role.Names.BILLING)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChargeBatches {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** Where the schedule's file is kept and the hash it must still have. */
    public record StoredFile(String key, String sha256) {
    }

    public StoredFile storedFile(long id) {
        FeeSchedule schedule = em.find(FeeSchedule.class, id);
        return new StoredFile(schedule.getStorageKey(), schedule.getFileSha256());
    }

    /** Writes the charges (one row per code) and the progress. */
    public void write(long id, List<StandardCharge> charges, long bytesRead) {
        FeeSchedule schedule = em.find(FeeSchedule.class, id);
        for (StandardCharge charge : charges) {
            charge.rows(id).forEach(em::persist);
        }
        schedule.progress(bytesRead, schedule.getChargesAccepted() + charges.size());
        em.flush();
        em.clear();
    }

    public void finish(long id, ImportReport report) {
        FeeSchedule schedule = em.find(FeeSchedule.class, id);
        for (ImportIssue issue : report.rejections()) {
            em.persist(new FeeScheduleIssue(id, false, issue.line(), issue.location(), issue.field(), issue.message()));
        }
        for (ImportIssue issue : report.warnings()) {
            em.persist(new FeeScheduleIssue(id, true, issue.line(), issue.location(), issue.field(), issue.message()));
        }
        report.finish(schedule, Instant.now(clock));
        audit.recordAs(schedule.getImportedBy(), AuditAction.UPDATE, FeeSchedules.RECORD_TYPE, id, AuditOutcome.SUCCESS,
                "import finished: " + report.summary());
    }

    public void reject(long id, String reason) {
        em.createQuery("DELETE FROM ScheduledCharge c WHERE c.feeScheduleId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM FeeScheduleIssue i WHERE i.feeScheduleId = :id").setParameter("id", id).executeUpdate();
        FeeSchedule schedule = em.find(FeeSchedule.class, id);
        schedule.reject(reason, Instant.now(clock));
        audit.recordAs(schedule.getImportedBy(), AuditAction.UPDATE, FeeSchedules.RECORD_TYPE, id, AuditOutcome.FAILURE,
                "import refused: " + reason);
    }
}
