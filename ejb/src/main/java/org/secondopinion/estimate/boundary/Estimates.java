package org.secondopinion.estimate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.boundary.FeeSchedules;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.boundary.ReferralPricing;

/**
 * Patients' cost estimates (BILLING): listed, opened for a patient or from a referral, and described. The lines of
 * a draft are {@link EstimateLines}, issuing and revising {@link EstimateIssues}, final bills and accuracy
 * {@link FinalBills}: an estimate's whole story, one user action per call.
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class Estimates {

    static final String RECORD_TYPE = EstimateDrafts.RECORD_TYPE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReferralPricing referralPricing;

    @Inject
    AuditLog audit;

    @Inject
    FeeSchedules feeSchedules;

    @Inject
    HealthPlans plans;

    @Resource
    SessionContext session;

    public List<CostEstimate> list(String mrn) {
        return mrn == null || mrn.isBlank() ? page(null, 0, 200, EstimateSort.CREATED, true).rows()
                : page(mrn, 0, ListPage.MAX_PAGE, EstimateSort.NUMBER, true).rows();
    }

    /** One page of the estimates, newest first by default; with an MRN, that patient's only. Audited. */
    public ListPage<CostEstimate> page(String mrn, int first, int max, EstimateSort sort, boolean descending) {
        ListPage.check(first, max);
        String patient = mrn == null || mrn.isBlank() ? null : mrn.strip();
        jakarta.persistence.TypedQuery<CostEstimate> rows = em.createQuery("SELECT e FROM CostEstimate e"
                + (patient == null ? "" : " WHERE e.patientMrn = :mrn")
                + (sort == null ? EstimateSort.CREATED : sort).orderBy(descending), CostEstimate.class)
                .setFirstResult(first).setMaxResults(max);
        if (patient != null) {
            rows.setParameter("mrn", patient);
        }
        List<CostEstimate> found = rows.getResultList();
        long count = count(patient);
        audit.record(AuditAction.READ, RECORD_TYPE, patient == null ? "*" : patient,
                "listed " + found.size() + " estimates from row " + first);
        return new ListPage<>(found, Math.min(count, ListPage.COUNT_CAP), count > ListPage.COUNT_CAP);
    }

    /** How many estimates match, counted up to the cap (+1 meaning "more"); no patient data, not audited. */
    public long count(String mrn) {
        String patient = mrn == null || mrn.isBlank() ? null : mrn.strip();
        jakarta.persistence.TypedQuery<Long> ids = em.createQuery("SELECT e.id FROM CostEstimate e"
                + (patient == null ? "" : " WHERE e.patientMrn = :mrn"), Long.class)
                .setMaxResults(ListPage.COUNT_CAP + 1);
        if (patient != null) {
            ids.setParameter("mrn", patient);
        }
        return ids.getResultList().size();
    }

    public CostEstimate find(long id) {
        return EstimateDrafts.find(em, id);
    }

    /** Opens a case's estimate: reading it is audited, since it names the patient. */
    public CostEstimate open(long id) {
        CostEstimate estimate = find(id);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed estimate " + estimate.reference());
        return estimate;
    }

    public List<CostEstimate> versions(long id) {
        return em.createNamedQuery(CostEstimate.FIND_VERSIONS, CostEstimate.class)
                .setParameter("number", find(id).getEstimateNumber()).getResultList();
    }

    /** A new draft estimate for a patient. */
    public CostEstimate create(@NotNull @Valid EstimateForm form) {
        PatientCoverage coverage = coverageOf(form);
        FeeSchedule schedule = feeSchedules.ready(form.getFeeScheduleId());
        checkDates(form);
        if (form.getReferralId() != null && !referralPricing.exists(form.getReferralId())) {
            throw new RuleViolation("referralId", "There is no referral " + form.getReferralId() + ".");
        }
        CostEstimate estimate = new CostEstimate(form.getPatientMrn().strip(), form.getPatientName().strip(),
                form.getPatientBirthDate(), form.getReferralId(), coverage, schedule, caller(), Instant.now(clock));
        estimate.describe(form.getPrimaryService().strip(), normaliseCodes(form.getDiagnosisCodes()),
                form.getScheduledOn(), form.getServiceDate(), form.getSeparatelyScheduled());
        em.persist(estimate);
        estimate.numberedAfterPersist();
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, estimate.getId(), "opened estimate " + estimate.reference()
                + " for patient " + estimate.getPatientMrn() + (coverage == null ? ", self-pay (Good Faith Estimate)"
                : ", " + coverage.getPlan().displayName())
                + (form.getReferralId() == null ? "" : ", from referral " + form.getReferralId()));
        return estimate;
    }

    /**
     * A new draft from a referral: the patient, the coded diagnosis and the kind of treatment come from the case
     * through the referral component's {@link ReferralPricing} (the minimum necessary: no reason, questions,
     * records or opinion), and the workup's consultation with the case's specialist (or the hospital while none is
     * matched) is added when the fee schedule prices it. Medicare's purpose follows the treatment: before surgery
     * it covers the opinion.
     */
    public CostEstimate fromReferral(long referralId, Long coverageId, long feeScheduleId, LocalDate scheduledOn) {
        ReferralPricing.PricingFacts referral = referralPricing.facts(referralId);
        EstimateForm form = new EstimateForm();
        form.setPatientMrn(referral.patientMrn());
        form.setPatientName(referral.patientName());
        form.setPatientBirthDate(referral.patientBirthDate());
        form.setReferralId(referralId);
        form.setCoverageId(coverageId);
        form.setFeeScheduleId(feeScheduleId);
        form.setPrimaryService(referral.primaryService());
        form.setDiagnosisCodes(referral.diagnosisCode());
        form.setScheduledOn(scheduledOn == null ? LocalDate.now(clock) : scheduledOn);
        CostEstimate estimate = create(form);
        FeeSchedule schedule = estimate.getFeeSchedule();
        if (feeSchedules.lists(schedule.getId(), CONSULTATION)) {
            LineForm line = new LineForm();
            line.setVersion(estimate.getVersion());
            line.setWorkup(true);
            line.setProviderName(referral.specialistName() == null ? schedule.getHospitalName()
                    : referral.specialistName());
            line.setProviderNpi(referral.specialistNpi());
            line.setCategory(ServiceCategory.SECOND_OPINION);
            line.setCode(CONSULTATION);
            line.setDiagnosisCodes(referral.diagnosisCode());
            line.setServiceDate(form.getScheduledOn());
            line.setPurpose(referral.beforeSurgery()
                    ? OpinionPurpose.BEFORE_NON_EMERGENCY_SURGERY : OpinionPurpose.ROUTINE);
            estimate = new LinePricing(em, feeSchedules, plans, clock, audit).addLine(estimate.getId(), line);
        }
        return estimate;
    }

    /** The consultation a second opinion starts with: a new patient's longer office visit. */
    static final String CONSULTATION = "99204";

    /** Changes a draft's description. */
    public CostEstimate describe(long id, @NotNull @Valid EstimateForm form) {
        CostEstimate estimate = EstimateDrafts.draft(em, id, form.getVersion());
        checkDates(form);
        estimate.describe(form.getPrimaryService().strip(), normaliseCodes(form.getDiagnosisCodes()),
                form.getScheduledOn(), form.getServiceDate(), form.getSeparatelyScheduled());
        EstimateDrafts.touch(em, estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "described estimate " + estimate.reference() + ": "
                + estimate.getPrimaryService() + ", scheduled on " + estimate.getScheduledOn() + " for "
                + estimate.getServiceDate());
        return estimate;
    }

    private PatientCoverage coverageOf(EstimateForm form) {
        if (form.getCoverageId() == null) {
            return null;
        }
        PatientCoverage coverage = em.find(PatientCoverage.class, form.getCoverageId());
        if (coverage == null) {
            throw new RuleViolation("coverageId", "There is no coverage " + form.getCoverageId() + ".");
        }
        if (!coverage.getPatientMrn().equals(form.getPatientMrn().strip())) {
            throw new RuleViolation("coverageId", "Coverage " + form.getCoverageId() + " belongs to another patient.");
        }
        return coverage;
    }

    private static void checkDates(EstimateForm form) {
        if (form.getServiceDate() != null && form.getServiceDate().isBefore(form.getScheduledOn())) {
            throw new RuleViolation("serviceDate", "The service cannot be before the day it was scheduled ("
                    + form.getScheduledOn() + ").");
        }
    }

    static String normaliseCodes(String codes) {
        if (EstimateDrafts.blank(codes)) {
            return null;
        }
        return String.join(", ", codes.strip().toUpperCase().split("[,\\s]+"));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
