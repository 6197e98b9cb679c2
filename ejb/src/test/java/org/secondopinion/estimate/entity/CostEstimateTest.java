package org.secondopinion.estimate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondopinion.estimate.control.LineResult;
import org.secondopinion.estimate.control.PriceBasis;
import org.secondopinion.estimate.control.ServiceLine;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.platform.entity.RecordLocked;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * The life of a cost estimate: a draft takes lines, issuing locks it, a change is the next version, which
 * supersedes the older one once issued, and final bills are entered against an issued version.
 */
class CostEstimateTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-03-02T15:30:00Z");
    private static final Instant REVISED = Instant.parse("2026-03-09T10:00:00Z");
    private static final LocalDate SCHEDULED = LocalDate.of(2026, 3, 2);
    private static final LocalDate OPERATION = LocalDate.of(2026, 3, 23);
    private static final String SURGERY = "Surgery";
    private static final String THERAPY = "Physical therapy";

    // ---- a draft ------------------------------------------------------------------------------

    @Test
    void numbersTheLinesOfADraftInTheOrderTheyAreAdded() {
        CostEstimate estimate = numbered(1050);

        estimate.add(consultation());
        estimate.add(surgeon());
        estimate.add(therapy());

        assertThat(estimate.isDraft()).isTrue();
        assertThat(estimate.getStatus()).isEqualTo(EstimateStatus.DRAFT);
        assertThat(estimate.getLines()).extracting(EstimateLine::getLineNo).containsExactly(1, 2, 3);
        assertThat(estimate.getLines()).extracting(EstimateLine::getCode).containsExactly("99204", "27447", "97110");
        assertThatThrownBy(() -> estimate.getLines().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void numbersANewLineAfterTheHighestWhenAnEarlierOneWasRemoved() {
        CostEstimate estimate = numbered(1050);
        estimate.add(Ids.assign(consultation(), 501));
        estimate.add(Ids.assign(surgeon(), 502));
        estimate.add(Ids.assign(therapy(), 503));

        estimate.remove(502);
        estimate.add(facility());

        // numbers are never reused, so "line 2" in an audit entry means one line only
        assertThat(estimate.getLines()).extracting(EstimateLine::getLineNo).containsExactly(1, 3, 4);
    }

    @Test
    void refusesToRemoveALineItDoesNotHave() {
        CostEstimate estimate = numbered(1050);
        estimate.add(Ids.assign(consultation(), 501));

        assertThatThrownBy(() -> estimate.remove(999))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("line");
                    assertThat(v.getMessage()).isEqualTo("Estimate EST-001050 v1 has no line 999.");
                });
        assertThat(estimate.getLines()).hasSize(1);
    }

    @Test
    void refusesToIssueAnEmptyEstimate() {
        CostEstimate estimate = numbered(1050);

        assertThatThrownBy(() -> estimate.issue("billing.clerk", ISSUED, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("lines");
                    assertThat(v.getMessage()).contains("at least one line");
                });
        assertThat(estimate.isDraft()).isTrue();
        assertThat(estimate.getIssuedAt()).isNull();
    }

    @Test
    void issuesADraftWithLines() {
        CostEstimate estimate = withLines(1050);
        LocalDate dueBy = LocalDate.of(2026, 3, 5);

        estimate.issue("billing.clerk", ISSUED, dueBy);

        assertThat(estimate.getStatus()).isEqualTo(EstimateStatus.ISSUED);
        assertThat(estimate.isDraft()).isFalse();
        assertThat(estimate.getIssuedBy()).isEqualTo("billing.clerk");
        assertThat(estimate.getIssuedAt()).isEqualTo(ISSUED);
        assertThat(estimate.getGoodFaithDueBy()).isEqualTo(dueBy);
    }

    // ---- locked once issued -------------------------------------------------------------------

    static Stream<Named<Consumer<CostEstimate>>> changes() {
        return Stream.of(
                Named.of("add a line", estimate -> estimate.add(therapy())),
                Named.of("remove a line", estimate -> estimate.remove(501)),
                Named.of("describe it again", estimate -> estimate.describe("Knee replacement", "M17.11",
                        SCHEDULED, OPERATION.plusDays(7), null)),
                Named.of("issue it again", estimate -> estimate.issue("billing.clerk", REVISED, null)));
    }

    @ParameterizedTest(name = "an issued estimate refuses to {0}")
    @MethodSource("changes")
    void refusesAnyChangeOnceIssued(Consumer<CostEstimate> change) {
        CostEstimate estimate = withLines(1050);
        estimate.issue("billing.clerk", ISSUED, null);

        assertThatThrownBy(() -> change.accept(estimate))
                .isInstanceOf(RecordLocked.class)
                .hasMessage("Estimate EST-001050 v1 is issued and locked. Make a new version to change it.");
        assertThat(estimate.getLines()).hasSize(2);
        assertThat(estimate.getPrimaryService()).isEqualTo("Second opinion on a total knee replacement");
        assertThat(estimate.getIssuedAt()).isEqualTo(ISSUED);
    }

    // ---- versions -----------------------------------------------------------------------------

    @Test
    void copiesDescriptionAndPricedLinesIntoTheNextVersion() {
        CostEstimate first = withLines(1050);
        result("180.00").keepIn(first.getLines().get(0));
        first.issue("billing.clerk", ISSUED, null);

        CostEstimate next = first.nextVersion("billing.lead", REVISED);

        assertThat(next.getStatus()).isEqualTo(EstimateStatus.DRAFT);
        assertThat(next.getRevision()).isEqualTo(2);
        assertThat(next.getEstimateNumber()).isEqualTo(1050);
        assertThat(next.reference()).isEqualTo("EST-001050 v2");
        assertThat(next.getCreatedBy()).isEqualTo("billing.lead");
        assertThat(next.getCreatedAt()).isEqualTo(REVISED);
        assertThat(next.getIssuedBy()).isNull();
        assertThat(next.getIssuedAt()).isNull();
        assertThat(next.getPatientMrn()).isEqualTo("MRN-100871");
        assertThat(next.getReferralId()).isEqualTo(42L);
        assertThat(next.getFeeSchedule()).isSameAs(first.getFeeSchedule());
        assertThat(next.getPrimaryService()).isEqualTo("Second opinion on a total knee replacement");
        assertThat(next.getDiagnosisCodes()).isEqualTo("M17.11");
        assertThat(next.getScheduledOn()).isEqualTo(SCHEDULED);
        assertThat(next.getServiceDate()).isEqualTo(OPERATION);
        assertThat(next.separatelyScheduledList()).containsExactly("Physical therapy after discharge");

        EstimateLine copied = next.getLines().get(0);
        EstimateLine original = first.getLines().get(0);
        assertThat(next.getLines()).extracting(EstimateLine::getLineNo).containsExactly(1, 2);
        assertThat(next.getLines()).extracting(EstimateLine::getCode).containsExactly("99204", "27447");
        assertThat(copied).isNotSameAs(original);
        assertThat(copied.prices()).isEqualTo(original.prices());
        assertThat(copied.getPriceSource()).isEqualTo("fee schedule line 12 (Acme Health, Acme PPO)");
        assertThat(copied.provider()).isEqualTo(original.provider());
        // the result is the calculation's, made again for the new version
        assertThat(copied.getPatientOwes()).isNull();
        assertThat(copied.getExplanation()).isNull();
        assertThat(original.getPatientOwes()).isEqualTo(new BigDecimal("180.00"));

        // the next version is a draft to change; the issued one stays as it was
        next.add(therapy());
        assertThat(next.getLines()).extracting(EstimateLine::getLineNo).containsExactly(1, 2, 3);
        assertThat(first.getLines()).hasSize(2);
    }

    @Test
    void refusesANextVersionOfADraft() {
        CostEstimate draft = withLines(1050);

        assertThatThrownBy(() -> draft.nextVersion("billing.lead", REVISED))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("status");
                    assertThat(v.getMessage()).isEqualTo("Estimate EST-001050 v1 is still a draft: change it directly.");
                });
    }

    @Test
    void supersedesTheIssuedVersionWhenTheNextIsIssued() {
        CostEstimate first = withLines(1050);
        first.issue("billing.clerk", ISSUED, null);
        CostEstimate next = first.nextVersion("billing.lead", REVISED);
        next.issue("billing.lead", REVISED, null);

        first.supersededBy(next);

        assertThat(first.getStatus()).isEqualTo(EstimateStatus.SUPERSEDED);
        assertThat(next.getStatus()).isEqualTo(EstimateStatus.ISSUED);
        assertThatThrownBy(() -> first.add(therapy())).isInstanceOf(RecordLocked.class)
                .hasMessage("Estimate EST-001050 v1 is superseded and locked. Make a new version to change it.");
        // a superseded version can still be the start of a further version (the boundary allows only the latest)
        assertThat(first.nextVersion("billing.lead", REVISED).getRevision()).isEqualTo(2);
    }

    @Test
    void refusesToBeSupersededByAnUnrelatedOrEarlierEstimate() {
        CostEstimate first = withLines(1050);
        first.issue("billing.clerk", ISSUED, null);
        CostEstimate unrelated = withLines(1051);
        unrelated.issue("billing.clerk", ISSUED, null);
        CostEstimate next = first.nextVersion("billing.lead", REVISED);

        assertThatThrownBy(() -> first.supersededBy(unrelated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only a later version of the same estimate supersedes it.");
        assertThatThrownBy(() -> first.supersededBy(first)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> next.supersededBy(first)).isInstanceOf(IllegalArgumentException.class);
        assertThat(first.getStatus()).isEqualTo(EstimateStatus.ISSUED);
        assertThat(unrelated.getStatus()).isEqualTo(EstimateStatus.ISSUED);
    }

    // ---- final bills --------------------------------------------------------------------------

    @Test
    void takesFinalBillsAgainstAnIssuedEstimate() {
        CostEstimate estimate = withLines(1050);
        estimate.issue("billing.clerk", ISSUED, null);

        FinalBill workupBill = estimate.billed("Dr. Okafor", null, LocalDate.of(2026, 4, 2),
                new BigDecimal("180.00"), "billing.clerk", REVISED);
        FinalBill surgeryBill = estimate.billed("Dr. Rivera", SURGERY, LocalDate.of(2026, 4, 20),
                new BigDecimal("640.00"), "billing.clerk", REVISED);

        assertThat(estimate.getFinalBills()).containsExactly(workupBill, surgeryBill);
        assertThat(workupBill.getOptionName()).isNull();
        assertThat(surgeryBill.getOptionName()).isEqualTo(SURGERY);
        assertThat(surgeryBill.getBilledAmount()).isEqualTo(new BigDecimal("640.00"));
    }

    @Test
    void refusesAFinalBillOnADraft() {
        CostEstimate draft = withLines(1050);

        assertThatThrownBy(() -> draft.billed("Dr. Okafor", null, LocalDate.of(2026, 4, 2),
                new BigDecimal("180.00"), "billing.clerk", REVISED))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("status"));
        assertThat(draft.getFinalBills()).isEmpty();
    }

    @Test
    void refusesAFinalBillFromAProviderWithoutLines() {
        CostEstimate estimate = withLines(1050);
        estimate.issue("billing.clerk", ISSUED, null);

        assertThatThrownBy(() -> estimate.billed("Valley Anesthesia", SURGERY, LocalDate.of(2026, 4, 20),
                new BigDecimal("900.00"), "billing.clerk", REVISED))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("provider");
                    assertThat(v.getMessage())
                            .isEqualTo("No line of estimate EST-001050 v1 is provided by Valley Anesthesia.");
                });
        assertThat(estimate.getFinalBills()).isEmpty();
    }

    @Test
    void refusesAFinalBillForAnUnknownOption() {
        CostEstimate estimate = withLines(1050);
        estimate.issue("billing.clerk", ISSUED, null);

        assertThatThrownBy(() -> estimate.billed("Dr. Rivera", "Injections", LocalDate.of(2026, 4, 20),
                new BigDecimal("640.00"), "billing.clerk", REVISED))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("option");
                    assertThat(v.getMessage()).isEqualTo("Estimate EST-001050 v1 has no option Injections.");
                });
        assertThat(estimate.getFinalBills()).isEmpty();
    }

    // ---- what it lists and how it is named ----------------------------------------------------

    @Test
    void listsTheWorkupFirstThenTheOptionsInTheOrderTheyWereAdded() {
        CostEstimate estimate = numbered(1050);
        estimate.add(therapy());
        estimate.add(surgeon());
        estimate.add(consultation());
        estimate.add(facility());

        assertThat(estimate.optionNames()).containsExactly(CostEstimate.WORKUP, THERAPY, SURGERY);
        assertThat(estimate.providerNames())
                .containsExactly("Lakeside Rehab", "Dr. Rivera", "Dr. Okafor", "Riverside Surgical Center");
        assertThat(estimate.linesOf(SURGERY)).extracting(EstimateLine::getCode).containsExactly("27447", "27447");
        assertThat(estimate.linesOf("Injections")).isEmpty();
    }

    @Test
    void namesTheEstimateByTheNumberItsFirstVersionWasGivenAndTheRevision() {
        CostEstimate first = estimate(null);
        assertThat(first.reference()).isEqualTo("EST-000000 v1");

        Ids.assign(first, 1050);
        first.numberedAfterPersist();
        first.describe("Second opinion on a total knee replacement", null, SCHEDULED, null, null);
        first.add(consultation());
        first.issue("billing.clerk", ISSUED, null);
        CostEstimate second = first.nextVersion("billing.lead", REVISED);
        Ids.assign(second, 1107);
        second.numberedAfterPersist();

        assertThat(first.getEstimateNumber()).isEqualTo(1050);
        assertThat(first.reference()).isEqualTo("EST-001050 v1");
        // the next version keeps the estimate's number, whatever id it is given
        assertThat(second.getEstimateNumber()).isEqualTo(1050);
        assertThat(second.reference()).isEqualTo("EST-001050 v2");
    }

    @Test
    void isSelfPayWithoutCoverage() {
        PatientCoverage coverage = new PatientCoverage("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2));

        assertThat(estimate(null).isSelfPay()).isTrue();
        assertThat(estimate(coverage).isSelfPay()).isFalse();
    }

    @Test
    void splitsTheDiagnosisCodesAndTheSeparatelyScheduledItems() {
        CostEstimate estimate = numbered(1050);
        estimate.describe("Knee replacement", " M17.11, Z01.818  M25.561", SCHEDULED, OPERATION,
                "Physical therapy after discharge\n\n  Home health visits  \n");

        assertThat(estimate.diagnosisCodeList()).containsExactly("M17.11", "Z01.818", "M25.561");
        assertThat(estimate.separatelyScheduledList())
                .containsExactly("Physical therapy after discharge", "Home health visits");
    }

    // ---- its lines ----------------------------------------------------------------------------

    @Test
    void givesTheCalculatorTheLineAsAdded() {
        EstimateLine line = new EstimateLine(SURGERY, false, new EstimateLine.Provider("Dr. Rivera", "1234567893",
                "123456789", "Lakeside Medical Center", "MD"), ServiceCategory.SURGERY, "27447", "CPT",
                "Total knee replacement", "M17.11", OPERATION, 2, "50, 26", NetworkStatus.OUT_OF_NETWORK, true,
                OpinionPurpose.ROUTINE);
        PriceFacts prices = PriceFacts.NONE.withGrossCharge(new BigDecimal("5200.00"))
                .withOutOfNetworkAllowed(new BigDecimal("2100.00"));
        line.priced(prices, "fee schedule line 40");

        ServiceLine service = ServiceLine.of(line);

        assertThat(service.provider()).isEqualTo("Dr. Rivera");
        assertThat(service.option()).isEqualTo(SURGERY);
        assertThat(service.category()).isEqualTo(ServiceCategory.SURGERY);
        assertThat(service.code()).isEqualTo("27447");
        assertThat(service.dateOfService()).isEqualTo(OPERATION);
        assertThat(service.units()).isEqualTo(2);
        assertThat(service.modifiers()).containsExactly("50", "26");
        assertThat(service.prices()).isEqualTo(prices);
        assertThat(service.network()).isEqualTo(NetworkStatus.OUT_OF_NETWORK);
        assertThat(service.multipleProcedure()).isTrue();
        assertThat(line.diagnosisCodeList()).containsExactly("M17.11");
        assertThat(ServiceLine.of(consultation()).multipleProcedure()).isFalse();
        assertThat(ServiceLine.of(consultation()).modifiers()).isEmpty();
    }

    @Test
    void keepsTheResultAndCutsALongExplanationToTheColumn() {
        EstimateLine line = surgeon();
        LineResult result = new LineResult(ServiceLine.of(line), 0, LocalDate.of(2026, 1, 1), true,
                PriceBasis.NEGOTIATED_ALGORITHM, null, new BigDecimal("800.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("160.00"), new BigDecimal("160.00"),
                new BigDecimal("640.00"), new BigDecimal("122.00"), new BigDecimal("198.00"),
                List.of("x".repeat(3000), "y".repeat(3000)));

        result.keepIn(line);

        assertThat(line.getPatientOwes()).isEqualTo(new BigDecimal("160.00"));
        assertThat(line.getPlanPays()).isEqualTo(new BigDecimal("640.00"));
        assertThat(line.getLow()).isEqualTo(new BigDecimal("122.00"));
        assertThat(line.getHigh()).isEqualTo(new BigDecimal("198.00"));
        assertThat(line.hasRange()).isTrue();
        // 3,000 + newline + 3,000 = 6,001 characters: 3,999 kept and an ellipsis
        assertThat(line.getExplanation()).hasSize(4000).startsWith("xxx").endsWith("y…");
    }

    @Test
    void aSelfPayEstimateSaysPerLineWhatItsGoodFaithEstimateLacksAndIsNotIssuedUntilItIsEntered() {
        CostEstimate estimate = numbered(1060);
        estimate.add(Ids.assign(consultation(), 601));
        EstimateLine bare = Ids.assign(new EstimateLine(SURGERY, false, new EstimateLine.Provider("Dr. Rivera", "12345",
                " ", null, "md"), ServiceCategory.SURGERY, "27447", "CPT", "Total knee replacement", "M17.11", OPERATION,
                1, null, NetworkStatus.IN_NETWORK, false, OpinionPurpose.ROUTINE), 602);
        estimate.add(bare);

        assertThat(estimate.whatStopsGoodFaithEstimate()).singleElement().satisfies(missing -> {
            assertThat(missing.lineId()).isEqualTo(602L);
            assertThat(missing.lineNo()).isEqualTo(2);
            assertThat(missing.missing()).containsExactly("the NPI must be ten digits", "the TIN is missing",
                    "the location of care is missing");
            assertThat(missing.describe()).isEqualTo("Line 2 (27447, Dr. Rivera): the NPI must be ten digits, "
                    + "the TIN is missing, the location of care is missing");
        });
        assertThatThrownBy(() -> estimate.issue("billing.clerk", ISSUED, SCHEDULED.plusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("lines");
                    assertThat(refused.getMessage()).contains("Line 2 (27447, Dr. Rivera): the NPI must be ten digits");
                });
        assertThat(estimate.isDraft()).as("the refused issue changed nothing").isTrue();

        estimate.changeProvider(602L, new EstimateLine.Provider("Dr. Rivera", "1234567893", "12-3456789",
                "Riverside Surgical Center, Baltimore", "md"));

        assertThat(estimate.whatStopsGoodFaithEstimate()).isEmpty();
        assertThat(bare.getProviderState()).as("the state is kept as its postal code").isEqualTo("MD");
        estimate.issue("billing.clerk", ISSUED, SCHEDULED.plusDays(1));
        assertThat(estimate.isDraft()).isFalse();
        assertThatThrownBy(() -> estimate.changeProvider(602L, bare.provider())).isInstanceOf(RecordLocked.class);
    }

    @Test
    void anInsuredPatientsEstimateNeedsNoGoodFaithEstimateDetails() {
        PatientCoverage coverage = new PatientCoverage("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2));
        CostEstimate estimate = estimate(coverage);
        estimate.add(new EstimateLine(SURGERY, false, new EstimateLine.Provider("Dr. Rivera", null, null, null, null),
                ServiceCategory.SURGERY, "27447", "CPT", "Total knee replacement", null, OPERATION, 1, null,
                NetworkStatus.IN_NETWORK, false, OpinionPurpose.ROUTINE));

        assertThat(estimate.whatStopsGoodFaithEstimate()).isEmpty();
    }

    // ---- fixtures -----------------------------------------------------------------------------

    private static CostEstimate estimate(PatientCoverage coverage) {
        FeeSchedule schedule = new FeeSchedule("lakeside-standard-charges.csv", "a".repeat(64), "b".repeat(64), 4096,
                "billing.admin", CREATED);
        return new CostEstimate("MRN-100871", "Daniel Ortiz", LocalDate.of(1978, 9, 2), 42L, coverage, schedule,
                "billing.clerk", CREATED);
    }

    /** A described draft whose first version was given id (and so number) {@code id}, as after persisting. */
    private static CostEstimate numbered(long id) {
        CostEstimate estimate = Ids.assign(estimate(null), id);
        estimate.numberedAfterPersist();
        estimate.describe("Second opinion on a total knee replacement", "M17.11", SCHEDULED, OPERATION,
                "Physical therapy after discharge");
        return estimate;
    }

    /** A draft with the consultation (line 1, id 501) and the surgeon (line 2, id 502). */
    private static CostEstimate withLines(long id) {
        CostEstimate estimate = numbered(id);
        estimate.add(Ids.assign(consultation(), 501));
        estimate.add(Ids.assign(surgeon(), 502));
        return estimate;
    }

    private static EstimateLine consultation() {
        return line(CostEstimate.WORKUP, true, "Dr. Okafor", ServiceCategory.SECOND_OPINION, "99204", SCHEDULED,
                "180.00");
    }

    private static EstimateLine surgeon() {
        return line(SURGERY, false, "Dr. Rivera", ServiceCategory.SURGERY, "27447", OPERATION, "1600.00");
    }

    private static EstimateLine facility() {
        return line(SURGERY, false, "Riverside Surgical Center", ServiceCategory.FACILITY, "27447", OPERATION,
                "14000.00");
    }

    private static EstimateLine therapy() {
        return line(THERAPY, false, "Lakeside Rehab", ServiceCategory.OTHER, "97110", OPERATION.plusDays(14), "45.00");
    }

    private static EstimateLine line(String option, boolean workup, String provider, ServiceCategory category,
                                     String code, LocalDate on, String negotiated) {
        EstimateLine line = new EstimateLine(option, workup, new EstimateLine.Provider(provider, "1234567893", "12-3456789",
                        "Lakeside Medical Center, 100 Harbor Way, Baltimore", "MD"),
                category, code, "CPT", "plain-language description of " + code, null, on, 1, null,
                NetworkStatus.IN_NETWORK, false, OpinionPurpose.ROUTINE);
        line.priced(PriceFacts.NONE.withGrossCharge(new BigDecimal(negotiated).multiply(new BigDecimal("2")))
                .withNegotiatedDollar(new BigDecimal(negotiated)), "fee schedule line 12 (Acme Health, Acme PPO)");
        return line;
    }

    private static LineResult result(String owes) {
        BigDecimal amount = new BigDecimal(owes);
        return new LineResult(ServiceLine.of(consultation()), 0, LocalDate.of(2026, 1, 1), true,
                PriceBasis.NEGOTIATED_DOLLAR, null, amount, BigDecimal.ZERO, BigDecimal.ZERO, amount, BigDecimal.ZERO,
                amount, BigDecimal.ZERO, amount, amount, List.of("allowed = negotiated dollar amount " + owes));
    }
}
