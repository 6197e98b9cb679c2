package org.secondopinion.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BatesNumberTest {

    @Test
    void padsTheNumberWithZerosAfterThePrefix() {
        assertThat(BatesNumber.format("LGH-", 123, 6)).isEqualTo("LGH-000123");
        assertThat(BatesNumber.format("DEF_", 1, 4)).isEqualTo("DEF_0001");
        assertThat(BatesNumber.format("X", 999_999_999_999L, 12)).isEqualTo("X999999999999");
    }

    @Test
    void readsANumberBack() {
        BatesNumber number = BatesNumber.parse("LGH-000123");

        assertThat(number).isEqualTo(new BatesNumber("LGH-", 123, 6));
        assertThat(number.toString()).isEqualTo("LGH-000123");
        assertThat(BatesNumber.parse("A1B0042")).isEqualTo(new BatesNumber("A1B", 42, 4));
    }

    @Test
    void refusesANumberBeyondTheWidth() {
        assertThat(BatesNumber.format("LGH-", 9999, 4)).isEqualTo("LGH-9999");
        assertThatThrownBy(() -> BatesNumber.format("LGH-", 10_000, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number 10000 does not fit in 4 digits; the largest is 9999.");
    }

    @Test
    void refusesWidthsOutsideFourToTwelve() {
        assertThatThrownBy(() -> BatesNumber.format("LGH-", 1, 3))
                .hasMessage("A Bates number has 4 to 12 digits, not 3.");
        assertThatThrownBy(() -> BatesNumber.format("LGH-", 1, 13))
                .hasMessage("A Bates number has 4 to 12 digits, not 13.");
    }

    @Test
    void refusesNumbersBelowOne() {
        assertThatThrownBy(() -> BatesNumber.format("LGH-", 0, 6)).hasMessage("Bates numbers start at 1, not 0.");
    }

    @Test
    void refusesPrefixesOutsideTheRules() {
        assertThatThrownBy(() -> BatesNumber.format("", 1, 6))
                .hasMessage("A Bates prefix is 1 to 20 letters, digits, '-' or '_', not \"\".");
        assertThatThrownBy(() -> BatesNumber.format("ABCDEFGHIJKLMNOPQRSTU", 1, 6))
                .hasMessage("A Bates prefix is 1 to 20 letters, digits, '-' or '_', not \"ABCDEFGHIJKLMNOPQRSTU\".");
        assertThatThrownBy(() -> BatesNumber.format("LGH 1-", 1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatesNumber.format("LGH/", 1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatesNumber.format(null, 1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatesNumber.format("LGH2", 1, 6))
                .hasMessage("A Bates prefix cannot end in a digit (\"LGH2\"), or the number could not be told from it.");
        assertThat(BatesNumber.format("ABCDEFGHIJKLMNOPQRST", 1, 4)).isEqualTo("ABCDEFGHIJKLMNOPQRST0001");
    }

    @Test
    void refusesTextThatIsNotABatesNumber() {
        assertThatThrownBy(() -> BatesNumber.parse("000123"))
                .hasMessage("\"000123\" is not a Bates number: a prefix followed by digits, such as LGH-000123.");
        assertThatThrownBy(() -> BatesNumber.parse("LGH-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatesNumber.parse("LGH-123"))
                .hasMessage("\"LGH-123\" has 3 digits; a Bates number has 4 to 12.");
        assertThatThrownBy(() -> BatesNumber.parse("LGH-0000000000001"))
                .hasMessage("\"LGH-0000000000001\" has 13 digits; a Bates number has 4 to 12.");
        assertThatThrownBy(() -> BatesNumber.parse("LGH-0000")).hasMessage("Bates numbers start at 1, not 0.");
        assertThatThrownBy(() -> BatesNumber.parse(" ")).hasMessage("A Bates number is required.");
    }

    @Test
    void showsARangeWithAnEnDashAndCountsItsPages() {
        BatesRange range = new BatesRange("LGH-", 1, 42, 6);

        assertThat(range).hasToString("LGH-000001 – LGH-000042");
        assertThat(range.count()).isEqualTo(42);
        assertThat(range.contains(BatesNumber.parse("LGH-000042"))).isTrue();
        assertThat(range.contains(BatesNumber.parse("LGH-000043"))).isFalse();
        assertThat(new BatesRange("LGH-", 7, 7, 6)).hasToString("LGH-000007");
        assertThat(new BatesRange("LGH-", 7, 7, 6).count()).isEqualTo(1);
    }

    @Test
    void readsARangeBack() {
        assertThat(BatesRange.parse("LGH-000001 – LGH-000042")).isEqualTo(new BatesRange("LGH-", 1, 42, 6));
        assertThat(BatesRange.parse("LGH-000001 - LGH-000042")).isEqualTo(new BatesRange("LGH-", 1, 42, 6));
        assertThat(BatesRange.parse("LGH-000007")).isEqualTo(new BatesRange("LGH-", 7, 7, 6));
    }

    @Test
    void refusesARangeThatRunsBackwardsOrAcrossPrefixes() {
        assertThatThrownBy(() -> new BatesRange("LGH-", 42, 1, 6))
                .hasMessage("A Bates range cannot end at 1, before it starts at 42.");
        assertThatThrownBy(() -> BatesRange.parse("LGH-000001 – DEF-000042"))
                .hasMessage("A Bates range runs within one prefix and width: LGH-000001 and DEF-000042 differ.");
        assertThatThrownBy(() -> new BatesRange("LGH-", 1, 10_000, 4))
                .hasMessage("The number 10000 does not fit in 4 digits; the largest is 9999.");
    }
}
