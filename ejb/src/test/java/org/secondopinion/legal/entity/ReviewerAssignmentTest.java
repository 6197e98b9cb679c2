package org.secondopinion.legal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * A case's reviewer: the conflict check decides between assigned and a waiver that a second person approves; the
 * reviewer attests, works within the engagement's budget cap and is invoiced with the retainer taken off once.
 */
class ReviewerAssignmentTest {

    private static final Instant PROPOSED = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-02T14:00:00Z");
    private static final LocalDate WORKED = LocalDate.of(2026, 4, 6);
    private static final String COORDINATOR = "coord.kim";
    private static final String SUPERVISOR = "legal.ortiz";
    private static final String REVIEWER = "dr.hale";
    private static final String TIE = "Dr. Hale trained with defendant Dr. Moss at St. Luke's (professional tie).";
    private static final String LOBBY = "Dr. Hale sits on St. Luke's credentials committee.";
    private static final String GAP = "No board certification in emergency medicine.";

    // ---- the conflict check and the waiver ----------------------------------------------------

    @Test
    void assignsAReviewerWhoseCheckCleared() {
        ReviewerAssignment assignment = cleared();

        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(assignment.getConflicts()).isNull();
        assertThat(assignment.getQualificationGaps()).isNull();
        assertThat(assignment.getWaiverReason()).isNull();
        assertThat(assignment.getProposedBy()).isEqualTo(COORDINATOR);
        assertThat(assignment.isActive()).isTrue();
    }

