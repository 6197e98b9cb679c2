package org.secondopinion.estimate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.estimate.control.Coverage;
import org.secondopinion.estimate.control.EstimateCalculator;
import org.secondopinion.estimate.control.GoodFaithEstimateDeadline;
import org.secondopinion.estimate.control.OptionComparison;
import org.secondopinion.estimate.control.ServiceLine;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.CoverageTier;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.estimate.entity.FamilyDeductible;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.NetworkStatus;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.estimate.entity.PlanCategory;
import org.secondopinion.estimate.entity.PlanKind;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.boundary.DemoFeeSchedule;
import org.secondopinion.feeschedule.boundary.PriceLookup;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.platform.boundary.JobLeases;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.Money;

/**
 * With {@code secondopinion.demo.seed=true} and no plans yet: the project's own small price file of Lakeside
 * General Hospital (CPT numbers with plain descriptions written for the project), two commercial plans and
 * Original Medicare Part B, coverage for two of the demo patients (the third is uninsured), and six issued self-pay
 * estimates with their final bills for the accuracy page.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class DemoBilling {

    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    FileStore store;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "secondopinion.demo.seed", defaultValue = "false")
    boolean seedDemoData;

    @PostConstruct
    void seed() {
        if (!seedDemoData) {
            return;
        }
        leases.alone(JobLeases.FIRST_START);
        if (em.createQuery("SELECT COUNT(p) FROM HealthPlan p", Long.class).getSingleResult() > 0) {
            return;
        }
        FeeSchedule lakeside = DemoFeeSchedule.imported(em, store, clock);
        HealthPlan northwind = plan("Northwind Health", "Northwind Gold PPO", "1500.00", "3000.00",
                FamilyDeductible.EMBEDDED, "6000.00", "12000.00", SecondOpinionRule.COVERED, List.of(
                        copay(ServiceCategory.OFFICE_VISIT, "30.00"),
                        copay(ServiceCategory.SECOND_OPINION, "60.00"),
                        coinsurance(ServiceCategory.RECORD_REVIEW, "20", "40"),
                        coinsurance(ServiceCategory.IMAGING, "20", "40"),
                        coinsurance(ServiceCategory.PATHOLOGY, "20", "40"),
                        coinsurance(ServiceCategory.SURGERY, "20", "40"),
                        coinsurance(ServiceCategory.ANESTHESIA, "20", "40"),
                        coinsurance(ServiceCategory.DRUG_THERAPY, "20", "40"),
                        coinsurance(ServiceCategory.RADIATION, "20", "40"),
                        copay(ServiceCategory.MONITORING, "30.00"),
                        coinsurance(ServiceCategory.FACILITY, "20", "40"),
                        coinsurance(ServiceCategory.OTHER, "20", "40")));
        plan("Cedar Mutual", "Cedar Silver HMO", "3500.00", "7000.00", FamilyDeductible.AGGREGATE, "8700.00",
                "17400.00", SecondOpinionRule.NOT_COVERED, List.of(
                        copay(ServiceCategory.OFFICE_VISIT, "45.00"),
                        coinsurance(ServiceCategory.IMAGING, "30", "50"),
                        coinsurance(ServiceCategory.PATHOLOGY, "30", "50"),
                        coinsurance(ServiceCategory.SURGERY, "30", "50"),
                        coinsurance(ServiceCategory.ANESTHESIA, "30", "50"),
                        coinsurance(ServiceCategory.DRUG_THERAPY, "30", "50"),
                        copay(ServiceCategory.MONITORING, "45.00"),
                        coinsurance(ServiceCategory.FACILITY, "30", "50"),
                        coinsurance(ServiceCategory.OTHER, "30", "50")));
        HealthPlan medicare = new HealthPlan("Medicare", "Medicare Part B", PlanKind.MEDICARE_PART_B);
        medicare.design(BigDecimal.ZERO.setScale(2), null, FamilyDeductible.EMBEDDED, null, null,
                SecondOpinionRule.MEDICARE_PART_B, new BigDecimal("50"), List.of(), SYSTEM, Instant.now(clock));
        em.persist(medicare);

        LocalDate yearStart = LocalDate.of(LocalDate.now(clock).getYear(), 1, 1);
        coverage("MRN-100234", "Ingrid Solberg", LocalDate.of(1961, 3, 14), medicare, CoverageTier.SELF_ONLY,
                yearStart, "283.00", "0.00", "0.00", "0.00");
        coverage("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2), northwind, CoverageTier.FAMILY,
                yearStart, "400.00", "1150.00", "400.00", "1150.00");
        billedEstimates(lakeside);
        em.flush();
        audit.recordAs(SYSTEM, AuditAction.CREATE, HealthPlans.PLAN, "demo", AuditOutcome.SUCCESS,
                "demo billing data: Lakeside price file, Northwind Gold PPO, Cedar Silver HMO, Medicare Part B,"
                        + " coverage for MRN-100234 and MRN-100871, six issued self-pay estimates with final bills");
    }

    private static final EstimateLine.Provider LAKESIDE = new EstimateLine.Provider("Lakeside General Hospital",
            "1427051135", "36-4455667", "100 Lake Shore Drive, Springfield", "IL");

    /**
     * Six self-pay estimates of recent months, issued, each with the hospital's final bill some dollars away from
     * the cash price the estimate said, so that the accuracy page has something to show. Knee (99204, cash 250.00):
     * 270.00 (20 off, ≤ 27.00: both), 770.00 (520 off: neither). Brain MRI (70553, cash 1,750.00): 1,600.00 (150
     * off, ≤ 160.00: both), 2,130.00 (380 off, > 213.00: within $400 only). Slides (88321, cash 155.00): 155.00
     * (both), 190.00 (35 off, > 19.00: within $400 only). All: within $400 5 of 6 = 83.3%, within 10% 3 of 6 = 50.0%.
     */
    private void billedEstimates(FeeSchedule schedule) {
        LocalDate today = LocalDate.now(clock);
        billedEstimate(schedule, "MRN-200311", "Rosa Whitaker", LocalDate.of(1958, 6, 21),
                "Second opinion on knee osteoarthritis", "99204", ServiceCategory.SECOND_OPINION, today.minusDays(80), "20.00");
        billedEstimate(schedule, "MRN-200312", "Omar Haddad", LocalDate.of(1966, 11, 3),
                "Second opinion on knee osteoarthritis", "99204", ServiceCategory.SECOND_OPINION, today.minusDays(45), "520.00");
        billedEstimate(schedule, "MRN-200313", "Lucia Ferraro", LocalDate.of(1972, 2, 14),
                "Second reading of a brain MRI", "70553", ServiceCategory.IMAGING, today.minusDays(60), "-150.00");
        billedEstimate(schedule, "MRN-200314", "Kenji Watanabe", LocalDate.of(1949, 8, 30),
                "Second reading of a brain MRI", "70553", ServiceCategory.IMAGING, today.minusDays(30), "380.00");
        billedEstimate(schedule, "MRN-200315", "Grace Obi", LocalDate.of(1983, 4, 9),
                "Second review of pathology slides", "88321", ServiceCategory.PATHOLOGY, today.minusDays(50), "0.00");
        billedEstimate(schedule, "MRN-200316", "Henrik Dahl", LocalDate.of(1955, 12, 1),
                "Second review of pathology slides", "88321", ServiceCategory.PATHOLOGY, today.minusDays(20), "35.00");
    }

    /** A self-pay estimate of one workup line at the hospital's cash price, issued, and billed {@code off} away. */
    private void billedEstimate(FeeSchedule schedule, String mrn, String name, LocalDate born, String service,
                                String code, ServiceCategory category, LocalDate servedOn, String off) {
        PriceLookup.Found found = DemoFeeSchedule.cashPrice(em, schedule, code);
        Instant at = Instant.now(clock);
        CostEstimate estimate = new CostEstimate(mrn, name, born, null, null, schedule, SYSTEM, at);
        LocalDate scheduledOn = servedOn.minusDays(14);
        estimate.describe(service, null, scheduledOn, servedOn, null);
        em.persist(estimate);
        estimate.numberedAfterPersist();
        EstimateLine line = new EstimateLine(CostEstimate.WORKUP, true, LAKESIDE, category, code, found.codeType(),
                found.description(), null, servedOn, found.unitsPriced(1), null, NetworkStatus.IN_NETWORK, false,
                OpinionPurpose.ROUTINE);
        line.priced(found.prices(), found.explanation(1));
        estimate.add(line);
        OptionComparison.compare(new EstimateCalculator(), Coverage.selfPay(), CostEstimate.WORKUP,
                List.of(ServiceLine.of(line))).lines().get(0).keepIn(line);
        estimate.issue(SYSTEM, at, GoodFaithEstimateDeadline.of(scheduledOn, servedOn).dueBy());
        estimate.billed(LAKESIDE.name(), null, servedOn.plusDays(14),
                line.getPatientOwes().add(new BigDecimal(off)).max(Money.ZERO), SYSTEM, at);
    }

    private HealthPlan plan(String payer, String name, String deductible, String familyDeductible,
                            FamilyDeductible kind, String outOfPocket, String familyOutOfPocket,
                            SecondOpinionRule secondOpinion, List<PlanCategory> categories) {
        HealthPlan plan = new HealthPlan(payer, name, PlanKind.COMMERCIAL);
        plan.design(new BigDecimal(deductible), new BigDecimal(familyDeductible), kind, new BigDecimal(outOfPocket),
                new BigDecimal(familyOutOfPocket), secondOpinion, new BigDecimal("50"), categories, SYSTEM,
                Instant.now(clock));
        em.persist(plan);
        return plan;
    }

    /** A copay, no deductible, nothing after the out-of-pocket maximum. */
    private static PlanCategory copay(ServiceCategory category, String copay) {
        return new PlanCategory(category, true, new BigDecimal(copay), BigDecimal.ZERO, new BigDecimal("40"), false,
                false, false, false);
    }

    /** After the deductible, coinsurance in and out of network. */
    private static PlanCategory coinsurance(ServiceCategory category, String inNetwork, String outOfNetwork) {
        return new PlanCategory(category, true, BigDecimal.ZERO.setScale(2), new BigDecimal(inNetwork),
                new BigDecimal(outOfNetwork), true, false, false, false);
    }

    private void coverage(String mrn, String name, LocalDate born, HealthPlan plan, CoverageTier tier,
                          LocalDate yearStart, String deductibleMet, String familyDeductibleMet, String outOfPocketMet,
                          String familyOutOfPocketMet) {
        PatientCoverage coverage = new PatientCoverage(mrn, name, born);
        coverage.cover(plan, "DEMO-" + mrn.substring(4), tier, yearStart);
        coverage.met(new BigDecimal(deductibleMet), new BigDecimal(familyDeductibleMet), new BigDecimal(outOfPocketMet),
                new BigDecimal(familyOutOfPocketMet), LocalDate.now(clock), SYSTEM, Instant.now(clock));
        em.persist(coverage);
    }
}
