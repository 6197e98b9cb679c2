package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.platform.control.Money;

/** The plans, coverage and lines the calculator tests share. */
final class BillingFixtures {

    static final LocalDate PLAN_YEAR_START = LocalDate.of(2026, 1, 1);
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    /** Covered, subject to the deductible, 20% in network and 40% out of network. */
    static final CategoryRule TWENTY_FORTY = CategoryRule.coinsurance(usd("0.20"), usd("0.40"));

    /** An office-visit copay of 40.00 with no deductible and nothing more to pay. */
    static final CategoryRule COPAY_40 =
            CategoryRule.coinsurance(BigDecimal.ZERO, BigDecimal.ZERO).withCopay(usd("40.00")).withoutDeductible();

    private BillingFixtures() {
    }

    static BigDecimal usd(String amount) {
        return Money.of(amount);
    }

    /**
     * "Acme PPO": deductible 1,500.00 individual / 3,000.00 family, out-of-pocket maximum 6,000.00 / 12,000.00,
     * 20% in network and 40% out for everything, second opinions covered.
     */
    static BenefitDesign.Builder acmePpo() {
        return BenefitDesign.builder("Acme PPO")
                .deductible(usd("1500.00"), usd("3000.00"))
                .outOfPocketMax(usd("6000.00"), usd("12000.00"))
                .allCategories(TWENTY_FORTY)
                .secondOpinion(SecondOpinionRule.COVERED);
    }

    static Coverage selfOnly(BenefitDesign plan, String deductibleMet, String outOfPocketMet) {
        return Coverage.insured(plan, CoverageKind.SELF_ONLY, PLAN_YEAR_START,
                Accumulators.individual(usd(deductibleMet), usd(outOfPocketMet)));
    }

    /** Self-only on Acme PPO with the deductible met and nothing toward the out-of-pocket maximum beyond it. */
    static Coverage deductibleMet(BenefitDesign plan) {
        return selfOnly(plan, "1500.00", "1500.00");
    }

    static Accumulators met(String individualDeductible, String familyDeductible, String individualOutOfPocket,
                            String familyOutOfPocket) {
        return new Accumulators(usd(individualDeductible), usd(familyDeductible), usd(individualOutOfPocket),
                usd(familyOutOfPocket));
    }

    static PriceFacts negotiated(String dollar) {
        return PriceFacts.NONE.withNegotiatedDollar(usd(dollar));
    }

    /** An in-network line by "Dr. Rivera" under the option "Surgery" on 2 March 2026. */
    static ServiceLine.Builder line(ServiceCategory category, PriceFacts prices) {
        return ServiceLine.builder()
                .provider("Dr. Rivera")
                .option("Surgery")
                .category(category)
                .on(MARCH_2)
                .prices(prices);
    }
}
