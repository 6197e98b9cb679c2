package org.secondopinion.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.legal.boundary.Reviews;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.control.WorkItem;
import org.secondopinion.referral.entity.FirstOpinion;
import org.secondopinion.referral.entity.Patient;
import org.secondopinion.referral.entity.PatientDecision;
import org.secondopinion.referral.entity.RecordState;
import org.secondopinion.referral.entity.RecordType;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;

/**
 * Referrals from intake to the patient's decision: taking a request in, the workflow
 * steps, the records checklist, and the worklists. Each method is one transaction and
 * leaves an audit entry; which cases a caller may touch is decided by {@link CaseAccess}.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class Referrals {

    /** Worklists count matching rows up to this many, then say "more than". */
    public static final int COUNT_CAP = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    Reviews reviews;

    @Inject
    AuditLog audit;

    @Inject
    PatientRegister patients;

    @Inject
    @ConfigProperty(name = "secondopinion.turnaround.days", defaultValue = "7")
    int turnaroundDays;

    public Referral takeIn(@NotNull @Valid IntakeForm form) {
        String mrn = form.getPatientMrn() == null ? "" : form.getPatientMrn().trim();
        // one patient's intakes one after the other: a second sent at the same moment waits here until this one
        // commits, and then finds it as a possible duplicate
        boolean registered = patients.lockForIntake(mrn);
        List<Long> open = openDuplicates(mrn, form.getDiagnosisCode(), null);
        if (!open.isEmpty() && !form.isConfirmedNotDuplicate()) {
            throw new PossibleDuplicate(open);
        }
        Patient patient = new Patient(form.getPatientName(), form.getPatientBirthDate(), form.getPatientSex(),
                form.getPatientMrn(), form.getPatientContact(), form.getPatientLanguage());
        Referral referral = new Referral(patient,
                new FirstOpinion(form.getFirstPhysicianName(), form.getFirstPhysicianId(), form.getFirstOrganisationName(),
                        form.getFirstOrganisationId(), form.getFirstNetworkId(), form.getFirstOpinionDate(),
                        form.getDiagnosisCode(), form.getDiagnosisText(), form.getTreatmentKind(), form.getTreatmentText()),
                form.getRequestedSpecialty(), form.getRequestedSubSpecialty(), form.getReason(), form.getUrgency(),
                form.isConsent(), form.getStandardQuestions(), form.getOwnQuestions(), access.caller(), Instant.now(clock));
        referral.keepProviderNumbers(form.getFirstPhysicianNpi(), form.getFirstOrganisationNpi());
        referral.keepCoverage(form.getCoveragePayor(), form.getCoveragePlan(), form.getCoverageMemberId());
        if (!open.isEmpty()) {
            referral.flagPossibleDuplicateOf(open.get(0));
        }
        em.persist(referral);
        em.flush();
        // the register takes the patient as the referral keeps them (trimmed, defaults applied); a patient new to
        // it is inserted here, and of two intakes of one new patient at the same moment the second is refused as a
        // conflict to send again (it then finds the first as a possible duplicate)
        patients.recordIntake(new Patient(referral.getPatientName(), referral.getPatientBirthDate(),
                referral.getPatientSex(), referral.getPatientMrn(), referral.getPatientContact(),
                referral.getPatientLanguage()));
        if (!registered && open.isEmpty() && !form.isConfirmedNotDuplicate()) {
            // new to the register a moment ago: another intake of this patient may have registered them since
            // (and committed), after the check above; the register's entry is now locked, so look again
            List<Long> since = openDuplicates(mrn, form.getDiagnosisCode(), referral.getId());
            if (!since.isEmpty()) {
                throw new PossibleDuplicate(since);
            }
        }
        audit.record(AuditAction.CREATE, CaseAccess.RECORD_TYPE, referral.getId(), "took in " + referral.reference()
                + " for " + referral.getRequestedSpecialty() + (open.isEmpty() ? ""
                : "; confirmed separate from open case " + open));
        return referral;
    }

    /** The open cases of this patient for this diagnosis, but the one given (being taken in). */
    private List<Long> openDuplicates(String mrn, String diagnosisCode, Long except) {
        return em.createNamedQuery(Referral.FIND_OPEN_DUPLICATES, Long.class)
                .setParameter("mrn", mrn)
                .setParameter("code", normalisedCode(diagnosisCode))
                .setParameter("open", ReferralStatus.open()).getResultList().stream()
                .filter(id -> !id.equals(except)).toList();
    }

    private static String normalisedCode(String code) {
        try {
            return org.secondopinion.referral.entity.DiagnosisCode.normalise("diagnosisCode", code);
        } catch (RuleViolation invalid) {
            return "";
        }
    }

    /** The whole case for its page: questions, checklist, steps, opinion, follow-ups. Audited as a read. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public Referral open(long id) {
        Referral referral = access.open(id);
        loadParts(referral);
        audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, id, "opened " + referral.reference());
        return referral;
    }

    static void loadParts(Referral referral) {
        referral.getQuestions().size();
        referral.getRecords().size();
        referral.getSteps().size();
        referral.getAddenda().size();
        referral.getAlternatives().size();
    }

    /** A step of the workflow. Specialists may take only their own steps, on cases assigned to them. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public Referral take(long id, long version, @NotNull WorkflowStep step, @Size(max = 2000, message = "Reason is at most 2000 characters.") @PlainText(value = "Reason", multiLine = true) String reason) {
        Referral referral = step.coordinatorOnly() ? access.changeAsCoordinator(id, version)
                : access.callerIsCoordinator() ? access.change(id, version)
                : access.changeAsAssignedSpecialist(id, version);
        String by = access.caller();
        Instant now = Instant.now(clock);
        ReferralStatus before = referral.getStatus();
        switch (step) {
            case START_RECORDS -> referral.startRecordCollection(by, now, reason);
            case REJECT -> referral.reject(by, now, reason);
            case COMPLETE_RECORDS -> referral.completeRecords(by, now, Duration.ofDays(turnaroundDays));
            case ACCEPT -> referral.accept(by, now);
            case DECLINE -> referral.decline(by, now, reason);
            case START_REVIEW -> referral.startReview(by, now);
            case RESUME_REVIEW -> referral.resumeReview(by, now, reason);
            case CLOSE -> referral.close(by, now);
            case CANCEL -> referral.cancel(by, now, reason);
        }
        em.flush();
        audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, id, step + ": " + before + " -> "
                + referral.getStatus() + (reason == null || reason.isBlank() ? "" : " (" + cut(reason) + ")"));
        loadParts(referral);
        return referral;
    }

    /** The assigned specialist asks for more records or repeat diagnostics. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public Referral requestInformation(long id, long version, RecordType type, @Size(max = 1000, message = "What is needed is at most 1000 characters.") @PlainText(value = "What is needed", multiLine = true) String what) {
        Referral referral = access.changeAsAssignedSpecialist(id, version);
        referral.requestInformation(type, what, access.caller(), Instant.now(clock));
        em.flush();
        audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, id, "asked for more information: " + cut(what));
        loadParts(referral);
        return referral;
    }

    public Referral markRecord(long id, long version, long recordId, RecordState state, @DateWithin(value = "Received on", from = "1950-01-01") java.time.LocalDate on,
                               @Size(max = 200, message = "Source is at most 200 characters.") @PlainText("Source") String source, @Size(max = 1000, message = "Note is at most 1000 characters.") @PlainText(value = "Note", multiLine = true) String note) {
        Referral referral = access.changeAsCoordinator(id, version);
        referral.markRecord(recordId, state, on, source, note);
        em.flush();
        audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, id, "record " + referral.record(recordId).getType()
                + " marked " + state);
        loadParts(referral);
        return referral;
    }

    public Referral recordDecision(long id, long version, PatientDecision decision, @Size(max = 2000, message = "Note is at most 2000 characters.") @PlainText(value = "Note", multiLine = true) String note, boolean close) {
        Referral referral = access.changeAsCoordinator(id, version);
        referral.recordDecision(decision, note, access.caller(), Instant.now(clock));
        if (close) {
            referral.close(access.caller(), Instant.now(clock));
        }
        em.flush();
        audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, id, "patient decision " + decision
                + (close ? "; case closed" : ""));
        loadParts(referral);
        return referral;
    }

    /** The coordinator's queue: every case, filtered and sorted, one bounded page at a time. */
    public Page<Referral> worklist(@NotNull WorklistQuery query, int first, int max) {
        Page<Referral> page = find(query, first, max);
        audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, null, "worklist page " + (first / Math.max(1, max) + 1)
                + ": " + page.rows().size() + " cases shown");
        return page;
    }

    /** The specialist's own cases only, whatever filter they send. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public Page<Referral> myCases(@NotNull WorklistQuery query, int first, int max) {
        if (!restrictToCaller(query)) {
            return new Page<>(List.of(), 0, false);
        }
        Page<Referral> page = find(query, first, max);
        audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, null, "my cases: " + page.rows().size() + " shown");
        return page;
    }

    /** How many cases match, counted up to {@link #COUNT_CAP} (+1 meaning "more"); no patient data, not audited. */
    public long count(@NotNull WorklistQuery query) {
        return countIds(query);
    }

    @RolesAllowed(Role.Names.SPECIALIST)
    public long countMine(@NotNull WorklistQuery query) {
        return restrictToCaller(query) ? countIds(query) : 0;
    }

    private boolean restrictToCaller(WorklistQuery query) {
        Practitioner me = access.callerAsPractitioner().orElseThrow(() ->
                new AccessRefused("Your user name is not linked to a practitioner in the directory; ask a coordinator."));
        query.setSpecialistId(me.getId());
        if (query.getStatuses().isEmpty()) {
            query.setStatuses(ReferralStatus.assignedToSpecialist());
            return true;
        }
        java.util.Set<ReferralStatus> allowed = java.util.EnumSet.copyOf(query.getStatuses());
        allowed.retainAll(ReferralStatus.assignedToSpecialist());
        query.setStatuses(allowed);
        return !allowed.isEmpty();
    }

    private Page<Referral> find(WorklistQuery query, int first, int max) {
        if (first < 0 || max < 1 || max > 200) {
            throw new RuleViolation("max", "A page holds 1 to 200 cases.");
        }
        if (first > COUNT_CAP) {
            throw new RuleViolation("first", "Pages go up to case " + COUNT_CAP + "; narrow the filters to see further.");
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        String direction = query.isDescending() ? " DESC" : " ASC";
        String nulls = query.isDescending() ? " NULLS FIRST" : " NULLS LAST";
        String order = switch (query.getSort()) {
            case DUE -> " ORDER BY r.dueAt" + direction + nulls + ", r.id" + direction;
            case CREATED -> " ORDER BY r.createdAt" + direction + ", r.id" + direction;
            case STATUS -> " ORDER BY r.status" + direction + ", r.createdAt" + direction + ", r.id" + direction;
        };
        TypedQuery<Referral> rows = em.createQuery("SELECT r FROM Referral r" + where + order, Referral.class)
                .setFirstResult(first).setMaxResults(max);
        parameters.forEach(rows::setParameter);
        List<Referral> found = rows.getResultList();
        long count = countIds(query);
        return new Page<>(found, Math.min(count, COUNT_CAP), count > COUNT_CAP);
    }

    private long countIds(WorklistQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> ids = em.createQuery("SELECT r.id FROM Referral r" + where(query, parameters), Long.class)
                .setMaxResults(COUNT_CAP + 1);
        parameters.forEach(ids::setParameter);
        return ids.getResultList().size();
    }

    private static String where(WorklistQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!query.getStatuses().isEmpty()) {
            where.append(" AND r.status IN :statuses");
            parameters.put("statuses", query.getStatuses());
        }
        if (query.getSpecialty() != null) {
            where.append(" AND r.requestedSpecialty = :specialty");
            parameters.put("specialty", query.getSpecialty());
        }
        if (query.getOverdue() != null) {
            // by the escalation time, not the boolean: EclipseLink writes boolean comparisons as 1/0 on H2,
            // which H2 2.x refuses to compare with a BOOLEAN column
            where.append(query.getOverdue() ? " AND r.escalatedAt IS NOT NULL" : " AND r.escalatedAt IS NULL");
        }
        if (query.getSpecialistId() != null) {
            where.append(" AND r.specialist.id = :specialist");
            parameters.put("specialist", query.getSpecialistId());
        }
        return where.toString();
    }

    /**
     * What waits on the signed-in specialist, due first: offers to answer, reviews due, information they asked for
     * that has come in, follow-up questions; and the malpractice reviews they are the assigned reviewer of.
     */
    @RolesAllowed(Role.Names.SPECIALIST)
    public List<WorkItem> myWork() {
        List<WorkItem> work = new ArrayList<>();
        access.callerAsPractitioner().ifPresent(me -> {
            List<Referral> mine = em.createQuery("SELECT r FROM Referral r WHERE r.specialist.id = :me"
                    + " AND r.status IN :waiting ORDER BY r.dueAt, r.id", Referral.class)
                    .setParameter("me", me.getId())
                    .setParameter("waiting", EnumSet.of(ReferralStatus.OFFERED, ReferralStatus.ACCEPTED,
                            ReferralStatus.IN_REVIEW, ReferralStatus.INFO_REQUESTED, ReferralStatus.OPINION_DELIVERED,
                            ReferralStatus.DECISION_RECORDED))
                    .setMaxResults(COUNT_CAP).getResultList();
            for (Referral referral : mine) {
                boolean outstanding = referral.getRecords().stream()
                        .anyMatch(record -> record.isRequestedBySpecialist() && record.isOutstanding());
                boolean followUpOpen = referral.getAddenda().stream().anyMatch(addendum -> !addendum.isAnswered());
                WorkItem.waitingOnSpecialist(referral.getStatus(), outstanding, followUpOpen).ifPresent(kind ->
                        work.add(new WorkItem(kind, referral.getId(), referral.reference(), referral.getPatientName(),
                                kind == WorkItem.Kind.REVIEW || kind == WorkItem.Kind.INFORMATION_ANSWERED
                                        ? referral.getDueAt() : null)));
            }
        });
        for (Reviews.AssignedReview review : reviews.assignedToCaller(COUNT_CAP)) {
            work.add(new WorkItem(WorkItem.Kind.LEGAL_REVIEW, review.caseId(), review.reference(),
                    review.claimantName(), null));
        }
        audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, null, "my work: " + work.size() + " waiting");
        return WorkItem.inDueOrder(work);
    }

    /** The specialties asked for so far, for the worklist's filter. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<String> specialties() {
        return em.createQuery("SELECT DISTINCT s.field FROM Practitioner p JOIN p.specialties s ORDER BY s.field",
                String.class).getResultList();
    }

    public int turnaroundDays() {
        return turnaroundDays;
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
