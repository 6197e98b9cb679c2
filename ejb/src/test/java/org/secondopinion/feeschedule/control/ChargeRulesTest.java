package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conditional rules: a bad row is rejected with its line and the field at fault, and the good rows are kept. */
class ChargeRulesTest {

    private static Imported malformed;

    @BeforeAll
    static void readMalformedFile() throws Exception {
        malformed = Imported.resource("malformed-v3-tall.csv");
    }

    @Test
    void keepsTheGoodRowsOfAFileWithBadOnes() {
        assertThat(malformed.report().rowsRead()).isEqualTo(19);
        assertThat(malformed.charges()).extracting(StandardCharge::line).containsExactly(4L, 18L, 22L);
        assertThat(malformed.report().chargesAccepted()).isEqualTo(3);
        assertThat(malformed.report().rejectedCount()).isEqualTo(16);
        assertThat(malformed.report().rejectionsTruncated()).isFalse();
    }

    @Test
    void rejectsANegotiatedChargeWithoutMethodology() {
        assertThat(rejection(5)).containsExactly(tuple("standard_charge|methodology", "is required for a negotiated charge"));
    }

    @Test
    void rejectsACodeWithoutItsType() {
        assertThat(rejection(6)).containsExactly(
                tuple("code|1|type", "is blank for code \"36415\"; a code and its type come in pairs"));
    }

    @Test
    void rejectsMethodologyOtherWithoutANote() {
        assertThat(rejection(7)).singleElement().satisfies(problem -> {
            assertThat(problem.toList()).first().isEqualTo("standard_charge|methodology");
            assertThat((String) problem.toList().get(1)).contains("\"other\"", "additional_generic_notes");
        });
    }

    @Test
    void rejectsAPercentageWithoutCount() {
        assertThat(rejection(8)).containsExactly(tuple("count", "is required for a negotiated percentage or algorithm"));
    }

    @Test
    void rejectsAnAlgorithmWithACountButNoMedianOrPercentiles() {
        assertThat(rejection(9)).extracting(problem -> problem.toList().get(0))
                .containsExactly("median_amount", "10th_percentile", "90th_percentile");
    }

    @Test
    void rejectsASmallCountThatIsNotMasked() {
        assertThat(rejection(10)).containsExactly(
                tuple("count", "\"5\" must be written \"1 through 10\" (counts from 1 to 10 are masked)"));
    }

    @Test
    void rejectsANumberWithAMisplacedCommaRatherThanGuess() {
        assertThat(rejection(11)).containsExactly(
                tuple("standard_charge|negotiated_dollar", "\"12,34\" is not a number (misplaced comma)"));
    }

    @Test
    void rejectsAMethodologyNotInTheList() {
        assertThat(rejection(12)).extracting(problem -> problem.toList().get(0)).containsExactly("standard_charge|methodology");
    }

    @Test
    void rejectsAnItemWithoutDescription() {
        assertThat(rejection(13)).containsExactly(tuple("description", "is required"));
    }

    @Test
    void rejectsASettingNotInTheList() {
        assertThat(rejection(14)).containsExactly(
                tuple("setting", "\"emergency\" is not a setting (inpatient, outpatient, both)"));
    }

    @Test
    void rejectsANegotiatedChargeWithoutPayerName() {
        assertThat(rejection(15)).containsExactly(tuple("payer_name", "is required for a negotiated charge"));
    }

    @Test
    void rejectsACodeTypeNotInTheTemplate() {
        assertThat(rejection(16)).containsExactly(tuple("code|1|type", "\"CPT4\" is not a code type of the CMS template"));
    }

    @Test
    void rejectsARowShiftedByAnUnquotedComma() {
        assertThat(malformed.report().rejections()).filteredOn(issue -> issue.line() == 17).singleElement()
                .satisfies(issue -> assertThat(issue.message()).isEqualTo(
                        "has 26 values but the item headers have 24 columns; a comma inside a value must be quoted"));
    }

    @Test
    void acceptsAnAlgorithmWithCountZeroAndANoteWithoutPercentiles() {
        StandardCharge transplant = malformed.atLine(18);

        assertThat(transplant.count()).isEqualTo(AllowedAmountCount.ZERO);
        assertThat(transplant.medianAmount()).isNull();
    }

    @Test
    void rejectsAnItemWithoutAnyCharge() {
        assertThat(rejection(19)).extracting(problem -> problem.toList().get(0)).containsExactly("standard_charge|gross");
    }

    @Test
    void rejectsANegativeCharge() {
        assertThat(rejection(20)).containsExactly(tuple("standard_charge|gross", "\"-50\" is negative"));
    }

    @Test
    void rejectsADrugUnitWithoutItsType() {
        assertThat(rejection(21)).extracting(problem -> problem.toList().get(0)).containsExactly("drug_type_of_measurement");
    }

    @Test
    void acceptsAModifierRowWithoutCode() {
        StandardCharge bilateral = malformed.atLine(22);

        assertThat(bilateral.modifierAdjustment()).isTrue();
        assertThat(bilateral.modifiers()).containsExactly("50");
        assertThat(bilateral.negotiatedPercentage()).isEqualByComparingTo("150");
    }

    @Test
    void doesNotWarnAboutRowsItRejects() {
        assertThat(malformed.report().warnings()).isEmpty();
    }

