package org.secondopinion.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondopinion.directory.entity.AffiliationsBuilder.practitioner;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.secondopinion.directory.control.IndependenceRule.Party;
import org.secondopinion.directory.entity.Affiliations;
import org.secondopinion.legal.control.DeclaredTie.Kind;
import org.secondopinion.legal.control.ReviewerConflicts.Candidate;
import org.secondopinion.legal.control.ReviewerConflicts.Defendant;

class ReviewerConflictsTest {

    private static final long LAKESIDE = 10L;
    private static final long HILLTOP = 11L;
    private static final long RIVERSIDE_SURGEONS = 30L;
    private static final long OTHER_GROUP = 31L;
    private static final long GREAT_LAKES = 20L;
    private static final long PRAIRIE = 21L;

    private static final Map<Long, String> NAMES = Map.of(LAKESIDE, "Lakeside General Hospital", HILLTOP, "Hilltop Clinic",
            RIVERSIDE_SURGEONS, "Riverside Surgeons", OTHER_GROUP, "Hillside Practice", GREAT_LAKES, "Great Lakes Health",
            PRAIRIE, "Prairie Care");

    private static final String PATIENT = "Anna Kowalski";

    /** The defendant surgeon: Lakeside General Hospital, Riverside Surgeons, Great Lakes Health. */
    private static final Defendant SURGEON = new Defendant(new Party("the defendant Dr. John Smith",
            practitioner(1L, "Dr. John Smith").npi("1234567893").organisations(LAKESIDE)
                    .practiceGroups(RIVERSIDE_SURGEONS).networks(GREAT_LAKES).names(NAMES).build()), "General Surgery");

    /** The defendant hospital, which sets no specialty. */
    private static final Defendant HOSPITAL = new Defendant(new Party("the defendant hospital",
            Affiliations.outsider("Lakeside General Hospital", LAKESIDE, "Lakeside General Hospital", GREAT_LAKES,
                    "Great Lakes Health")), null);

    private static final List<Defendant> DEFENDANTS = List.of(SURGEON, HOSPITAL);

    @Test
    void clearsAnIndependentQualifiedSurgeon() {
        ConflictCheck check = ReviewerConflicts.check(candidate(List.of()), PATIENT, DEFENDANTS);

        assertThat(check.conflicts()).isEmpty();
        assertThat(check.qualificationGaps()).isEmpty();
        assertThat(check.cleared()).isTrue();
    }

    @Test
    void blocksTheDefendantThemself() {
        Affiliations same = practitioner(1L, "Dr. John Smith").organisations(HILLTOP).names(NAMES).build();

        ConflictCheck check = ReviewerConflicts.check(candidate(same, List.of()), PATIENT, List.of(SURGEON));

        assertThat(check.conflicts()).containsExactly("The reviewer is the defendant Dr. John Smith (Dr. John Smith).");
        assertThat(check.cleared()).isFalse();
    }

    @Test
    void blocksATieToADefendantsOrganisationPracticeGroupAndNetwork() {
        Affiliations tied = practitioner(5L, "Dr. Maria Jensen").organisations(LAKESIDE)
                .practiceGroups(RIVERSIDE_SURGEONS).networks(PRAIRIE).names(NAMES).build();

        ConflictCheck check = ReviewerConflicts.check(candidate(tied, List.of()), PATIENT, List.of(SURGEON));

        assertThat(check.conflicts()).containsExactly(
                "The reviewer works at the same organisation as the defendant Dr. John Smith: Lakeside General Hospital.",
                "The reviewer is in the same practice group as the defendant Dr. John Smith: Riverside Surgeons.");
    }

    @Test
    void blocksANetworkTie() {
        Affiliations network = practitioner(5L, "Dr. Maria Jensen").organisations(HILLTOP).practiceGroups(OTHER_GROUP)
                .networks(GREAT_LAKES).names(NAMES).build();

        assertThat(ReviewerConflicts.check(candidate(network, List.of()), PATIENT, List.of(SURGEON)).conflicts())
                .containsExactly("The reviewer is in the same network as the defendant Dr. John Smith: Great Lakes Health.");
    }

    @Test
    void blocksAFamilyTieToThePatient() {
        ConflictCheck check = ReviewerConflicts.check(candidate(List.of(new DeclaredTie(Kind.FAMILY, "anna  kowalski"))),
                PATIENT, DEFENDANTS);

        assertThat(check.conflicts()).containsExactly("The reviewer declared a family tie to anna  kowalski, the patient.");
    }

    @Test
    void blocksAFinancialTieToADefendant() {
        ConflictCheck check = ReviewerConflicts.check(candidate(List.of(new DeclaredTie(Kind.FINANCIAL, "Dr. John Smith"))),
                PATIENT, DEFENDANTS);

        assertThat(check.conflicts())
                .containsExactly("The reviewer declared a financial tie to Dr. John Smith, the defendant Dr. John Smith.");
    }

    @Test
    void blocksAProfessionalTieToADefendantsPracticeGroup() {
        ConflictCheck check = ReviewerConflicts.check(
                candidate(List.of(new DeclaredTie(Kind.PROFESSIONAL, "Riverside Surgeons"))), PATIENT, DEFENDANTS);

        assertThat(check.conflicts()).containsExactly("The reviewer declared a professional tie to Riverside Surgeons, "
                + "the practice group of the defendant Dr. John Smith.");
    }

