package org.secondopinion.directory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secondopinion.platform.entity.RuleViolation;

class NpiTest {

    @Test
    void acceptsTheCheckDigitOf1234567893() {
        assertThat(Npi.valid("1234567893")).isTrue();
        assertThat(Npi.normalise(" 1234567893 ")).isEqualTo("1234567893");
    }

    @Test
    void refuses1234567890ForItsCheckDigit() {
        assertThat(Npi.valid("1234567890")).isFalse();
        assertThatThrownBy(() -> Npi.normalise("1234567890"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("npi");
                    assertThat(v.getMessage()).contains("check digit");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678a3", "123-456-78", "123456789", "12345678930", "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF13"})
    void refusesAnythingButTenDigits(String npi) {
        assertThatThrownBy(() -> Npi.normalise(npi))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("npi");
                    assertThat(v.getMessage()).contains("ten digits");
                });
    }

    @Test
    void takesNoNpiAsNone() {
        assertThat(Npi.normalise(null)).isNull();
        assertThat(Npi.normalise("  ")).isNull();
    }
}
