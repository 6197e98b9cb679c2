package org.secondopinion.referral.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.directory.entity.AffiliationsBuilder.practitioner;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondopinion.directory.control.IndependenceRule.Party;
import org.secondopinion.directory.entity.Affiliations;
import org.secondopinion.referral.control.SpecialistRanking.Request;

class SpecialistRankingTest {

    private static final long GENERAL_HOSPITAL = 10L;
    private static final long CITY_HOSPITAL = 11L;
    private static final long HEALTH_NETWORK = 20L;
    private static final long SURGEONS_GROUP = 30L;

    private static final Map<Long, String> NAMES = Map.of(GENERAL_HOSPITAL, "General Hospital",
            CITY_HOSPITAL, "City Hospital", HEALTH_NETWORK, "Great Lakes Health", SURGEONS_GROUP, "Riverside Surgeons");

    private static final Request REQUEST = new Request("Oncology", "Breast", "Spanish", 10);

    /** The first physician of the referral: General Hospital, Riverside Surgeons, Great Lakes Health. */
    private static final List<Party> PARTIES = List.of(new Party("the first physician",
            practitioner(1L, "Dr. John Smith").npi("1234567893").organisations(GENERAL_HOSPITAL)
                    .practiceGroups(SURGEONS_GROUP).networks(HEALTH_NETWORK).names(NAMES).build()));

    @Test
    void scoresAnIndependentCandidateFromTheDocumentedWeights() {
        CandidateProfile candidate = profile(50L, "Dr. Ana Ortiz", Set.of("Oncology"), Set.of("Breast"), 12, 10, 5,
                true, Set.of("English", "Spanish"), new BigDecimal("8.0"), CITY_HOSPITAL);

        RankedCandidate ranked = single(candidate);

        // specialty 40 + sub-specialty 15 + experience (12 - 5 = 7) + free capacity (15 * 5 free / 10 = 7.5 -> 7)
        // + language 10 + turnaround (8.0 <= target 10) 5 = 84
        assertThat(ranked.eligible()).isTrue();
        assertThat(ranked.exclusions()).isEmpty();
        assertThat(ranked.score()).isEqualTo(84);
        assertThat(ranked.practitionerId()).isEqualTo(50L);
        assertThat(ranked.name()).isEqualTo("Dr. Ana Ortiz");
        assertThat(ranked.reasons()).containsExactly(
                "practises Oncology (+40)",
                "sub-specialty Breast (+15)",
                "12 years of experience (+7)",
                "5 of 10 open cases (+7)",
                "speaks Spanish (+10)",
                "median turnaround 8.0 days (+5)");
    }

    @Test
    void capsExperienceAtFifteenAndGivesTwoPointsForATurnaroundWithinTwiceTheTarget() {
        CandidateProfile candidate = profile(51L, "Dr. Old Hand", Set.of("oncology"), Set.of(), 30, 4, 0, true,
                Set.of("English"), new BigDecimal("20.0"), CITY_HOSPITAL);

        // specialty 40 (matched without regard to case) + experience min(15, 30 - 5) = 15
        // + free capacity 15 * 4 / 4 = 15 + turnaround (20.0 <= 2 * 10) 2 = 72
        assertThat(single(candidate).score()).isEqualTo(72);
    }

    @Test
    void givesNothingForATurnaroundBeyondTwiceTheTargetNorForExperienceUnderFiveYears() {
        CandidateProfile candidate = profile(52L, "Dr. New", Set.of("Oncology"), Set.of(), 3, 10, 9, true,
                Set.of("English"), new BigDecimal("20.1"), CITY_HOSPITAL);

        // specialty 40 + experience max(0, 3 - 5) = 0 + free capacity 15 * 1 / 10 = 1.5 -> 1 + turnaround 0 = 41
        assertThat(single(candidate).score()).isEqualTo(41);
    }

    @Test
    void theRequestedSubSpecialtyRaisesTheScoreByFifteen() {
        CandidateProfile general = baseline(60L, "Dr. General", Set.of(), Set.of("English"));
        CandidateProfile breast = baseline(61L, "Dr. Breast", Set.of("Breast"), Set.of("English"));

        // baseline: specialty 40 + experience (10 - 5 = 5) + free capacity (15 * 8 / 10 = 12) = 57; with sub 57 + 15 = 72
        assertThat(single(general).score()).isEqualTo(57);
        assertThat(single(breast).score()).isEqualTo(72);
    }

    @Test
    void thePatientsLanguageRaisesTheScoreByTen() {
        CandidateProfile english = baseline(60L, "Dr. English", Set.of(), Set.of("English"));
        CandidateProfile spanish = baseline(62L, "Dr. Spanish", Set.of(), Set.of("English", "spanish"));

        // baseline 57 (see above); speaking Spanish 57 + 10 = 67
        assertThat(single(english).score()).isEqualTo(57);
        assertThat(single(spanish).score()).isEqualTo(67);
    }

    @Test
    void excludesACandidateAtTheFirstPhysiciansOrganisationNamingIt() {
        CandidateProfile colleague = profile(70L, "Dr. Colleague", Set.of("Oncology"), Set.of(), 10, 10, 2, true,
                Set.of("English"), null, GENERAL_HOSPITAL);

        RankedCandidate ranked = single(colleague);

        assertThat(ranked.eligible()).isFalse();
        assertThat(ranked.exclusions()).containsExactly(
                "not independent: works at the same organisation as the first physician: General Hospital");
    }

