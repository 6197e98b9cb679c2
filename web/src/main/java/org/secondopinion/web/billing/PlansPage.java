package org.secondopinion.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.secondopinion.estimate.boundary.CoverageForm;
import org.secondopinion.estimate.boundary.HealthPlans;
import org.secondopinion.estimate.boundary.PlanForm;
import org.secondopinion.estimate.entity.CoverageTier;
import org.secondopinion.estimate.entity.FamilyDeductible;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.estimate.entity.PlanKind;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code billing/plans.xhtml}: payers' plans with their benefit design per service category, and patients'
 * coverage with the amounts met this plan year.
 */
@Named
@ViewScoped
public class PlansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HealthPlans plans;

    @Inject
    PageMessages messages;

    private List<HealthPlan> planList;
    private BillingListModel<HealthPlan> planTable;
    private Long planId;
    private PlanForm plan;
    private String mrn;
    private List<PatientCoverage> coverages;
    private Long coverageId;
    private CoverageForm coverage;

    @PostConstruct
    void load() {
        planList = plans.plans();
        planTable = new BillingListModel<>((first, max, field, descending) -> plans.planPage(first, max,
                "planName".equals(field) ? HealthPlans.Sort.PLAN : HealthPlans.Sort.PAYER, descending),
                () -> plans.planCount(), HealthPlan::getId);
        coverages = plans.coverages(mrn);
    }

    public void newPlan() {
        planId = null;
        plan = PlanForm.blank();
    }

    public void editPlan(long id) {
        planId = id;
        HealthPlan shown = plans.plan(id);
        plan = PlanForm.of(shown, plans.individualDeductible(shown));
    }

    public void savePlan() {
        HealthPlan saved = plans.savePlan(planId, plan);
        messages.info("plans.saved", saved.displayName());
        planId = saved.getId();
        plan = PlanForm.of(saved, plans.individualDeductible(saved));
        load();
    }

    public void search() {
        coverages = plans.coverages(mrn);
    }

    public void newCoverage() {
        coverageId = null;
        coverage = new CoverageForm();
        coverage.setPatientMrn(mrn);
    }

    public void editCoverage(long id) {
        coverageId = id;
        coverage = CoverageForm.of(plans.coverage(id));
    }

    public void saveCoverage() {
        PatientCoverage saved = plans.saveCoverage(coverageId, coverage);
        messages.info("coverage.saved", saved.displayName());
        coverageId = saved.getId();
        coverage = CoverageForm.of(saved);
        search();
    }

    public boolean isMedicare() {
        return plan != null && plan.getKind() == PlanKind.MEDICARE_PART_B;
    }

    public BigDecimal getPartBDeductible() { return plans.partBDeductible(); }
    public PlanKind[] getKinds() { return PlanKind.values(); }
    public FamilyDeductible[] getFamilyKinds() { return FamilyDeductible.values(); }
    public SecondOpinionRule[] getSecondOpinionRules() { return SecondOpinionRule.values(); }
    public CoverageTier[] getTiers() { return CoverageTier.values(); }
    public List<HealthPlan> getPlanList() { return planList; }
    public BillingListModel<HealthPlan> getPlanTable() { return planTable; }
    public PlanForm getPlan() { return plan; }
    public Long getPlanId() { return planId; }
    public String getMrn() { return mrn; }
    public void setMrn(String mrn) { this.mrn = mrn; }
    public List<PatientCoverage> getCoverages() { return coverages; }
    public CoverageForm getCoverage() { return coverage; }
    public Long getCoverageId() { return coverageId; }
}
