package org.secondopinion.feeschedule.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.FeeScheduleIssue;
import org.secondopinion.feeschedule.entity.FeeScheduleStatus;
import org.secondopinion.feeschedule.entity.ScheduledCharge;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Fee schedules (BILLING): a hospital's price file is received (streamed to storage with its
 * SHA-256), then read in the background into a new version of the fee schedule; the page
 * follows the progress and shows the report with every rejected row.
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class FeeSchedules {

    static final String RECORD_TYPE = "FeeSchedule";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FileStore store;

    @Inject
    AuditLog audit;

    @Inject
    Event<ImportRequested> importRequested;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "secondopinion.price-files.max-mb", defaultValue = "20480")
    long maxMegabytes;

    /** Receives a price file and starts its import once this transaction has committed. */
    public FeeSchedule receive(@Size(max = 255, message = "File name is at most 255 characters.") @PlainText("File name") String fileName, InputStream content) {
        String name = fileName == null || fileName.isBlank() ? "price-file" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        FileStore.Stored stored = store.store(content, maxMegabytes * 1024 * 1024);
        FeeSchedule schedule = new FeeSchedule(name, stored.sha256(), stored.key(), stored.size(),
                session.getCallerPrincipal().getName(), Instant.now(clock));
        em.persist(schedule);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, schedule.getId(), "received price file '" + name + "', "
                + stored.size() + " bytes, SHA-256 " + stored.sha256() + "; import started");
        importRequested.fire(new ImportRequested(schedule.getId()));
        return schedule;
    }

    public List<FeeSchedule> list() {
        return em.createNamedQuery(FeeSchedule.FIND_ALL, FeeSchedule.class).setMaxResults(200).getResultList();
    }

    /** The orders the price-file history is sorted in; each has an index (V40). */
    public enum Sort {
        STARTED(" ORDER BY f.startedAt%1$s, f.id%1$s"),
        FILE(" ORDER BY f.fileName%1$s, f.id%1$s");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** One page of the price files received, newest first by default. */
    public ListPage<FeeSchedule> page(int first, int max, Sort sort, boolean descending) {
        ListPage.check(first, max);
        List<FeeSchedule> rows = em.createQuery("SELECT f FROM FeeSchedule f"
                        + (sort == null ? Sort.STARTED : sort).orderBy.formatted(descending ? " DESC" : " ASC"),
                FeeSchedule.class).setFirstResult(first).setMaxResults(max).getResultList();
        long count = count();
        return new ListPage<>(rows, Math.min(count, ListPage.COUNT_CAP), count > ListPage.COUNT_CAP);
    }

    /** How many price files there are, counted up to the cap (+1 meaning "more"). */
    public long count() {
        return em.createQuery("SELECT f.id FROM FeeSchedule f", Long.class).setMaxResults(ListPage.COUNT_CAP + 1)
                .getResultList().size();
    }

    public FeeSchedule find(long id) {
        FeeSchedule schedule = em.find(FeeSchedule.class, id);
        if (schedule == null) {
            throw new RecordNotFound("Fee schedule", id);
        }
        em.refresh(schedule);
        return schedule;
    }

    public List<FeeScheduleIssue> issues(long id, int first, int max) {
        find(id);
        if (max < 1 || max > 500) {
            throw new RuleViolation("max", "A page holds 1 to 500 issues.");
        }
        return em.createNamedQuery(FeeScheduleIssue.FIND_BY_SCHEDULE, FeeScheduleIssue.class)
                .setParameter("schedule", id).setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    }

    /** The charges of a schedule under one code (for example 99204), every payer and plan. */
    public List<ScheduledCharge> charges(long id, String code) {
        return charges(id, code, 0, ListPage.MAX_PAGE);
    }

    /** One page of the charges of a schedule under one code, by payer and plan. */
    public List<ScheduledCharge> charges(long id, String code, int first, int max) {
        ListPage.check(first, max);
        find(id);
        if (code == null || code.isBlank()) {
            throw new RuleViolation("code", "Give the code to look up, for example 99204.");
        }
        return em.createNamedQuery(ScheduledCharge.FIND_BY_CODE, ScheduledCharge.class)
                .setParameter("schedule", id).setParameter("code", code.trim()).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /**
     * A schedule an estimate may be priced from: its import has finished.
     *
     * @throws RuleViolation on the field feeScheduleId when there is no such schedule or it is not ready
     */
    public FeeSchedule ready(long id) {
        FeeSchedule schedule = em.find(FeeSchedule.class, id);
        if (schedule == null) {
            throw new RuleViolation("feeScheduleId", "There is no fee schedule " + id + ".");
        }
        if (schedule.getStatus() != FeeScheduleStatus.READY) {
            throw new RuleViolation("feeScheduleId", "Fee schedule " + schedule.getFileName() + " is "
                    + schedule.getStatus().name().toLowerCase() + ", not ready for estimates.");
        }
        return schedule;
    }

    /** Whether the schedule has a row of the code, for an estimate's optional line. Not audited: no patient. */
    public boolean lists(long feeScheduleId, String code) {
        return !chargesOf(feeScheduleId, code).isEmpty();
    }

    /**
     * The prices of a code for a patient's payer and plan (both null: self-pay), as {@link PriceLookup} finds them
     * among the schedule's rows of the code and, for a patient with modifiers, its modifier rows.
     *
     * @throws RuleViolation on the field code, saying why, when no row of the code has a price for the patient
     */
    public PriceLookup.Found price(FeeSchedule schedule, String code, String modifiers, String payer, String plan) {
        List<ScheduledCharge> rows = chargesOf(schedule.getId(), code);
        boolean unmodified = modifiers == null || modifiers.isBlank();
        PriceLookup.Found found = PriceLookup.find(rows, unmodified || payer == null ? List.of()
                : modifierAdjustments(schedule.getId()), modifiers, payer, plan);
        if (found == null) {
            throw new RuleViolation("code", "The fee schedule " + schedule.getFileName() + " "
                    + PriceLookup.whyNoPrice(rows, code + (unmodified ? "" : " with modifiers " + modifiers), payer,
                    plan) + ".");
        }
        return found;
    }

    private List<ScheduledCharge> chargesOf(long feeScheduleId, String code) {
        return em.createNamedQuery(ScheduledCharge.FIND_BY_CODE, ScheduledCharge.class)
                .setParameter("schedule", feeScheduleId).setParameter("code", code).setMaxResults(500)
                .getResultList();
    }

    /** The schedule's modifier rows (no code: "50 = 150% for this plan"). */
    private List<ScheduledCharge> modifierAdjustments(long feeScheduleId) {
        return em.createNamedQuery(ScheduledCharge.FIND_MODIFIER_ADJUSTMENTS, ScheduledCharge.class)
                .setParameter("schedule", feeScheduleId).setMaxResults(2000).getResultList();
    }

    /** A price file's import may start: fired inside the receiving transaction, observed after it commits. */
    public record ImportRequested(long feeScheduleId) {
    }
}
