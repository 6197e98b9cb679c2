package org.secondopinion.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = NOON;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final VerifiedCredentials cache = new VerifiedCredentials(clock, Duration.ofMinutes(5), 3);

    private void remember(String user, String password) {
        cache.remember(user, password.toCharArray(), user + "-signed-in", cache.ticket());
    }

    @Test
    void answersAVerifiedCredentialWithoutVerifyingAgain() {
        remember("billing", "right-password");

        assertThat(cache.find("billing", "right-password".toCharArray(), String.class)).hasValue("billing-signed-in");
    }

    @Test
    void neverAnswersAWrongPasswordAnotherUserOrAnEmptyOne() {
        remember("billing", "right-password");

        assertThat(cache.find("billing", "right-passworD".toCharArray(), String.class)).isEmpty();
        assertThat(cache.find("billing", "right-password\0".toCharArray(), String.class)).isEmpty();
        assertThat(cache.find("admin", "right-password".toCharArray(), String.class)).isEmpty();
        assertThat(cache.find("billing", new char[0], String.class)).isEmpty();
        assertThat(cache.find(null, "right-password".toCharArray(), String.class)).isEmpty();
    }

    @Test
    void tellsApartAUserNameAndPasswordSplitDifferently() {
        remember("ab", "c-password");

        assertThat(cache.find("a", "bc-password".toCharArray(), String.class)).isEmpty();
    }

    @Test
    void forgetsACredentialWhenItsTimeToLiveEnds() {
        remember("billing", "right-password");

        clock.now = NOON.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertThat(cache.find("billing", "right-password".toCharArray(), String.class)).isPresent();
        clock.now = NOON.plus(Duration.ofMinutes(5));
        assertThat(cache.find("billing", "right-password".toCharArray(), String.class)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        remember("a", "password-a");
        remember("b", "password-b");
        remember("c", "password-c");
        cache.find("a", "password-a".toCharArray(), String.class);

        remember("d", "password-d");

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.find("b", "password-b".toCharArray(), String.class)).as("least recently used").isEmpty();
        assertThat(cache.find("a", "password-a".toCharArray(), String.class)).isPresent();
        assertThat(cache.find("d", "password-d".toCharArray(), String.class)).isPresent();
    }

    @Test
    void forgetsEveryCredentialOfAUserAndOnlyThatUser() {
        remember("billing", "old-password");
        remember("billing", "other-password");
        remember("admin", "admin-password");

        cache.forget("billing");

        assertThat(cache.find("billing", "old-password".toCharArray(), String.class)).isEmpty();
        assertThat(cache.find("billing", "other-password".toCharArray(), String.class)).isEmpty();
        assertThat(cache.find("admin", "admin-password".toCharArray(), String.class)).isPresent();
    }

    @Test
    void doesNotRememberAVerificationThatBeganBeforeAForget() {
        long ticket = cache.ticket();
        // the password is changed while this request is still checking the old one
        cache.forget("billing");

        cache.remember("billing", "old-password".toCharArray(), "stale", ticket);

        assertThat(cache.find("billing", "old-password".toCharArray(), String.class)).isEmpty();
        remember("billing", "new-password");
        assertThat(cache.find("billing", "new-password".toCharArray(), String.class)).isPresent();
    }

    @Test
    void keepsNothingWhenTurnedOff() {
        VerifiedCredentials off = new VerifiedCredentials(clock, Duration.ZERO, 100);
        off.remember("billing", "right-password".toCharArray(), "x", off.ticket());

        assertThat(off.enabled()).isFalse();
        assertThat(off.find("billing", "right-password".toCharArray(), String.class)).isEmpty();
        assertThatThrownBy(() -> new VerifiedCredentials(clock, Duration.ofSeconds(-1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyIsNeitherThePasswordNorAPlainHashOfIt() throws Exception {
        remember("billing", "right-password");
        java.lang.reflect.Field field = VerifiedCredentials.class.getDeclaredField("entries");
        field.setAccessible(true);
        String key = ((java.util.Map<?, ?>) field.get(cache)).keySet().iterator().next().toString();
        String plain = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
                .getInstance("SHA-256").digest("billing\0right-password".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(key).doesNotContain("right-password").isNotEqualTo(plain);
        VerifiedCredentials otherProcess = new VerifiedCredentials(clock, Duration.ofMinutes(5), 3);
        otherProcess.remember("billing", "right-password".toCharArray(), "x", otherProcess.ticket());
        assertThat(((java.util.Map<?, ?>) field.get(otherProcess)).keySet().iterator().next()).isNotEqualTo(key);
    }
}
