package org.secondopinion.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.Role;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void locksAfterFiveFailuresInARowForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.signInFailed(NOW);
        }
        assertThat(account.maySignInAt(NOW)).isTrue();
        account.signInFailed(NOW);
        assertThat(account.maySignInAt(NOW)).isFalse();
        assertThat(account.maySignInAt(NOW.plusSeconds(14 * 60))).isFalse();
        assertThat(account.maySignInAt(NOW.plusSeconds(15 * 60 + 1))).isTrue();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.signInFailed(NOW);
        }
        account.signedIn(NOW);
        account.signInFailed(NOW);
        assertThat(account.maySignInAt(NOW)).isTrue();
        assertThat(account.getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        UserAccount account = account();
        account.activate(false);
        assertThat(account.maySignInAt(NOW)).isFalse();
    }

    @Test
    void comparesUserNamesWithoutCaseOrSpace() {
        assertThat(new UserAccount("  Nadia.Rahman ", "Nadia", null, "hash", EnumSet.of(Role.BILLING), NOW).getUsername())
                .isEqualTo("nadia.rahman");
    }

    @Test
    void needsAtLeastOneRole() {
        assertThatThrownBy(() -> new UserAccount("nadia", "Nadia", null, "hash", Set.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UserAccount account() {
        return new UserAccount("nadia", "Nadia Rahman", "nadia@example.org", "hash", EnumSet.of(Role.COORDINATOR), NOW);
    }
}
