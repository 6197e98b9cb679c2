package org.secondopinion.web.fhir;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.CoverageTier;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.NetworkStatus;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.estimate.entity.PlanKind;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.FeeSchedule;

/** Estimates, coverages and plans as the database would hand them back (with ids), for the FHIR mapping tests. */
final class Estimates {

    static final Instant ISSUED_AT = Instant.parse("2027-02-01T14:30:00Z");
    static final EstimateLine.Provider HOSPITAL = new EstimateLine.Provider("Lakeside General Hospital", "1234567893",
            "12-3456789", "100 Lake Shore Drive, Springfield", "IL");
    static final EstimateLine.Provider SURGEONS = new EstimateLine.Provider("Lakeside Orthopaedic Surgeons",
            "1245319599", "987654321", "100 Lake Shore Drive, Springfield", "IL");

    private Estimates() {
    }

    static PatientCoverage coverage() {
        HealthPlan plan = id(new HealthPlan("Northwind Health", "Gold PPO", PlanKind.COMMERCIAL), 7);
        PatientCoverage coverage = id(new PatientCoverage("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2)), 31);
        coverage.cover(plan, "NW-55501", CoverageTier.FAMILY, LocalDate.of(2027, 1, 1));
        coverage.met(new BigDecimal("400.00"), new BigDecimal("1150.00"), new BigDecimal("400.00"),
                new BigDecimal("1150.00"), LocalDate.of(2027, 1, 20), "billing", ISSUED_AT);
        return coverage;
    }

    /**
     * A workup and two options. Insured, the patient owes the first amount of each line and the plan pays the second;
     * self-pay, the patient owes both.
     */
    static CostEstimate issued(PatientCoverage coverage) {
        FeeSchedule schedule = new FeeSchedule("prices.csv", "0".repeat(64), "key", 10, "billing", ISSUED_AT);
        CostEstimate estimate = id(new CostEstimate("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2), 42L,
                coverage, schedule, "billing", ISSUED_AT), 120);
        number(estimate, 120);
        estimate.describe("Second opinion on knee osteoarthritis", "M17.11, M25.561", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 15), null);
        estimate.add(line(coverage != null, CostEstimate.WORKUP, true, HOSPITAL, ServiceCategory.SECOND_OPINION, "99204", "CPT",
                "Office visit, new patient, 45 minutes", null, LocalDate.of(2027, 2, 15), 1, null, "60.00", "168.00"));
        estimate.add(line(coverage != null, "Knee replacement", false, SURGEONS, ServiceCategory.SURGERY, "27447", "CPT",
                "Total knee arthroplasty", "M17.11", LocalDate.of(2027, 3, 10), 1, "RT", "5540.00", "19260.00"));
        estimate.add(line(coverage != null, "Knee replacement", false, HOSPITAL, ServiceCategory.DRUG_THERAPY, "J1885", "HCPCS",
                "Ketorolac injection, per 15 mg", null, LocalDate.of(2027, 3, 10), 3, null, "10.00", "0.00"));
        estimate.add(line(coverage != null, "Injections and therapy", false, HOSPITAL, ServiceCategory.OTHER, "97110", null,
                "Therapeutic exercise, each 15 minutes", "M17.11 M25.561", LocalDate.of(2027, 2, 26), 8, null,
                "336.00", "0.00"));
        estimate.add(line(coverage != null, "Injections and therapy", false, HOSPITAL, ServiceCategory.OTHER, "470", "MS-DRG",
                "Major joint replacement", null, LocalDate.of(2027, 2, 27), 1, null, "0.00", "0.00"));
        estimate.issue("billing", ISSUED_AT, coverage == null ? LocalDate.of(2027, 2, 4) : null);
        return estimate;
    }

    /** A line as calculated: a self-pay patient owes every charge, an insured one shares it with the plan. */
    private static EstimateLine line(boolean insured, String option, boolean workup, EstimateLine.Provider provider,
                                     ServiceCategory category, String code, String codeType, String description,
                                     String diagnoses, LocalDate date, int units, String modifiers, String owes,
                                     String planPays) {
        EstimateLine line = new EstimateLine(option, workup, provider, category, code, codeType, description,
                diagnoses, date, units, modifiers, NetworkStatus.IN_NETWORK, false, OpinionPurpose.ROUTINE);
        BigDecimal charge = new BigDecimal(owes).add(insured ? BigDecimal.ZERO : new BigDecimal(planPays));
        line.result(charge, charge, charge, insured ? new BigDecimal(planPays) : BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), List.of());
        return line;
    }

    static <T> T id(T entity, long id) {
        return set(entity, "id", id);
    }

    private static void number(CostEstimate estimate, long number) {
        set(estimate, "estimateNumber", number);
    }

    private static <T> T set(T entity, String name, long value) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No field " + name + " on " + entity.getClass().getSimpleName(), e);
        }
    }
}