    @Test
    void blocksADeclaredTieEvenWhenTheNameIsNotRecognised() {
        // ties are declared for this case; a name spelled differently must not let one through
        ConflictCheck check = ReviewerConflicts.check(candidate(List.of(new DeclaredTie(Kind.FAMILY, "J. Smith"))),
                PATIENT, DEFENDANTS);

        assertThat(check.conflicts()).containsExactly("The reviewer declared a family tie to J. Smith.");
    }

    @Test
    void blocksAReviewerWhoTreatedThePatient() {
        ConflictCheck check = ReviewerConflicts.check(candidate(List.of(new DeclaredTie(Kind.TREATED_PATIENT, PATIENT))),
                PATIENT, DEFENDANTS);

        assertThat(check.conflicts()).containsExactly("The reviewer treated the patient (Anna Kowalski).");
    }

    @Test
    void blocksPayThatDependsOnTheOutcome() {
        ConflictCheck check = ReviewerConflicts.check(
                candidate(List.of(new DeclaredTie(Kind.CONTINGENT_FEE, "Baker & Reyes LLP"))), PATIENT, DEFENDANTS);

        assertThat(check.conflicts())
                .containsExactly("The reviewer's pay from Baker & Reyes LLP would depend on the outcome of the case.");
    }

    @Test
    void allowsStaffPrivilegesAtTheSameHospital() {
        ConflictCheck check = ReviewerConflicts.check(
                candidate(List.of(new DeclaredTie(Kind.STAFF_PRIVILEGES, "Lakeside General Hospital"))), PATIENT, DEFENDANTS);

        assertThat(check.conflicts()).isEmpty();
        assertThat(check.cleared()).isTrue();
    }

    @Test
    void blocksAStandingCommitteeSeatAtTheSameHospital() {
        ConflictCheck check = ReviewerConflicts.check(
                candidate(List.of(new DeclaredTie(Kind.STAFF_PRIVILEGES, "Lakeside General Hospital"),
                        new DeclaredTie(Kind.STANDING_COMMITTEE, "Lakeside General Hospital"))), PATIENT, DEFENDANTS);

        assertThat(check.conflicts())
                .containsExactly("The reviewer sits on a standing committee of Lakeside General Hospital, the defendant hospital.");
    }

    @Test
    void blocksAStandingCommitteeSeatAtADefendantsOrganisation() {
        ConflictCheck check = ReviewerConflicts.check(
                candidate(List.of(new DeclaredTie(Kind.STANDING_COMMITTEE, "Lakeside General Hospital"))), PATIENT,
                List.of(SURGEON));

        assertThat(check.conflicts()).containsExactly("The reviewer sits on a standing committee of Lakeside General "
                + "Hospital, the organisation of the defendant Dr. John Smith.");
    }

    @Test
    void allowsAStandingCommitteeSeatAtAnUnrelatedHospital() {
        ConflictCheck check = ReviewerConflicts.check(
                candidate(List.of(new DeclaredTie(Kind.STANDING_COMMITTEE, "Hilltop Clinic"))), PATIENT, DEFENDANTS);

        assertThat(check.conflicts()).isEmpty();
    }

    @Test
    void listsQualificationGapsApartFromConflicts() {
        Candidate unqualified = new Candidate(independent(), "Cardiology", LicenceStatus.RESTRICTED, false, 7, List.of());

        ConflictCheck check = ReviewerConflicts.check(unqualified, PATIENT, DEFENDANTS);

        assertThat(check.conflicts()).isEmpty();
        assertThat(check.independent()).isTrue();
        assertThat(check.qualificationGaps()).containsExactly(
                "Not qualified because the reviewer's specialty, Cardiology, is not that of the defendant Dr. John Smith, General Surgery.",
                "Not qualified because the reviewer's licence is restricted.",
                "Not qualified because the reviewer is not board certified.",
                "Not qualified because the reviewer last practised clinically 7 years ago, more than the 5 allowed.");
        assertThat(check.cleared()).isFalse();
    }

    @Test
    void takesTheRecentPracticeYearsAsAParameter() {
        Candidate sixYears = new Candidate(independent(), "general surgery", LicenceStatus.UNRESTRICTED, true, 6, List.of());

        assertThat(ReviewerConflicts.check(sixYears, PATIENT, DEFENDANTS).qualificationGaps()).containsExactly(
                "Not qualified because the reviewer last practised clinically 6 years ago, more than the 5 allowed.");
        assertThat(ReviewerConflicts.check(sixYears, PATIENT, DEFENDANTS, 7).cleared()).isTrue();
        assertThat(ReviewerConflicts.check(sixYears, PATIENT, DEFENDANTS, 6).cleared()).isTrue();
    }

    @Test
    void refusesACaseWithoutDefendants() {
        assertThatThrownBy(() -> ReviewerConflicts.check(candidate(List.of()), PATIENT, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A malpractice case has at least one defendant.");
        assertThatThrownBy(() -> new DeclaredTie(Kind.FAMILY, " "))
                .hasMessage("A declared tie needs the name of whom or what it is to.");
    }

    private static Affiliations independent() {
        return practitioner(5L, "Dr. Maria Jensen").npi("1003000126").organisations(HILLTOP).practiceGroups(OTHER_GROUP)
                .networks(PRAIRIE).names(NAMES).build();
    }

    private static Candidate candidate(List<DeclaredTie> ties) {
        return candidate(independent(), ties);
    }

    private static Candidate candidate(Affiliations affiliations, List<DeclaredTie> ties) {
        return new Candidate(affiliations, "General Surgery", LicenceStatus.UNRESTRICTED, true, 0, ties);
    }
}
