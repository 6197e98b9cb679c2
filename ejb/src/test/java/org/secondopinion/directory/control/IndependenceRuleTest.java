package org.secondopinion.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.directory.entity.AffiliationsBuilder.practitioner;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondopinion.directory.control.IndependenceRule.Party;
import org.secondopinion.directory.entity.Affiliations;

class IndependenceRuleTest {

    private static final long GENERAL_HOSPITAL = 10L;
    private static final long CITY_HOSPITAL = 11L;
    private static final long SURGEONS_GROUP = 30L;
    private static final long OTHER_GROUP = 31L;
    private static final long HEALTH_NETWORK = 20L;
    private static final long OTHER_NETWORK = 21L;

    private static final Map<Long, String> NAMES = Map.of(
            GENERAL_HOSPITAL, "General Hospital", CITY_HOSPITAL, "City Hospital",
            SURGEONS_GROUP, "Riverside Surgeons", OTHER_GROUP, "Hillside Practice",
            HEALTH_NETWORK, "Great Lakes Health", OTHER_NETWORK, "Prairie Care");

    /** The first physician: General Hospital, Riverside Surgeons, Great Lakes Health. */
    private static final Affiliations FIRST = practitioner(1L, "Dr. John Smith").npi("1234567893")
            .organisations(GENERAL_HOSPITAL).practiceGroups(SURGEONS_GROUP).networks(HEALTH_NETWORK).names(NAMES)
            .build();

    private static final List<Party> PARTIES = List.of(new Party("the first physician", FIRST));

    @Test
    void excludesTheSamePersonRecognisedByPractitionerId() {
        Affiliations sameId = practitioner(1L, "Dr. John Smith").organisations(CITY_HOSPITAL).names(NAMES).build();

        assertThat(IndependenceRule.tiesOf(sameId, PARTIES)).containsExactly("is the first physician (Dr. John Smith)");
        assertThat(IndependenceRule.independent(sameId, PARTIES)).isFalse();
    }

    @Test
    void excludesTheSamePersonRecognisedByNpi() {
        Affiliations sameNpi = practitioner(99L, "Dr. J. Smith").npi("1234567893").organisations(CITY_HOSPITAL)
                .names(NAMES).build();

        assertThat(IndependenceRule.tiesOf(sameNpi, PARTIES)).containsExactly("is the first physician (Dr. John Smith)");
    }

    @Test
    void doesNotTakeTwoUnknownIdsAndNpisForTheSamePerson() {
        Affiliations first = Affiliations.outsider("Dr. John Smith", null, null, null, null);
        Affiliations candidate = practitioner(null, "Dr. Lee").build();

        assertThat(IndependenceRule.tiesOf(candidate, List.of(new Party("the first physician", first)))).isEmpty();
    }

    @Test
    void excludesACandidateAtTheSameOrganisationNamingIt() {
        Affiliations candidate = candidate(Set.of(GENERAL_HOSPITAL), Set.of(OTHER_GROUP), Set.of(OTHER_NETWORK));

        assertThat(IndependenceRule.tiesOf(candidate, PARTIES))
                .containsExactly("works at the same organisation as the first physician: General Hospital");
    }

    @Test
    void excludesACandidateInTheSamePracticeGroupNamingIt() {
        Affiliations candidate = candidate(Set.of(CITY_HOSPITAL), Set.of(SURGEONS_GROUP), Set.of(OTHER_NETWORK));

        assertThat(IndependenceRule.tiesOf(candidate, PARTIES))
                .containsExactly("is in the same practice group as the first physician: Riverside Surgeons");
    }

    @Test
    void excludesACandidateInTheSameNetworkNamingIt() {
        Affiliations candidate = candidate(Set.of(CITY_HOSPITAL), Set.of(OTHER_GROUP), Set.of(HEALTH_NETWORK));

        assertThat(IndependenceRule.tiesOf(candidate, PARTIES))
                .containsExactly("is in the same network as the first physician: Great Lakes Health");
    }

    @Test
    void excludesAnOutsiderFirstPhysicianByTheOrganisationAndNetworkGiven() {
        Affiliations outsider = Affiliations.outsider("Dr. John Smith", GENERAL_HOSPITAL, "General Hospital",
                HEALTH_NETWORK, "Great Lakes Health");
        Affiliations candidate = candidate(Set.of(GENERAL_HOSPITAL), Set.of(), Set.of(HEALTH_NETWORK));

        assertThat(IndependenceRule.tiesOf(candidate, List.of(new Party("the first physician", outsider))))
                .containsExactlyInAnyOrder(
                        "works at the same organisation as the first physician: General Hospital",
                        "is in the same network as the first physician: Great Lakes Health");
    }

    @Test
    void findsNoTieForAnIndependentCandidate() {
        Affiliations candidate = candidate(Set.of(CITY_HOSPITAL), Set.of(OTHER_GROUP), Set.of(OTHER_NETWORK));

        assertThat(IndependenceRule.tiesOf(candidate, PARTIES)).isEmpty();
        assertThat(IndependenceRule.independent(candidate, PARTIES)).isTrue();
    }

    @Test
    void namesTheRoleOfEachPartyTheCandidateIsTiedTo() {
        Affiliations defendant = practitioner(2L, "Dr. Roe").organisations(CITY_HOSPITAL).names(NAMES).build();
        Affiliations candidate = candidate(Set.of(CITY_HOSPITAL), Set.of(), Set.of(HEALTH_NETWORK));

        assertThat(IndependenceRule.tiesOf(candidate,
                List.of(new Party("the first physician", FIRST), new Party("the defendant", defendant))))
                .containsExactly(
                        "is in the same network as the first physician: Great Lakes Health",
                        "works at the same organisation as the defendant: City Hospital");
    }

    private static Affiliations candidate(Set<Long> organisations, Set<Long> groups, Set<Long> networks) {
        return practitioner(50L, "Dr. Ana Ortiz").npi("1245319599").organisations(organisations).practiceGroups(groups)
                .networks(networks).names(NAMES).build();
    }

    @Test
    void excludesAPractitionerWithTheSameNameAsAFirstPhysicianKnownOnlyByName() {
        Affiliations byNameOnly = practitioner(null, "Maria  Jensen").build();
        Affiliations jensen = practitioner(7L, "Dr. Maria Jensen").build();
        Affiliations other = practitioner(8L, "Dr. Mario Jensen").build();

        assertThat(IndependenceRule.tiesOf(jensen, List.of(new Party("the first physician", byNameOnly))))
                .containsExactly("is the first physician (Maria  Jensen)");
        assertThat(IndependenceRule.independent(other, List.of(new Party("the first physician", byNameOnly)))).isTrue();
    }
}