    @Test
    void excludesTheFirstPhysicianThemself() {
        CandidateProfile self = new CandidateProfile(practitioner(1L, "Dr. John Smith").organisations(CITY_HOSPITAL)
                .names(NAMES).build(), Set.of("Oncology"), Set.of(), 10, 10, 0, true, Set.of("English"), null);

        assertThat(single(self).exclusions()).containsExactly("not independent: is the first physician (Dr. John Smith)");
    }

    @Test
    void excludesACandidateAtCapacity() {
        CandidateProfile full = profile(71L, "Dr. Busy", Set.of("Oncology"), Set.of(), 10, 10, 10, true,
                Set.of("English"), null, CITY_HOSPITAL);

        assertThat(single(full).exclusions()).containsExactly("at capacity (10 of 10 open cases)");
    }

    @Test
    void excludesAnUnavailableCandidate() {
        CandidateProfile away = profile(72L, "Dr. Away", Set.of("Oncology"), Set.of(), 10, 10, 0, false,
                Set.of("English"), null, CITY_HOSPITAL);

        assertThat(single(away).exclusions()).containsExactly("unavailable");
    }

    @Test
    void excludesACandidateOfAnotherSpecialtyWithoutTheSpecialtyPoints() {
        CandidateProfile cardiologist = profile(73L, "Dr. Heart", Set.of("Cardiology"), Set.of(), 10, 10, 2, true,
                Set.of("English"), null, CITY_HOSPITAL);

        RankedCandidate ranked = single(cardiologist);

        // no specialty points: experience (10 - 5 = 5) + free capacity (15 * 8 free / 10 = 12) = 17
        assertThat(ranked.exclusions()).containsExactly("does not practise Oncology");
        assertThat(ranked.score()).isEqualTo(17);
    }

    @Test
    void ranksEligibleCandidatesFirstHigherScoreFirst() {
        CandidateProfile best = profile(50L, "Dr. Ana Ortiz", Set.of("Oncology"), Set.of("Breast"), 12, 10, 5, true,
                Set.of("Spanish"), new BigDecimal("8.0"), CITY_HOSPITAL); // 84
        CandidateProfile plain = baseline(60L, "Dr. General", Set.of(), Set.of("English")); // 57
        CandidateProfile spanish = baseline(62L, "Dr. Spanish", Set.of(), Set.of("Spanish")); // 67
        // excluded, although its score (40 + 15 + 15 + 15 + 10 + 5 = 100) beats every eligible one
        CandidateProfile colleague = profile(70L, "Dr. Colleague", Set.of("Oncology"), Set.of("Breast"), 25, 10, 0,
                true, Set.of("Spanish"), new BigDecimal("5"), GENERAL_HOSPITAL);
        CandidateProfile away = profile(72L, "Dr. Away", Set.of("Oncology"), Set.of(), 10, 10, 0, false,
                Set.of("English"), null, CITY_HOSPITAL); // excluded, 40 + 5 + 15 = 60

        List<RankedCandidate> ranked = SpecialistRanking.rank(REQUEST, List.of(plain, colleague, away, best, spanish),
                PARTIES);

        assertThat(ranked).extracting(RankedCandidate::name).containsExactly(
                "Dr. Ana Ortiz", "Dr. Spanish", "Dr. General", "Dr. Colleague", "Dr. Away");
        assertThat(ranked).extracting(RankedCandidate::score).containsExactly(84, 67, 57, 100, 60);
        assertThat(ranked).extracting(RankedCandidate::eligible).containsExactly(true, true, true, false, false);
    }

    @Test
    void ordersCandidatesWithTheSameScoreByName() {
        CandidateProfile zed = baseline(80L, "Dr. Zed", Set.of(), Set.of("English"));
        CandidateProfile abe = baseline(81L, "Dr. Abe", Set.of(), Set.of("English"));

        assertThat(SpecialistRanking.rank(REQUEST, List.of(zed, abe), PARTIES)).extracting(RankedCandidate::name)
                .containsExactly("Dr. Abe", "Dr. Zed");
    }

    private static RankedCandidate single(CandidateProfile candidate) {
        List<RankedCandidate> ranked = SpecialistRanking.rank(REQUEST, List.of(candidate), PARTIES);
        assertThat(ranked).hasSize(1);
        return ranked.get(0);
    }

    /** Oncology, 10 years, 2 of 10 open cases, available, no turnaround record, at City Hospital. */
    private static CandidateProfile baseline(long id, String name, Set<String> subSpecialties, Set<String> languages) {
        return profile(id, name, Set.of("Oncology"), subSpecialties, 10, 10, 2, true, languages, null, CITY_HOSPITAL);
    }

    private static CandidateProfile profile(long id, String name, Set<String> specialties, Set<String> subSpecialties,
                                            int years, int capacity, long open, boolean available,
                                            Set<String> languages, BigDecimal median, long organisation) {
        Affiliations affiliations = practitioner(id, name).organisations(organisation).names(NAMES).build();
        return new CandidateProfile(affiliations, specialties, subSpecialties, years, capacity, open, available,
                languages, median);
    }
}
