package org.secondopinion.web.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.control.OutcomeFigures;
import org.secondopinion.referral.entity.OpinionOutcome;

class DashboardPageTest {

    @Test
    void periodRunsFromTheStartOfTheFirstUtcDayToTheStartOfTheDayAfterTheLast() {
        LocalDate day = LocalDate.of(2025, 3, 30);

        assertThat(DashboardPage.startOf(day)).isEqualTo(Instant.parse("2025-03-30T00:00:00Z"));
        assertThat(DashboardPage.endOf(day)).isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
    }

    @Test
    void anEmptyPeriodShowsDashesForEveryRate() {
        var rates = DashboardPage.periodRates(new OutcomeFigures.Figures(0, null, null, null, null, null));

        assertThat(DashboardPage.OUTCOMES).allSatisfy(outcome ->
                assertThat(DashboardPage.percent(rates.get(outcome))).isEqualTo("—"));
    }

    @Test
    void showsThePublishedRatesBesideEachOutcomeAndADashWhereASourceGivesNone() {
        assertThat(DashboardPage.percent(DashboardPage.MAYO.get(OpinionOutcome.DIAGNOSIS_CHANGED))).isEqualTo("21%");
        assertThat(DashboardPage.percent(DashboardPage.MAYO.get(OpinionOutcome.TREATMENT_CHANGED))).isEqualTo("—");
        assertThat(DashboardPage.percent(DashboardPage.BEST_DOCTORS.get(OpinionOutcome.TREATMENT_CHANGED)))
                .isEqualTo("37.4%");
        assertThat(DashboardPage.percent(DashboardPage.BEST_DOCTORS.get(OpinionOutcome.CONFIRMED))).isEqualTo("—");
    }

    @Test
    void periodRatesFollowTheFigures() {
        var rates = DashboardPage.periodRates(new OutcomeFigures.Figures(3, new BigDecimal("4.5"),
                new BigDecimal("33.3"), new BigDecimal("0.0"), new BigDecimal("66.7"), new BigDecimal("100.0")));

        assertThat(DashboardPage.percent(rates.get(OpinionOutcome.CONFIRMED))).isEqualTo("33.3%");
        assertThat(DashboardPage.percent(rates.get(OpinionOutcome.DIAGNOSIS_REFINED))).isEqualTo("0.0%");
        assertThat(DashboardPage.percent(rates.get(OpinionOutcome.TREATMENT_CHANGED))).isEqualTo("100.0%");
    }
}
