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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.estimate.entity.CoverageTier;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.estimate.entity.PlanCategory;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;

/**
 * Payers' plans with their benefit design, and patients' coverage with the amounts met this plan year (BILLING).
 * Original Medicare Part B's deductible is the year's figure from configuration
 * ({@code secondopinion.medicare.part-b-deductible.<year>}, else {@code secondopinion.medicare.part-b-deductible}),
 * not stored with the plan.
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class HealthPlans {

    static final String PLAN = "HealthPlan";
    static final String COVERAGE = "PatientCoverage";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** The Part B deductible when no figure is configured for the year (2026: $283.00). */
    public static final String PART_B_DEDUCTIBLE = "secondopinion.medicare.part-b-deductible";

    @Inject
    @ConfigProperty(name = PART_B_DEDUCTIBLE, defaultValue = "283.00")
    BigDecimal partBDeductible;

    @Inject
    Config config;

    public List<HealthPlan> plans() {
        return em.createNamedQuery(HealthPlan.FIND_ALL, HealthPlan.class).getResultList();
    }

    /** The orders the plan list is sorted in; each has an index (the unique key, and V40). */
    public enum Sort {
        PAYER(" ORDER BY p.payerName%1$s, p.planName%1$s"),
        PLAN(" ORDER BY p.planName%1$s, p.id%1$s");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** One page of the plans, by payer and plan name by default. */
    public ListPage<HealthPlan> planPage(int first, int max, Sort sort, boolean descending) {
        ListPage.check(first, max);
        List<HealthPlan> rows = em.createQuery("SELECT p FROM HealthPlan p"
                        + (sort == null ? Sort.PAYER : sort).orderBy.formatted(descending ? " DESC" : " ASC"),
                HealthPlan.class).setFirstResult(first).setMaxResults(max).getResultList();
        long count = planCount();
        return new ListPage<>(rows, Math.min(count, ListPage.COUNT_CAP), count > ListPage.COUNT_CAP);
    }

    /** How many plans there are, counted up to the cap (+1 meaning "more"). */
    public long planCount() {
        return em.createQuery("SELECT p.id FROM HealthPlan p", Long.class).setMaxResults(ListPage.COUNT_CAP + 1)
                .getResultList().size();
    }

    public HealthPlan plan(long id) {
        HealthPlan plan = em.find(HealthPlan.class, id);
        if (plan == null) {
            throw new RecordNotFound("Plan", id);
        }
        return plan;
    }

    /** This year's Part B deductible, as configured. */
    public BigDecimal partBDeductible() {
        return partBDeductible(LocalDate.now(clock).getYear());
    }

    /** The Part B deductible of a calendar year: {@code ...part-b-deductible.<year>} if set, else the standing one. */
    public BigDecimal partBDeductible(int year) {
        // config is null only where a plain test builds the facade by hand
        return config == null ? partBDeductible
                : config.getOptionalValue(PART_B_DEDUCTIBLE + "." + year, BigDecimal.class).orElse(partBDeductible);
    }

    /** The plan's individual deductible as people read it: for Original Medicare Part B, this year's figure. */
    public BigDecimal individualDeductible(HealthPlan plan) {
        return plan.isMedicare() ? partBDeductible() : plan.getIndividualDeductible();
    }

    /** Adds a plan (id null) or changes one, refusing a stale edit. */
    public HealthPlan savePlan(Long id, @NotNull @Valid PlanForm form) {
        check(form);
        HealthPlan plan;
        boolean created = id == null;
        String payer = form.getPayerName().strip();
        String name = form.getPlanName().strip();
        List<HealthPlan> same = em.createNamedQuery(HealthPlan.FIND_BY_NAME, HealthPlan.class)
                .setParameter("payer", payer).setParameter("plan", name).getResultList();
        if (!same.isEmpty() && (created || !same.get(0).getId().equals(id))) {
            throw new RuleViolation("planName", payer + " already has a plan named " + name + ".");
        }
        if (created) {
            plan = new HealthPlan(payer, name, form.getKind());
        } else {
            plan = plan(id);
            if (plan.getVersion() != form.getVersion()) {
                throw new StaleEdit(PLAN, plan.displayName());
            }
            if (plan.getKind() != form.getKind()) {
                throw new RuleViolation("kind", "A plan's kind cannot change; add a new plan instead.");
            }
            plan.renamed(payer, name);
        }
        List<PlanCategory> categories = form.getCategories().stream().map(CategoryForm::toCategory).toList();
        plan.design(form.getIndividualDeductible(), form.getFamilyDeductible(), form.getFamilyDeductibleKind(),
                form.getIndividualOutOfPocketMax(), form.getFamilyOutOfPocketMax(), form.getSecondOpinionRule(),
                form.getAdditionalProcedurePercent(), categories, caller(), Instant.now(clock));
        if (created) {
            em.persist(plan);
        }
        em.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, PLAN, plan.getId(),
                (created ? "added plan " : "changed plan ") + plan.displayName() + ": " + summary(plan));
        return plan;
    }

    private static void check(PlanForm form) {
        Set<ServiceCategory> seen = EnumSet.noneOf(ServiceCategory.class);
        for (CategoryForm category : form.getCategories()) {
            if (!seen.add(category.getCategory())) {
                throw new RuleViolation("categories", category.getCategory().label() + " is listed twice.");
            }
        }
        if (form.getFamilyOutOfPocketMax() != null && form.getIndividualOutOfPocketMax() == null) {
            throw new RuleViolation("individualOutOfPocketMax",
                    "A plan with a family out-of-pocket maximum needs the individual one too.");
        }
        if (form.getFamilyDeductible() != null
                && form.getFamilyDeductible().compareTo(form.getIndividualDeductible()) < 0) {
            throw new RuleViolation("familyDeductible", "The family deductible cannot be less than the individual one.");
        }
        if (form.getIndividualOutOfPocketMax() != null
                && form.getIndividualOutOfPocketMax().compareTo(form.getIndividualDeductible()) < 0) {
            throw new RuleViolation("individualOutOfPocketMax",
                    "The out-of-pocket maximum cannot be less than the deductible.");
        }
    }

    private static String summary(HealthPlan plan) {
        if (plan.isMedicare()) {
            return "Original Medicare Part B (deductible from configuration, then 20%)";
        }
        return "deductible " + plan.getIndividualDeductible() + " / " + plan.getFamilyDeductible() + " "
                + plan.getFamilyDeductibleKind() + ", out-of-pocket max " + plan.getIndividualOutOfPocketMax() + " / "
                + plan.getFamilyOutOfPocketMax() + ", second opinion " + plan.getSecondOpinionRule() + ", "
                + plan.getCategories().stream().filter(PlanCategory::isCovered).count() + " categories covered";
    }

    /** Coverage records; with an MRN, that patient's only. Reading patients' coverage is audited. */
    public List<PatientCoverage> coverages(String mrn) {
        List<PatientCoverage> found = mrn == null || mrn.isBlank()
                ? em.createNamedQuery(PatientCoverage.FIND_ALL, PatientCoverage.class).setMaxResults(500).getResultList()
                : em.createNamedQuery(PatientCoverage.FIND_BY_MRN, PatientCoverage.class)
                .setParameter("mrn", mrn.strip()).getResultList();
        audit.record(AuditAction.READ, COVERAGE, mrn == null || mrn.isBlank() ? "*" : mrn.strip(),
                "listed " + found.size() + " coverage records");
        return found;
    }

    public PatientCoverage coverage(long id) {
        PatientCoverage coverage = em.find(PatientCoverage.class, id);
        if (coverage == null) {
            throw new RecordNotFound("Coverage", id);
        }
        return coverage;
    }

    /**
     * One patient's coverage records for an exchange with another system (FHIR {@code Coverage}): billing staff and
     * coordinators (who check a referred patient's insurance) may read them; each record read is audited.
     */
    @RolesAllowed({Role.Names.BILLING, Role.Names.COORDINATOR})
    public List<PatientCoverage> coveragesOfPatient(String mrn) {
        if (mrn == null || mrn.isBlank()) {
            throw new RuleViolation("patientMrn", "Name the patient whose coverage is wanted.");
        }
        List<PatientCoverage> found = em.createNamedQuery(PatientCoverage.FIND_BY_MRN, PatientCoverage.class)
                .setParameter("mrn", mrn.strip()).getResultList();
        for (PatientCoverage coverage : found) {
            audit.record(AuditAction.READ, COVERAGE, coverage.getId(), "read the coverage of patient "
                    + coverage.getPatientMrn() + " on " + coverage.getPlan().displayName() + " (exchange)");
        }
        return found;
    }

    /** One coverage record for an exchange with another system, audited; as {@link #coveragesOfPatient}. */
    @RolesAllowed({Role.Names.BILLING, Role.Names.COORDINATOR})
    public PatientCoverage readCoverage(long id) {
        PatientCoverage coverage = coverage(id);
        audit.record(AuditAction.READ, COVERAGE, coverage.getId(), "read the coverage of patient "
                + coverage.getPatientMrn() + " on " + coverage.getPlan().displayName() + " (exchange)");
        return coverage;
    }

    /** Adds a patient's coverage (id null) or changes it, with the amounts met as of a date. */
    public PatientCoverage saveCoverage(Long id, @NotNull @Valid CoverageForm form) {
        HealthPlan plan = em.find(HealthPlan.class, form.getPlanId());
        if (plan == null) {
            throw new RuleViolation("planId", "There is no plan " + form.getPlanId() + ".");
        }
        if (form.getTier() == CoverageTier.FAMILY && (plan.isMedicare() || plan.getFamilyDeductible() == null)) {
            throw new RuleViolation("tier", plan.displayName() + " has no family tier.");
        }
        if (form.getMetAsOf().isBefore(form.getPlanYearStart())) {
            throw new RuleViolation("metAsOf", "The amounts met are counted from the plan year start "
                    + form.getPlanYearStart() + ".");
        }
        if (form.getTier() == CoverageTier.FAMILY
                && (form.getFamilyDeductibleMet().compareTo(form.getIndividualDeductibleMet()) < 0
                || form.getFamilyOutOfPocketMet().compareTo(form.getIndividualOutOfPocketMet()) < 0)) {
            throw new RuleViolation("familyDeductibleMet",
                    "The family amounts met include the patient's, so they cannot be less.");
        }
        boolean created = id == null;
        PatientCoverage coverage;
        if (created) {
            coverage = new PatientCoverage(form.getPatientMrn().strip(), form.getPatientName().strip(),
                    form.getPatientBirthDate());
        } else {
            coverage = coverage(id);
            if (coverage.getVersion() != form.getVersion()) {
                throw new StaleEdit(COVERAGE, coverage.getPatientName());
            }
            if (!coverage.getPatientMrn().equals(form.getPatientMrn().strip())) {
                throw new RuleViolation("patientMrn", "A coverage record stays with its patient; add a new one.");
            }
            coverage.renamed(form.getPatientName().strip(), form.getPatientBirthDate());
        }
        coverage.cover(plan, form.getMemberId(), form.getTier(), form.getPlanYearStart());
        coverage.met(form.getIndividualDeductibleMet(), form.getFamilyDeductibleMet(),
                form.getIndividualOutOfPocketMet(), form.getFamilyOutOfPocketMet(), form.getMetAsOf(), caller(),
                Instant.now(clock));
        if (created) {
            em.persist(coverage);
        }
        em.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, COVERAGE, coverage.getId(),
                "patient " + coverage.getPatientMrn() + " on " + plan.displayName() + ", plan year from "
                        + coverage.getPlanYearStart() + "; met as of " + coverage.getMetAsOf() + ": deductible "
                        + coverage.getIndividualDeductibleMet() + " / " + coverage.getFamilyDeductibleMet()
                        + ", out of pocket " + coverage.getIndividualOutOfPocketMet() + " / "
                        + coverage.getFamilyOutOfPocketMet());
        return coverage;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
