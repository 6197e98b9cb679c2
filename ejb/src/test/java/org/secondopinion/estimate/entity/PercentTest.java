package org.secondopinion.estimate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondopinion.estimate.control.CategoryRule;
import org.secondopinion.platform.entity.RuleViolation;

/** One convention for rates: percent 0–100 everywhere people or the database see them, fractions only inside. */
class PercentTest {

    @ParameterizedTest(name = "{0}% → {1}, shown {2}")
    @CsvSource({
            // percent, fraction (percent ÷ 100), as shown
            "0,       0,      0%",
            "20,      0.2,    20%",     // 20 ÷ 100 = 0.2
            "20.000,  0.2,    20%",     // the database's scale 3 does not change it
            "12.5,    0.125,  12.5%",   // 12.5 ÷ 100 = 0.125
            "0.5,     0.005,  0.5%",    // half a percent, not 50%
            "100,     1,      100%"})
    void convertsPercentToTheCalculatorsFraction(String percent, String fraction, String shown) {
        Percent rate = new Percent(new BigDecimal(percent));

        assertThat(rate.fraction()).isEqualByComparingTo(fraction);
        assertThat(rate).hasToString(shown);
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource({"-0.001, 'In-network coinsurance is 0 to 100 percent, not -0.001.'",
            "100.001, 'In-network coinsurance is 0 to 100 percent, not 100.001.'",
            "120,     'In-network coinsurance is 0 to 100 percent, not 120.'"})
    void refusesAPercentOutsideZeroToHundredNamingTheField(String percent, String message) {
        assertThatThrownBy(() -> Percent.of("inNetworkCoinsurance", "In-network coinsurance", new BigDecimal(percent)))
                .isInstanceOf(RuleViolation.class).hasMessage(message)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("inNetworkCoinsurance");
    }

    @Test
    void refusesAMissingPercent() {
        assertThatThrownBy(() -> Percent.of("outOfNetworkCoinsurance", "Out-of-network coinsurance", null))
                .isInstanceOf(RuleViolation.class).hasMessage("Out-of-network coinsurance is 0 to 100 percent.");
    }

    @Test
    void aPlanCategoryRefusesAFractionMistakenForAPercentOnlyWhenOutOfRange() {
        // 0.2 is read as 0.2% (a valid, if unlikely, rate); 120 cannot be a percent at all
        PlanCategory tiny = new PlanCategory(ServiceCategory.SURGERY, true, BigDecimal.ZERO, new BigDecimal("0.2"),
                new BigDecimal("40"), true, false, false, false);
        assertThat(CategoryRule.of(tiny).inNetworkCoinsurance()).isEqualByComparingTo("0.002");
        assertThatThrownBy(() -> new PlanCategory(ServiceCategory.SURGERY, true, BigDecimal.ZERO,
                new BigDecimal("20"), new BigDecimal("120"), true, false, false, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Out-of-network coinsurance is 0 to 100");
    }
}
