package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondopinion.platform.control.Money;

class EstimateAccuracyTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @ParameterizedTest(name = "estimated {0}, billed {1}: within $400 {2}, within 10% {3}")
    @CsvSource({
            // |1,400.00 − 1,000.00| = 400.00 ≤ 400.00: within; 10% of 1,400.00 = 140.00 < 400.00: not
            "1000.00, 1400.00, true, false",
            // |1,400.01 − 1,000.00| = 400.01 > 400.00: not; 10% of 1,400.01 = 140.001 < 400.01: not
            "1000.00, 1400.01, false, false",
            // under the estimate counts the same: |600.00 − 1,000.00| = 400.00: within; 10% of 600 = 60: not
            "1000.00, 600.00, true, false",
            // |599.99 − 1,000.00| = 400.01: not
            "1000.00, 599.99, false, false",
            // exactly 10%: |5,000.00 − 4,500.00| = 500.00 = 10% of 5,000.00: within 10%; 500 > 400: not within $400
            "4500.00, 5000.00, false, true",
            // |5,000.00 − 4,499.99| = 500.01 > 500.00: not within 10%
            "4499.99, 5000.00, false, false",
            // 10% of the bill, not of the estimate: |5,000.00 − 5,500.00| = 500.00 ≤ 10% of 5,000.00 = 500.00
            "5500.00, 5000.00, false, true",
            // |5,000.00 − 5,500.01| = 500.01 > 500.00
            "5500.01, 5000.00, false, false",
            // small bills: |110.00 − 100.00| = 10.00 ≤ 11.00 and ≤ 400
            "100.00, 110.00, true, true",
            // |220.00 − 100.00| = 120.00 ≤ 400 but > 22.00
            "100.00, 220.00, true, false",
            // a bill of 0 with an estimate of 0: gap 0 ≤ 0
            "0.00, 0.00, true, true",
            // a bill of 0 against 50.00: gap 50 ≤ 400, but 10% of 0 = 0 < 50
            "50.00, 0.00, true, false",
            // an estimate of 0 against 300.00: gap 300 ≤ 400; 10% of 300 = 30 < 300
            "0.00, 300.00, true, false",
            // exact to the cent, scale does not matter: 1,400 (scale 0) against 1,000.00
            "1000.00, 1400, true, false"})
    void countsABillWithinFourHundredDollarsAndWithinTenPercentBoundariesIncluded(String estimated, String billed,
                                                                                   boolean dollars, boolean percent) {
        var comparison = new EstimateAccuracy.Comparison("Knee", Money.of(estimated), Money.of(billed));

        assertThat(comparison.withinDollars()).as("within $400").isEqualTo(dollars);
        assertThat(comparison.withinPercent()).as("within 10%").isEqualTo(percent);
    }

    /**
     * Knee (4 bills): 1,400 v 1,000 ($ yes, % no); 5,000 v 4,500 ($ no, % yes); 1,100 v 1,050 (gap 50: both);
     * 3,000 v 2,000 (neither) → $: 2 of 4 = 50.0%, %: 2 of 4 = 50.0%.
     * Pathology review (3 bills): 260 v 250 (gap 10: both); 0 v 0 (both); 900 v 400 (gap 500: neither)
     * → $: 2 of 3 = 66.666… = 66.7%, %: 2 of 3 = 66.7%.
     * Overall: $: 4 of 7 = 57.142… = 57.1%; %: 4 of 7 = 57.1%.
     */
    @Test
    void countsEachServiceAndAllOfThemWithSharesToOneDecimal() {
        var summary = EstimateAccuracy.of(FROM, TO, List.of(
                comparison("Knee replacement", "1000.00", "1400.00"),
                comparison("Pathology review", "250.00", "260.00"),
                comparison("Knee replacement", "4500.00", "5000.00"),
                comparison("  Pathology   review ", "0.00", "0.00"),
                comparison("Knee replacement", "1050.00", "1100.00"),
                comparison("Pathology review", "400.00", "900.00"),
                comparison("Knee replacement", "2000.00", "3000.00")));

        assertThat(summary.overall()).isEqualTo(new EstimateAccuracy.Share(null, 7, 4, 4));
        assertThat(summary.overall().withinDollarsPercent()).isEqualByComparingTo("57.1");
        assertThat(summary.overall().withinPercentPercent()).isEqualByComparingTo("57.1");
        assertThat(summary.byService()).containsExactly(
                new EstimateAccuracy.Share("Knee replacement", 4, 2, 2),
                new EstimateAccuracy.Share("Pathology review", 3, 2, 2));
        assertThat(summary.byService().get(0).withinDollarsPercent()).isEqualByComparingTo("50.0");
        assertThat(summary.byService().get(1).withinDollarsPercent()).isEqualByComparingTo("66.7");
    }

    @ParameterizedTest(name = "{0} of {1} = {2}%")
    @CsvSource({
            "1, 3, 33.3",   // 33.333…
            "2, 3, 66.7",   // 66.666… rounds up
            "1, 8, 12.5",   // exact
            "1, 16, 6.3",   // 6.25 half up
            "839, 1000, 83.9",
            "0, 5, 0.0",
            "5, 5, 100.0"})
    void roundsSharesHalfUpToOneDecimal(int part, int whole, String percent) {
        assertThat(EstimateAccuracy.percent(part, whole)).isEqualByComparingTo(percent);
    }

    @Test
    void hasNoShareWhenNothingWasBilledInThePeriod() {
        var summary = EstimateAccuracy.of(FROM, TO, List.of());

        assertThat(summary.overall().compared()).isZero();
        assertThat(summary.overall().withinDollarsPercent()).isNull();
        assertThat(summary.overall().withinPercentPercent()).isNull();
        assertThat(summary.byService()).isEmpty();
    }

    @Test
    void refusesAReversedPeriodAndNegativeOrMissingAmounts() {
        assertThatThrownBy(() -> EstimateAccuracy.of(TO, FROM, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comparison("Knee", "-1.00", "10.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EstimateAccuracy.Comparison("Knee", null, Money.of("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comparison(" ", "1.00", "1.00")).isInstanceOf(IllegalArgumentException.class);
    }

    private static EstimateAccuracy.Comparison comparison(String service, String estimated, String billed) {
        return new EstimateAccuracy.Comparison(service, Money.of(estimated), Money.of(billed));
    }
}
