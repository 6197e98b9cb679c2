package org.secondopinion.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiClientTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void knowsOnlyTheFixedScopesAndReadsAFirmBoundFormOnlyForFirmBoundScopes() {
        assertThat(ApiScope.of("referral.intake")).contains(ApiScope.REFERRAL_INTAKE);
        assertThat(ApiScope.of("referral.status")).contains(ApiScope.REFERRAL_STATUS);
        assertThat(ApiScope.of("referral.intake:12")).isEmpty();
        assertThat(ApiScope.of("billing")).isEmpty();
        assertThat(ApiScope.of(null)).isEmpty();
    }

    @Test
    void refusesAnUnknownScopeABadClientIdAndNoScope() {
        assertThatThrownBy(() -> new ApiClient("ehr", "EHR", Set.of("billing"), "hash", "admin", AT))
                .hasMessageContaining("billing");
        assertThatThrownBy(() -> new ApiClient("a b", "EHR", Set.of("referral.intake"), "hash", "admin", AT))
                .hasMessageContaining("client id");
        assertThatThrownBy(() -> new ApiClient("ehr", "EHR", Set.of(), "hash", "admin", AT))
                .hasMessageContaining("scope");
    }

    @Test
    void recordsWhoDisabledItAndWhen() {
        ApiClient client = new ApiClient(" EHR-North ", "EHR North", Set.of("referral.intake"), "hash", "admin", AT);

        client.disable("other.admin", AT.plusSeconds(60));

        assertThat(client.getClientId()).isEqualTo("ehr-north");
        assertThat(client.isActive()).isFalse();
        assertThat(client.getUpdatedBy()).isEqualTo("other.admin");
        assertThat(client.getUpdatedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(client.getCreatedBy()).isEqualTo("admin");
    }
}
