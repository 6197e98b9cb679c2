package org.secondopinion.estimate.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.secondopinion.estimate.control.Accumulators;
import org.secondopinion.estimate.control.BenefitDesign;
import org.secondopinion.estimate.control.CategoryRule;
import org.secondopinion.estimate.control.Coverage;
import org.secondopinion.estimate.control.CoverageKind;
import org.secondopinion.estimate.control.Estimate;
import org.secondopinion.estimate.control.EstimateCalculator;
import org.secondopinion.estimate.control.ServiceLine;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.platform.control.Money;

/**
 * Ten-line estimates per second on one thread: a family plan with amounts already met,
 * the second-opinion workup and a surgery option, every price basis (negotiated dollar,
 * percentage, algorithm range, out-of-network with balance billing), a bilateral modifier
 * and a multiple-procedure reduction, and a plan-year split; explanations included.
 * Target: 50,000 per second on one core. Run: {@code ./mvnw -Pbenchmark -pl ejb verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CalculatorBenchmark {

    private final EstimateCalculator calculator = new EstimateCalculator();
    private Coverage coverage;
    private List<ServiceLine> lines;

    @Setup
    public void prepare() {
        BenefitDesign plan = BenefitDesign.builder("Bench PPO")
                .deductible(Money.of("1500.00"), Money.of("3000.00"))
                .outOfPocketMax(Money.of("6000.00"), Money.of("12000.00"))
                .allCategories(CategoryRule.coinsurance(Money.of("0.20"), Money.of("0.40")))
                .category(ServiceCategory.OFFICE_VISIT, CategoryRule.coinsurance(BigDecimal.ZERO, BigDecimal.ZERO)
                        .withCopay(Money.of("40.00")).withoutDeductible())
                .secondOpinion(SecondOpinionRule.COVERED)
                .build();
        coverage = Coverage.insured(plan, CoverageKind.FAMILY_EMBEDDED, LocalDate.of(2026, 1, 1),
                new Accumulators(Money.of("400.00"), Money.of("900.00"), Money.of("650.00"), Money.of("1400.00")));
        LocalDate visit = LocalDate.of(2026, 11, 3);
        LocalDate surgery = LocalDate.of(2027, 1, 12);
        lines = new ArrayList<>();
        lines.add(line("Second-opinion workup", ServiceCategory.SECOND_OPINION, "99204", visit,
                PriceFacts.NONE.withGrossCharge(Money.of("410.00")).withNegotiatedDollar(Money.of("212.40")))
                .purpose(OpinionPurpose.BEFORE_NON_EMERGENCY_SURGERY).build());
        lines.add(line("Second-opinion workup", ServiceCategory.RECORD_REVIEW, "99358", visit,
                PriceFacts.NONE.withGrossCharge(Money.of("260.00")).withNegotiatedPercentage(Money.of("55.5"))
                        .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES)).build());
        lines.add(line("Second-opinion workup", ServiceCategory.IMAGING, "72148", visit,
                PriceFacts.NONE.withGrossCharge(Money.of("2100.00"))
                        .withAlgorithm(Money.of("780.00"), Money.of("610.00"), Money.of("1040.00"))).build());
        lines.add(line("Second-opinion workup", ServiceCategory.PATHOLOGY, "88321", visit,
                PriceFacts.NONE.withGrossCharge(Money.of("330.00")).withNegotiatedDollar(Money.of("145.00"))).build());
        lines.add(line("Second-opinion workup", ServiceCategory.OFFICE_VISIT, "99214", visit,
                PriceFacts.NONE.withGrossCharge(Money.of("250.00")).withNegotiatedDollar(Money.of("131.00"))).build());
        lines.add(line("Surgery", ServiceCategory.SURGERY, "63047", surgery,
                PriceFacts.NONE.withGrossCharge(Money.of("18400.00")).withNegotiatedPercentage(Money.of("48.0"))
                        .withMethodology(Methodology.PERCENT_OF_TOTAL_BILLED_CHARGES))
                .multipleProcedure().build());
        lines.add(line("Surgery", ServiceCategory.SURGERY, "63048", surgery,
                PriceFacts.NONE.withGrossCharge(Money.of("6200.00")).withNegotiatedDollar(Money.of("2480.00")))
                .multipleProcedure().modifiers("50").build());
        lines.add(line("Surgery", ServiceCategory.ANESTHESIA, "00630", surgery,
                PriceFacts.NONE.withGrossCharge(Money.of("3100.00")).withOutOfNetworkAllowed(Money.of("1200.00")))
                .outOfNetwork().ancillaryAtInNetworkFacility().build());
        lines.add(line("Surgery", ServiceCategory.FACILITY, "0360", surgery,
                PriceFacts.NONE.withGrossCharge(Money.of("22000.00")).withNegotiatedDollar(Money.of("9800.00"))).build());
        lines.add(line("Surgery", ServiceCategory.IMAGING, "72100", surgery,
                PriceFacts.NONE.withGrossCharge(Money.of("420.00")).withOutOfNetworkAllowed(Money.of("150.00")))
                .outOfNetwork().units(2).build());
    }

    private static ServiceLine.Builder line(String option, ServiceCategory category, String code, LocalDate on,
                                            PriceFacts prices) {
        return ServiceLine.builder().provider("St. Brigid University Hospital").option(option).category(category)
                .code(code, "CPT").description("line " + code).on(on).prices(prices);
    }

    @Benchmark
    public Estimate tenLineEstimate() {
        return calculator.estimate(coverage, lines);
    }
}
