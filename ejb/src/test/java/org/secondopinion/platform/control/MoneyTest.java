package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = ';', value = {
            "0; 0.00",
            "7.5; 7.50",
            "999.99; 999.99",
            "1200; 1,200.00",
            "1234567.89; 1,234,567.89",
            "21474836.47; 21,474,836.47",
            "21474836.48; 21,474,836.48",
            "123456789012345678.00; 123,456,789,012,345,678.00",
            "771.60625; 771.60625",
            "750.0000; 750.00",
            "-1200.50; -1,200.50"})
    void writesAmountsWithCentsAndGrouping(String amount, String written) {
        assertThat(Money.format(new BigDecimal(amount))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = ';', value = {"0.2; 20%", "0.20; 20%", "0.625; 62.5%", "1.50; 150%", "0; 0%", "0.035; 3.5%"})
    void writesRatesAsPercentages(String rate, String written) {
        assertThat(Money.percentOfRate(new BigDecimal(rate))).isEqualTo(written);
    }

    @Test
    void readsAmountsFromText() {
        assertThat(Money.of(" 1200.50 ")).isEqualTo(new BigDecimal("1200.50"));
    }

    @Test
    void refusesTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.of("1,200.00")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1,200.00");
    }

    @Test
    void roundsToCentsWithTheModeGiven() {
        assertThat(Money.cents(new BigDecimal("100.625"), RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("100.63"));
        assertThat(Money.cents(new BigDecimal("100.625"), RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("100.62"));
    }
}
