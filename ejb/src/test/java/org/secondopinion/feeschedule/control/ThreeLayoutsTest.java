package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fee schedule written in the three layouts of template 2.0.0 (v2.0-tall.csv, v2.0-wide.csv, v2.0.json): the
 * wide file's headers write the payers' spaces as underscores, as CMS's own v2.0.0 wide example does
 * ({@code standard_charge|Platform_Health_Insurance|PPO|negotiated_dollar}), where the tall and JSON files write
 * "Platform Health Insurance". Read, the three name the same payers and plans with the same rates.
 */
class ThreeLayoutsTest {

    static Stream<String> layouts() {
        return Stream.of("v2.0-tall.csv", "v2.0-wide.csv", "v2.0.json");
    }

    /** "payer | plan | code | modifiers | dollar | percentage" of every accepted charge, in a comparable form. */
    private static Set<String> rates(Imported imported) {
        return imported.charges().stream().map(charge -> charge.payerName() + " | " + charge.planName() + " | "
                        + charge.codes().stream().map(ChargeCode::code).collect(Collectors.joining(",")) + " | "
                        + String.join(",", charge.modifiers()) + " | " + plain(charge.negotiatedDollar()) + " | "
                        + plain(charge.negotiatedPercentage()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "-" : amount.stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void namesThePayersAndPlansAsTheTallFileDoes(String file) throws Exception {
        Imported imported = Imported.resource(file);

        assertThat(imported.report().rejections()).isEmpty();
        assertThat(imported.charges()).extracting(StandardCharge::payerName).filteredOn(name -> name != null)
                .containsOnly("Platform Health Insurance", "Region Health Insurance");
        assertThat(imported.charges()).extracting(StandardCharge::planName).filteredOn(name -> name != null)
                .containsOnly("PPO", "HMO");
    }

    @Test
    void givesTheSameRatesInEachLayout() throws Exception {
        Set<String> tall = rates(Imported.resource("v2.0-tall.csv"));

        assertThat(tall).contains(
                "Platform Health Insurance | PPO | 470 |  | 20000 | -",
                "Region Health Insurance | HMO | 470 |  | - | 50",
                "Platform Health Insurance | PPO | 27447 |  | 18000 | -",
                "Platform Health Insurance | PPO | 71250 | 26 | 160 | -",
                // the modifier rows: 150% for Platform's PPO, 145% for Region's HMO
                "Platform Health Insurance | PPO |  | 50 | - | 150",
                "Region Health Insurance | HMO |  | 50 | - | 145");
        assertThat(rates(Imported.resource("v2.0-wide.csv"))).isEqualTo(tall);
        assertThat(rates(Imported.resource("v2.0.json"))).isEqualTo(tall);
    }

    @Test
    void keepsAnUnderscoreFreeWideHeaderAsWritten() throws Exception {
        // the v3.0.0 wide example writes the payer's spaces as spaces
        Imported wide = Imported.resource("cms-v3-example-wide.csv");

        assertThat(wide.charges()).extracting(StandardCharge::payerName).filteredOn(name -> name != null)
                .contains("Platform Health Insurance", "Region Health Insurance")
                .noneMatch(name -> name.contains("_"));
    }

    @Test
    void readsAJsonModifierDescriptionThatStatesOnePercentageAsThatPercentage() {
        record Case(String description, String percentage) {
        }
        List<Case> cases = List.of(
                new Case("150% payment adjustment for the item or service to which the modifier is appended", "150"),
                new Case("62.5% of the amount for the item or service is appended for each co-surgeon", "62.5"),
                new Case("Paid at 150 % of the fee schedule; 150% again for the second side", "150"),
                // two different percentages, or none: left to the calculator's own adjustment
                new Case("50% of the 150% bilateral amount", null),
                new Case("Paid as billed", null),
                new Case("Adds 12345% by a typing error", null));

        for (Case c : cases) {
            BigDecimal stated = PriceValues.statedPercentage(c.description());
            if (c.percentage() == null) {
                assertThat(stated).as(c.description()).isNull();
            } else {
                assertThat(stated).as(c.description()).isEqualByComparingTo(c.percentage());
            }
        }
    }
}
