package org.secondopinion.legal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.DefendantKind;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;
import org.secondopinion.legal.entity.RequestingSide;
import org.secondopinion.legal.entity.StateDeadlineRule;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Issue 10, item 3: a case with an incident in 1900 and a claimant born in 1969 made the firm's deadlines and
 * calendar answer 500 (the calculator refuses a claimant born after the incident). Such a case is now refused at
 * input, and one already stored gives a sentence instead of a failure.
 */
class DeadlinesComputeTest {

    @Test
    void aCaseWhoseStoredDatesDoNotFitTogetherGivesAReasonInsteadOfFailing() throws Exception {
        LegalCase stored = legalCase();
        stored.claimant("Marek Novak", LocalDate.of(1969, 11, 3), null);
        set(stored, "incidentDate", LocalDate.of(1900, 1, 1)); // stored before the checks at input

        List<Deadlines.DefendantDeadlines> computed = Deadlines.compute(stored, pennsylvania());

        assertThat(computed).hasSize(1);
        assertThat(computed.get(0).deadlines()).isEmpty();
        assertThat(computed.get(0).rule()).startsWith("No dates can be computed until the case's dates are corrected")
                .contains("1969-11-03");
    }

    @Test
    void computesTheDeadlinesOfAnIncidentLongAgo() throws Exception {
        LegalCase old = legalCase();
        old.claimant("Marek Novak", null, null);
        old.dates(LocalDate.of(1900, 1, 1), null, null, null, null);

        List<Deadlines.DefendantDeadlines> computed = Deadlines.compute(old, pennsylvania());

        assertThat(computed.get(0).deadlines()).isNotEmpty();
        // 1 Jan 1902 was a Wednesday and New Year's Day: the limitations date moves to Thursday 2 Jan 1902
        assertThat(computed.get(0).deadlines().get(0).date()).isEqualTo(LocalDate.of(1902, 1, 2));
    }

    @Test
    void refusesAnIncidentBeforeTheClaimantWasBorn() {
        LegalCase legalCase = legalCase();
        legalCase.claimant("Marek Novak", LocalDate.of(1969, 11, 3), null);

        assertThatThrownBy(() -> legalCase.dates(LocalDate.of(1900, 1, 1), null, null, null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("incidentDate"));
    }

    @Test
    void refusesANoticeOfIntentBeforeTheIncident() {
        LegalCase legalCase = legalCase();

        assertThatThrownBy(() -> legalCase.dates(LocalDate.of(2024, 3, 1), null, null, LocalDate.of(2024, 2, 1), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("noticeOfIntentDate"));
    }

    @Test
    void refusesAJurisdictionThatIsNoUsStateOrTerritory() {
        LegalCase legalCase = legalCase();

        assertThatThrownBy(() -> legalCase.forum("ZZ", false, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("jurisdiction"));
        legalCase.forum("pr", false, null);
        assertThat(legalCase.getJurisdiction()).isEqualTo("PR");
    }

    private static LegalCase legalCase() {
        LegalCase legalCase = new LegalCase(new LegalFirm("Harper & Vance LLP"), RequestingSide.PLAINTIFF, "Ruth Harper",
                "HV-1", "HV", "legal", Instant.now());
        legalCase.forum("PA", false, null);
        legalCase.add(new Defendant(DefendantKind.PROVIDER, "Dr. Maria Jensen", null, null, null, null, null));
        return legalCase;
    }

    private static StateDeadlineRule pennsylvania() throws Exception {
        Constructor<StateDeadlineRule> constructor = StateDeadlineRule.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        StateDeadlineRule rule = constructor.newInstance();
        set(rule, "state", "PA");
        set(rule, "effectiveFrom", LocalDate.of(2026, 1, 1));
        rule.change(24, null, LimitationCombination.LATER, null, 18, MeritTrigger.AFTER_FILING, 60, 0,
                true, null, "42 Pa.C.S. 5524(2)", "Pa.R.C.P. 1042.3", "test", Instant.now());
        return rule;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
