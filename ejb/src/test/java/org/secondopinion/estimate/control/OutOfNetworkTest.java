package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.estimate.control.BillingFixtures.acmePpo;
import static org.secondopinion.estimate.control.BillingFixtures.deductibleMet;
import static org.secondopinion.estimate.control.BillingFixtures.line;
import static org.secondopinion.estimate.control.BillingFixtures.usd;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.PriceFacts;

/**
 * Out-of-network lines on Acme PPO with the deductible met (out-of-pocket met 1,500.00): the plan's
 * out-of-network allowed amount at 40% plus a balance bill, except where the No Surprises Act forbids the
 * balance bill and requires in-network cost sharing (20%). Gross charge 1,200.00, out-of-network allowed 500.00.
 */
class OutOfNetworkTest {

    private static final PriceFacts PRICES = PriceFacts.NONE.withGrossCharge(usd("1200.00"))
            .withOutOfNetworkAllowed(usd("500.00"));

    record Case(String name, ServiceLine.Builder line, boolean covered, String allowed, String coinsurance,
                String balanceBill, String owes, String planPays, String outOfPocketMetAfter, String explained) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // 500 × 40% = 200; balance bill 1,200 − 500 = 700; owes 900; plan 300;
                // only the 200 counts: 1,500 + 200 = 1,700
                new Case("balance billed", line(ServiceCategory.IMAGING, PRICES).outOfNetwork(),
                        true, "500.00", "200.00", "700.00", "900.00", "300.00", "1700.00",
                        "out of network: out-of-network coinsurance, and the provider may balance bill"),
                // emergency: in-network 20% of 500 = 100, no balance bill; plan 400
                new Case("emergency", line(ServiceCategory.FACILITY, PRICES).outOfNetwork().emergency(),
                        true, "500.00", "100.00", "0.00", "100.00", "400.00", "1600.00",
                        "out of network, emergency: the No Surprises Act forbids a balance bill and in-network"
                                + " cost sharing applies"),
                // anesthesiologist out of network at an in-network facility: as the emergency, 100
                new Case("ancillary clinician at an in-network facility", line(ServiceCategory.ANESTHESIA, PRICES)
                        .outOfNetwork().ancillaryAtInNetworkFacility(),
                        true, "500.00", "100.00", "0.00", "100.00", "400.00", "1600.00",
                        "out-of-network ancillary clinician at an in-network facility: the No Surprises Act forbids"
                                + " a balance bill"),
                // protected, but no out-of-network amount: the in-network negotiated 600 × 20% = 120; plan 480
                new Case("emergency without an out-of-network allowed amount", line(ServiceCategory.FACILITY,
                        PriceFacts.NONE.withGrossCharge(usd("1200.00")).withNegotiatedDollar(usd("600.00")))
                        .outOfNetwork().emergency(),
                        true, "600.00", "120.00", "0.00", "120.00", "480.00", "1620.00",
                        "no out-of-network allowed amount: the in-network rate is taken as the recognised amount"),
                // not protected and no out-of-network benefit: not covered, the cash price 900; nothing counts
                new Case("no out-of-network benefit", line(ServiceCategory.IMAGING,
                        PriceFacts.NONE.withGrossCharge(usd("1200.00")).withDiscountedCash(usd("900.00")))
                        .outOfNetwork(),
                        false, "900.00", "0.00", "0.00", "900.00", "0.00", "1500.00",
                        "not covered: out of network, and Acme PPO has no out-of-network allowed amount for it"),
                // in network for comparison: negotiated 450 × 20% = 90; the charge is never billed above it
                new Case("in network", line(ServiceCategory.IMAGING, PRICES.withNegotiatedDollar(usd("450.00"))),
                        true, "450.00", "90.00", "0.00", "90.00", "360.00", "1590.00",
                        "allowed = negotiated dollar amount 450.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sharesTheCostOfAnOutOfNetworkLine(Case c) {
        Estimate estimate = new EstimateCalculator().estimate(deductibleMet(acmePpo().build()),
                List.of(c.line().build()));

        LineResult result = estimate.lines().get(0);
        assertThat(result.covered()).isEqualTo(c.covered());
        assertThat(result.allowed()).isEqualTo(usd(c.allowed()));
        assertThat(result.coinsurance()).as("coinsurance").isEqualTo(usd(c.coinsurance()));
        assertThat(result.balanceBill()).as("balance bill").isEqualTo(usd(c.balanceBill()));
        assertThat(result.patientOwes()).as("patient owes").isEqualTo(usd(c.owes()));
        assertThat(result.planPays()).as("plan pays").isEqualTo(usd(c.planPays()));
        assertThat(estimate.metAfter().individualOutOfPocketMet()).isEqualTo(usd(c.outOfPocketMetAfter()));
        assertThat(String.join("\n", result.explanation())).contains(c.explained());
    }
}