    @Test
    void refusesAConflictedReviewerWithoutAWrittenWaiverNamingEveryConflictAndGap() {
        for (String reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> proposed(List.of(TIE, LOBBY), List.of(GAP), reason))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("waiverReason");
                        assertThat(v.getMessage()).contains(TIE, LOBBY, GAP, "second person");
                    });
        }
    }

    @Test
    void refusesAQualificationGapAloneWithoutAWaiver() {
        assertThatThrownBy(() -> proposed(List.of(), List.of(GAP), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("waiverReason");
                    assertThat(v.getMessage()).contains(GAP);
                });
    }

    @Test
    void holdsAConflictedReviewerWithAWaiverReasonForApproval() {
        ReviewerAssignment assignment = waived();

        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.WAIVER_PENDING);
        assertThat(assignment.getWaiverReason()).isEqualTo("Only board-certified reviewer in the region.");
        assertThat(assignment.getConflicts()).contains(TIE).contains(LOBBY);
        assertThat(assignment.getQualificationGaps()).isEqualTo(GAP);
        assertThat(assignment.getApprovedBy()).isNull();
    }

    @Test
    void refusesAWaiverApprovedByThePersonWhoAskedForIt() {
        ReviewerAssignment assignment = waived();

        assertThatThrownBy(() -> assignment.approveWaiver(COORDINATOR, LATER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("approvedBy");
                    assertThat(v.getMessage()).contains("second person");
                });
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.WAIVER_PENDING);
        assertThat(assignment.getApprovedBy()).isNull();
    }

    @Test
    void assignsTheReviewerOnceASecondPersonApprovesTheWaiver() {
        ReviewerAssignment assignment = waived();

        assignment.approveWaiver(SUPERVISOR, LATER);

        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(assignment.getApprovedBy()).isEqualTo(SUPERVISOR);
        assertThat(assignment.getApprovedAt()).isEqualTo(LATER);
    }

    @Test
    void refusesAnApprovalWhenNoWaiverIsWaiting() {
        ReviewerAssignment clear = cleared();
        ReviewerAssignment approved = waived();
        approved.approveWaiver(SUPERVISOR, LATER);

        for (ReviewerAssignment assignment : List.of(clear, approved)) {
            assertThatThrownBy(() -> assignment.approveWaiver("legal.reyes", LATER))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("status"));
        }
        assertThat(approved.getApprovedBy()).isEqualTo(SUPERVISOR);
    }

    // ---- the attestation ----------------------------------------------------------------------

    @Test
    void recordsTheReviewersSignedAttestation() {
        ReviewerAssignment assignment = cleared();

        assignment.attest("  I have no tie to the patient or the defendants.  ", REVIEWER, LATER);

        assertThat(assignment.getAttestation()).isEqualTo("I have no tie to the patient or the defendants.");
        assertThat(assignment.getAttestedAt()).isEqualTo(LATER);
    }

    @Test
    void refusesAnAttestationSignedBySomeoneElse() {
        ReviewerAssignment assignment = cleared();

        assertThatThrownBy(() -> assignment.attest("No ties.", COORDINATOR, LATER)).isInstanceOf(AccessRefused.class);
        assertThat(assignment.getAttestation()).isNull();
    }

    @Test
    void refusesAnAttestationWithoutText() {
        ReviewerAssignment assignment = cleared();

        for (String text : new String[] {null, "", " \n "}) {
            assertThatThrownBy(() -> assignment.attest(text, REVIEWER, LATER))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("attestation"));
        }
        assertThat(assignment.getAttestedAt()).isNull();
    }

    @Test
    void refusesAnAttestationWhileTheWaiverIsPending() {
        ReviewerAssignment assignment = waived();

        assertThatThrownBy(() -> assignment.attest("No ties.", REVIEWER, LATER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("status"));
        assertThat(assignment.getAttestation()).isNull();
    }

    // ---- the engagement -----------------------------------------------------------------------

    @Test
    void recordsTheEngagementTermsWithARetainerOfZeroWhenNoneWasAgreed() {
        ReviewerAssignment assignment = cleared();

        assignment.engage(money("400"), null, null);

        assertThat(assignment.getHourlyRate()).isEqualByComparingTo("400");
        assertThat(assignment.getRetainer()).isEqualByComparingTo("0");
        assertThat(assignment.getBudgetCap()).isNull();
    }

    @Test
    void refusesAnHourlyRateThatIsMissingZeroOrNegative() {
        ReviewerAssignment assignment = cleared();

        for (BigDecimal rate : new BigDecimal[] {null, BigDecimal.ZERO, money("-10")}) {
            assertThatThrownBy(() -> assignment.engage(rate, money("1000"), money("4000")))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("hourlyRate"));
        }
        assertThat(assignment.getHourlyRate()).isNull();
    }

    @Test
    void refusesANegativeRetainerAndABudgetCapThatIsNotAboveZero() {
        ReviewerAssignment assignment = cleared();

        assertThatThrownBy(() -> assignment.engage(money("400"), money("-1"), money("4000")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("retainer cannot be negative");
        assertThatThrownBy(() -> assignment.engage(money("400"), money("1000"), BigDecimal.ZERO))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("budget cap must be above zero");
        assertThatThrownBy(() -> assignment.engage(money("400"), money("1000"), money("-4000")))
                .isInstanceOf(RuleViolation.class);
        assertThat(assignment.getHourlyRate()).isNull();
    }

    // ---- time -----------------------------------------------------------------------------------

    @Test
    void refusesTimeBeforeTheEngagementIsAgreed() {
        ReviewerAssignment assignment = cleared();

        assertThatThrownBy(() -> assignment.logTime(WORKED, money("2"), "Read the chart.", REVIEWER, LATER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("hourlyRate"));
        assertThat(assignment.getTimeEntries()).isEmpty();
    }

    @Test
    void refusesHoursOfZeroOrMoreThanADay() {
        ReviewerAssignment assignment = engaged();

        for (String hours : new String[] {"0", "-1", "24.25"}) {
            assertThatThrownBy(() -> assignment.logTime(WORKED, money(hours), "Read the chart.", REVIEWER, LATER))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("hours"));
        }
        assertThatThrownBy(() -> assignment.logTime(WORKED, null, "Read the chart.", REVIEWER, LATER))
                .isInstanceOf(RuleViolation.class);
        assertThat(assignment.getTimeEntries()).isEmpty();
    }

    @Test
    void refusesTimeWithoutADescription() {
        ReviewerAssignment assignment = engaged();

        for (String description : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> assignment.logTime(WORKED, money("2"), description, REVIEWER, LATER))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("description"));
        }
        assertThat(assignment.getTimeEntries()).isEmpty();
    }

    @Test
    void refusesTimeLoggedBySomeoneOtherThanTheReviewer() {
        ReviewerAssignment assignment = engaged();

        assertThatThrownBy(() -> assignment.logTime(WORKED, money("2"), "Read the chart.", COORDINATOR, LATER))
                .isInstanceOf(AccessRefused.class);
        assertThat(assignment.getTimeEntries()).isEmpty();
    }

    @Test
    void takesTimeUpToExactlyTheBudgetCapAndNotBeyond() {
        // rate 400, cap 4000: the cap buys exactly 10 hours
        ReviewerAssignment assignment = engaged();

        // 3 h × 400 = 1200, within 4000
        TimeEntry first = assignment.logTime(WORKED, money("3"), " Read the chart. ", REVIEWER, LATER);
        // 3 + 8 = 11 h × 400 = 4400, over 4000: refused, nothing added
        assertThatThrownBy(() -> assignment.logTime(WORKED.plusDays(1), money("8"), "Wrote the draft.", REVIEWER,
                LATER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("hours");
                    assertThat(v.getMessage()).contains("4400.00", "4000");
                });
        // 3 + 7 = 10 h × 400 = 4000, exactly the cap: taken
        assignment.logTime(WORKED.plusDays(1), money("7"), "Wrote the draft.", REVIEWER, LATER);

        assertThat(first.getDescription()).isEqualTo("Read the chart.");
        assertThat(first.getEnteredBy()).isEqualTo(REVIEWER);
        assertThat(assignment.getTimeEntries()).extracting(TimeEntry::getHours)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(money("3"), money("7"));
        assertThat(assignment.totalHours()).isEqualByComparingTo("10");
        // at the cap, even a quarter of an hour more (10.25 × 400 = 4100) is refused
        assertThatThrownBy(() -> assignment.logTime(WORKED.plusDays(2), money("0.25"), "Call.", REVIEWER, LATER))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesACapBelowTheFeesOfTheTimeAlreadyLoggedAndNamesTheRetainerWhenItIsNegative() {
        ReviewerAssignment assignment = engaged();
        // 5 h × 400 = 2000 logged: a cap of 1500 would be below it
        assignment.logTime(WORKED, money("5"), "Read the chart.", REVIEWER, LATER);

        assertThatThrownBy(() -> assignment.engage(money("400.00"), money("1000.00"), money("1500.00")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("budgetCap");
                    assertThat(v.getMessage()).contains("2000.00");
                });
        assertThatThrownBy(() -> assignment.engage(money("400.00"), money("-1"), money("4000.00")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("retainer"));
        assertThat(assignment.getBudgetCap()).isEqualByComparingTo("4000");
    }

    @Test
    void takesAnyHoursWhenNoBudgetCapWasAgreed() {
        ReviewerAssignment assignment = cleared();
        assignment.engage(money("400"), null, null);

        assignment.logTime(WORKED, money("24"), "Read the chart.", REVIEWER, LATER);
        assignment.logTime(WORKED.plusDays(1), money("24"), "Wrote the draft.", REVIEWER, LATER);

        assertThat(assignment.totalHours()).isEqualByComparingTo("48");
    }

    @Test
    void totalsTheHoursOfEveryEntryInvoicedOrNot() {
        ReviewerAssignment assignment = engaged();
        assertThat(assignment.totalHours()).isEqualByComparingTo("0");

        assignment.logTime(WORKED, money("1.5"), "Read the chart.", REVIEWER, LATER);
        assignment.invoice(COORDINATOR, LATER);
        assignment.logTime(WORKED.plusDays(1), money("2.25"), "Wrote the draft.", REVIEWER, LATER);

        assertThat(assignment.totalHours()).isEqualByComparingTo("3.75");
    }

    // ---- invoices -----------------------------------------------------------------------------

    @Test
    void appliesTheRetainerOnceAcrossInvoicesAndInvoicesOnlyNewTime() {
        // rate 400, retainer 1000, cap 4000
        ReviewerAssignment assignment = engaged();
        TimeEntry chart = assignment.logTime(WORKED, money("3"), "Read the chart.", REVIEWER, LATER);

        // 3 h × 400 = 1200 in fees; the whole retainer of 1000 comes off, 200 is due
        ReviewInvoice first = assignment.invoice(COORDINATOR, LATER);

        assertThat(first.getHours()).isEqualByComparingTo("3");
        assertThat(first.getFees()).isEqualByComparingTo("1200");
        assertThat(first.getRetainerApplied()).isEqualByComparingTo("1000");
        assertThat(first.getAmountDue()).isEqualByComparingTo("200");
        assertThat(first.getIssuedBy()).isEqualTo(COORDINATOR);
        assertThat(chart.getInvoice()).isSameAs(first);

        TimeEntry draft = assignment.logTime(WORKED.plusDays(1), money("2"), "Wrote the draft.", REVIEWER, LATER);

        // only the 2 new hours: 2 × 400 = 800; the retainer is used up, so 0 comes off and 800 is due
        ReviewInvoice second = assignment.invoice(COORDINATOR, LATER);

        assertThat(second.getHours()).isEqualByComparingTo("2");
        assertThat(second.getFees()).isEqualByComparingTo("800");
        assertThat(second.getRetainerApplied()).isEqualByComparingTo("0");
        assertThat(second.getAmountDue()).isEqualByComparingTo("800");
        assertThat(draft.getInvoice()).isSameAs(second);
        assertThat(chart.getInvoice()).isSameAs(first);
        assertThat(assignment.getInvoices()).containsExactly(first, second);
    }

    @Test
    void spreadsARetainerLargerThanTheFirstInvoiceOverTheNextOne() {
        ReviewerAssignment assignment = engaged();

        // 2 h × 400 = 800, all of it from the retainer; 200 of it is left
        assignment.logTime(WORKED, money("2"), "Read the chart.", REVIEWER, LATER);
        ReviewInvoice first = assignment.invoice(COORDINATOR, LATER);
        // 1 h × 400 = 400; the last 200 of the retainer comes off, 200 is due
        assignment.logTime(WORKED.plusDays(1), money("1"), "Wrote the draft.", REVIEWER, LATER);
        ReviewInvoice second = assignment.invoice(COORDINATOR, LATER);

        assertThat(first.getRetainerApplied()).isEqualByComparingTo("800");
        assertThat(first.getAmountDue()).isEqualByComparingTo("0");
        assertThat(second.getRetainerApplied()).isEqualByComparingTo("200");
        assertThat(second.getAmountDue()).isEqualByComparingTo("200");
    }

    @Test
    void refusesAnInvoiceWhenThereIsNoNewTime() {
        ReviewerAssignment assignment = engaged();

        assertThatThrownBy(() -> assignment.invoice(COORDINATOR, LATER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("timeEntries"));

        assignment.logTime(WORKED, money("3"), "Read the chart.", REVIEWER, LATER);
        assignment.invoice(COORDINATOR, LATER);

        assertThatThrownBy(() -> assignment.invoice(COORDINATOR, LATER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("timeEntries"));
        assertThat(assignment.getInvoices()).hasSize(1);
    }

    // ---- arrangements -------------------------------------------------------------------------

    private static ReviewerAssignment cleared() {
        return proposed(List.of(), List.of(), null);
    }

    private static ReviewerAssignment waived() {
        return proposed(List.of(TIE, LOBBY), List.of(GAP), "  Only board-certified reviewer in the region. ");
    }

    /** Rate 400 an hour, retainer 1000, budget cap 4000. */
    private static ReviewerAssignment engaged() {
        ReviewerAssignment assignment = cleared();
        assignment.engage(money("400.00"), money("1000.00"), money("4000.00"));
        return assignment;
    }

    private static ReviewerAssignment proposed(List<String> conflicts, List<String> gaps, String waiverReason) {
        return new ReviewerAssignment(legalCase(), 77L, REVIEWER, "ACTIVE", true, 1, "", conflicts, gaps,
                waiverReason, COORDINATOR, PROPOSED);
    }

    static LegalCase legalCase() {
        return new LegalCase(new LegalFirm("Baird & Cole LLP"), RequestingSide.PLAINTIFF, "A. Baird", "M-2026-014",
                "LGH-", "legal.baird", PROPOSED);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
