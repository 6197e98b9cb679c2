package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondopinion.platform.control.Money;

class BillDisputeTest {

    private static final LocalDate BILLED_ON = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "billed {0} against 1,000.00: {1} above, eligible {2}")
    @CsvSource({
            "1399.99, 399.99, false",
            "1400.00, 400.00, true",
            "1400, 400, true",
            "1400.01, 400.01, true"})
    void allowsADisputeFromFourHundredDollarsAboveTheEstimate(String billed, String excess, boolean eligible) {
        BillDispute dispute = BillDispute.of("Lakeside Orthopedics", Money.of("1000.00"), Money.of(billed), BILLED_ON);

        assertThat(dispute.excess()).isEqualByComparingTo(excess);
        assertThat(dispute.eligible()).isEqualTo(eligible);
    }

    @Test
    void givesOneHundredTwentyCalendarDaysFromTheBillDate() {
        BillDispute dispute = BillDispute.of("Lakeside Orthopedics", Money.of("1000.00"), Money.of("1400.00"), BILLED_ON);

        assertThat(dispute.disputeBy()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(dispute.explanation()).isEqualTo("The bill from Lakeside Orthopedics for $1,400.00 is $400.00 more "
                + "than the estimate of $1,000.00, at least $400.00: the patient may start the patient-provider dispute "
                + "resolution process by Tue 30 Jun 2026, 120 calendar days after the bill date.");
    }

    @Test
    void explainsABillTooCloseToTheEstimate() {
        BillDispute dispute = BillDispute.of("Lakeside Orthopedics", Money.of("1000.00"), Money.of("1399.99"), BILLED_ON);

        assertThat(dispute.explanation()).isEqualTo("The bill from Lakeside Orthopedics for $1,399.99 is $399.99 more "
                + "than the estimate of $1,000.00, less than the $400.00 needed to start the patient-provider dispute "
                + "resolution process.");
    }

    @Test
    void findsNothingToDisputeInABillBelowTheEstimate() {
        BillDispute dispute = BillDispute.of("Lakeside Orthopedics", Money.of("1000.00"), Money.of("900.00"), BILLED_ON);

        assertThat(dispute.eligible()).isFalse();
        assertThat(dispute.excess()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(dispute.explanation()).isEqualTo("The bill from Lakeside Orthopedics for $900.00 is not more than "
                + "the estimate of $1,000.00: there is nothing to dispute.");
    }

    @Test
    void refusesNegativeAmountsAndMissingFacts() {
        assertThatThrownBy(() -> BillDispute.of("Lakeside", Money.of("-1.00"), Money.of("900.00"), BILLED_ON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The estimated and billed amounts cannot be negative.");
        assertThatThrownBy(() -> BillDispute.of(" ", Money.of("1.00"), Money.of("900.00"), BILLED_ON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A bill dispute needs the provider or facility that sent the bill.");
        assertThatThrownBy(() -> BillDispute.of("Lakeside", Money.of("1.00"), Money.of("900.00"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A bill dispute needs the date on the bill.");
        assertThatThrownBy(() -> BillDispute.of("Lakeside", null, Money.of("900.00"), BILLED_ON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A bill dispute needs the estimated and the billed amount.");
    }
}
