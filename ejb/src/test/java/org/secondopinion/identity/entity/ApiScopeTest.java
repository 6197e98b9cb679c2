package org.secondopinion.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

class ApiScopeTest {

    @Test
    void readsALegalScopeOnlyWithItsFirmAndTheReferralScopesOnlyWithout() {
        assertThat(ApiScope.of("legal.cases:7")).contains(ApiScope.LEGAL_CASES);
        assertThat(ApiScope.of("legal.documents:12")).contains(ApiScope.LEGAL_DOCUMENTS);
        assertThat(ApiScope.of("legal.reviews:3")).contains(ApiScope.LEGAL_REVIEWS);
        assertThat(ApiScope.of("legal.cases")).isEmpty();
        assertThat(ApiScope.of("legal.cases:")).isEmpty();
        assertThat(ApiScope.of("legal.cases:0")).isEmpty();
        assertThat(ApiScope.of("legal.cases:-1")).isEmpty();
        assertThat(ApiScope.of("legal.cases:7:8")).isEmpty();
        assertThat(ApiScope.of("legal.cases:1234567890123456789")).as("past a long").isEmpty();
        assertThat(ApiScope.of("referral.status:7")).isEmpty();
        assertThat(ApiScope.LEGAL_CASES.role()).isEqualTo(Role.LEGAL);
    }

    @Test
    void namesTheFirmOfABoundScope() {
        assertThat(ApiScope.firmOf("legal.cases:42")).contains(42L);
        assertThat(ApiScope.firmOf("referral.intake")).isEmpty();
        assertThat(ApiScope.boundFirm(Set.of("legal.documents:9", "legal.cases:9"))).contains(9L);
        assertThat(ApiScope.boundFirm(Set.of("referral.intake"))).isEmpty();
    }

    @Test
    void bindsTheLegalScopesChosenToTheFirmChosen() {
        assertThat(ApiScope.grant(List.of("legal.cases", "legal.documents"), 5L))
                .containsExactly("legal.cases:5", "legal.documents:5");
        assertThat(ApiScope.grant(List.of("referral.intake", "referral.status"), null))
                .containsExactly("referral.intake", "referral.status");
    }

    @Test
    void refusesALegalScopeWithoutAFirmAndAFirmWithoutALegalScopeNamingTheFirmField() {
        assertThatThrownBy(() -> ApiScope.grant(List.of("legal.cases"), null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("choose the firm").extracting("field").isEqualTo("firmId");
        assertThatThrownBy(() -> ApiScope.grant(List.of("legal.cases"), 0L))
                .extracting("field").isEqualTo("firmId");
        assertThatThrownBy(() -> ApiScope.grant(List.of("referral.status"), 5L))
                .extracting("field").isEqualTo("firmId");
    }

    @Test
    void refusesAFirmsClientThatWouldAlsoTakeInReferralsOrNameAnotherFirm() {
        assertThatThrownBy(() -> ApiScope.grant(List.of("legal.cases", "referral.intake"), 5L))
                .hasMessageContaining("referral.intake").extracting("field").isEqualTo("scopes");
        assertThatThrownBy(() -> ApiScope.grant(List.of("billing"), null))
                .hasMessageContaining("billing").extracting("field").isEqualTo("scopes");
        assertThat(ApiScope.problemWith(Set.of("legal.cases:5", "legal.documents:6"))).get().asString()
                .contains("one law firm");
        assertThat(ApiScope.problemWith(Set.of("legal.cases:5", "referral.status"))).isPresent();
        assertThat(ApiScope.problemWith(Set.of("legal.cases:5", "legal.reviews:5"))).isEmpty();
    }

    @Test
    void aClientsFirmIsItsScopesFirmWhileItIsActive() {
        Instant at = Instant.parse("2026-12-06T10:00:00Z");
        ApiClient client = new ApiClient("firm-dms", "Firm DMS", Set.of("legal.cases:5"), "hash", "admin", at);
        assertThat(client.boundFirm()).contains(5L);
        client.disable("admin", at);
        assertThat(client.boundFirm()).isEmpty();
        assertThatThrownBy(() -> new ApiClient("mixed", "Mixed", Set.of("legal.cases:5", "referral.intake"), "hash",
                "admin", at)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legal scopes");
    }
}