    @Test
    void rejectsOnlyTheFaultyPayerPlanOfAWideRow() throws Exception {
        String wide = """
                hospital_name,last_updated_on,version
                Lakeside General Hospital,1/15/2026,3.0.0
                description,code|1,code|1|type,setting,standard_charge|gross,standard_charge|Aetna|PPO|negotiated_dollar,standard_charge|Aetna|PPO|methodology,standard_charge|Cigna|HMO|negotiated_percentage,standard_charge|Cigna|HMO|methodology,count|Cigna|HMO,standard_charge|min,standard_charge|max
                Office visit,99213,CPT,outpatient,300,110,fee schedule,70,percent of total billed charges,,110,110
                """;

        Imported imported = Imported.text(wide);

        assertThat(imported.charges()).extracting(StandardCharge::payerName).containsExactly("Aetna");
        assertThat(imported.report().rejections()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.location()).isEqualTo("line 4, Cigna | HMO");
            assertThat(issue.field()).isEqualTo("count|Cigna|HMO");
        });
    }

    @Test
    void acceptsAWideOtherMethodologyExplainedInThePayerNotes() throws Exception {
        String wide = """
                hospital_name,last_updated_on,version
                Lakeside General Hospital,2026-01-15,3.0.0
                description,code|1,code|1|type,setting,standard_charge|Aetna|PPO|negotiated_dollar,standard_charge|Aetna|PPO|methodology,additional_payer_notes|Aetna|PPO,standard_charge|Cigna|HMO|negotiated_dollar,standard_charge|Cigna|HMO|methodology,standard_charge|min,standard_charge|max
                Implant,C1713,HCPCS,outpatient,900,other,Invoice plus 10%,800,other,800,900
                """;

        Imported imported = Imported.text(wide);

        assertThat(imported.charges()).extracting(StandardCharge::payerName).containsExactly("Aetna");
        assertThat(imported.report().rejections()).extracting(ImportIssue::field)
                .containsExactly("standard_charge|Cigna|HMO|methodology");
    }

    @Test
    void rejectsJsonPayersAndItemsByTheirPath() throws Exception {
        String json = """
                {"hospital_name": "Lakeside General Hospital", "last_updated_on": "2026-01-15", "version": "3.0.0",
                 "standard_charge_information": [
                  {"description": "Office visit", "code_information": [{"code": "99213", "type": "CPT"}],
                   "standard_charges": [{"setting": "outpatient", "gross_charge": 300, "minimum": 90, "maximum": 110,
                     "payers_information": [
                       {"payer_name": "Aetna", "plan_name": "PPO", "standard_charge_dollar": 110, "methodology": "fee schedule"},
                       {"payer_name": "Cigna", "plan_name": "HMO", "standard_charge_percentage": 70, "methodology": "percent of total billed charges"},
                       {"payer_name": "Humana", "plan_name": "Gold", "methodology": "fee schedule"}]}]},
                  {"description": "Venipuncture", "code_information": [{"code": "36415"}],
                   "standard_charges": [{"setting": "outpatient", "gross_charge": "$12.00"}]},
                  {"description": "Blood count", "code_information": [{"code": "85025", "type": "CPT"}],
                   "standard_charges": [{"setting": "outpatient", "gross_charge": {"amount": 18}}]}
                 ]}
                """;

        Imported imported = Imported.text(json);

        assertThat(imported.charges()).extracting(StandardCharge::payerName).containsExactly("Aetna");
        assertThat(imported.report().rejectedCount()).isEqualTo(4);
        assertThat(imported.report().rejections()).extracting(ImportIssue::location, ImportIssue::field).containsExactly(
                tuple("standard_charge_information[0].standard_charges[0].payers_information[1]", "count"),
                tuple("standard_charge_information[0].standard_charges[0].payers_information[2]", "standard_charge_dollar"),
                tuple("standard_charge_information[1]", "code_information[0].type"),
                tuple("standard_charge_information[2].standard_charges[0]", "gross_charge"));
        assertThat(imported.report().rejections()).allSatisfy(issue -> assertThat(issue.line()).isBetween(2L, 13L));
    }

    @Test
    void rejectsAJsonModifierWithoutItsPayerDescription() throws Exception {
        String json = """
                {"hospital_name": "Lakeside General Hospital", "last_updated_on": "2026-01-15", "version": "3.0.0",
                 "standard_charge_information": [{"description": "Office visit", "code_information": [{"code": "99213", "type": "CPT"}],
                   "standard_charges": [{"setting": "outpatient", "gross_charge": 300}]}],
                 "modifier_information": [{"description": "Bilateral procedure", "code": "50",
                   "modifier_payer_information": [{"payer_name": "Aetna", "plan_name": "PPO", "description": "150%"},
                                                  {"payer_name": "Cigna", "plan_name": "HMO"}]}]}
                """;

        Imported imported = Imported.text(json);

        assertThat(imported.where(StandardCharge::modifierAdjustment)).extracting(StandardCharge::payerName).containsExactly("Aetna");
        assertThat(imported.report().rejections()).extracting(ImportIssue::location, ImportIssue::field).containsExactly(
                tuple("modifier_information[0].modifier_payer_information[1]", "description"));
    }

    @Test
    void warnsOfAZeroChargeAndAMissingMinimumButKeepsTheCharge() throws Exception {
        String tall = """
                hospital_name,last_updated_on,version,To the best of its knowledge and belief,attester_name
                Lakeside General Hospital,2026-01-15,3.0.0,true,Dana Attester
                description,code|1,code|1|type,setting,standard_charge|gross,payer_name,plan_name,standard_charge|negotiated_dollar,standard_charge|methodology
                Wristband,99070,CPT,both,0,Aetna,PPO,5,fee schedule
                """;

        Imported imported = Imported.text(tall);

        assertThat(imported.charges()).hasSize(1);
        assertThat(imported.report().warnings()).extracting(ImportIssue::field)
                .containsExactly("standard_charge|gross", "standard_charge|min");
    }

    private static List<Tuple> rejection(long line) {
        return malformed.report().rejections().stream()
                .filter(issue -> issue.line() == line)
                .map(issue -> tuple(issue.field(), issue.message()))
                .toList();
    }
}
