package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyRulesTest {

    private static byte[] body(String text) {
        return IdempotencyRules.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsPrintableAsciiKeysOfOneTo255Characters() {
        assertThat(IdempotencyRules.problemWithKey("a")).isEmpty();
        assertThat(IdempotencyRules.problemWithKey("3f2b9c1e-8d7a-4e11-9a0b-5c6d7e8f9a0b")).isEmpty();
        assertThat(IdempotencyRules.problemWithKey("with space and ~!@#")).isEmpty();
        assertThat(IdempotencyRules.problemWithKey("k".repeat(255))).isEmpty();
    }

    @Test
    void refusesEmptyTooLongAndNonPrintableKeysNamingTheHeader() {
        assertThat(IdempotencyRules.problemWithKey(null)).isPresent();
        assertThat(IdempotencyRules.problemWithKey("")).isPresent();
        assertThat(IdempotencyRules.problemWithKey("k".repeat(256))).isPresent();
        assertThat(IdempotencyRules.problemWithKey("tab\there")).isPresent();
        assertThat(IdempotencyRules.problemWithKey("del\u007f")).isPresent();
        assertThat(IdempotencyRules.problemWithKey("ümlaut")).hasValueSatisfying(
                message -> assertThat(message).contains("Idempotency-Key"));
    }

    @Test
    void sameRequestHasTheSameFingerprint() {
        assertThat(IdempotencyRules.fingerprint("POST", "/api/referrals", null, body("{\"a\":1}")))
                .isEqualTo(IdempotencyRules.fingerprint("POST", "/api/referrals", "", body("{\"a\":1}")))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void methodPathQueryAndBodyEachChangeTheFingerprint() {
        String first = IdempotencyRules.fingerprint("POST", "/api/referrals", "x=1", body("{}"));
        assertThat(IdempotencyRules.fingerprint("PUT", "/api/referrals", "x=1", body("{}"))).isNotEqualTo(first);
        assertThat(IdempotencyRules.fingerprint("POST", "/api/estimates", "x=1", body("{}"))).isNotEqualTo(first);
        assertThat(IdempotencyRules.fingerprint("POST", "/api/referrals", "x=2", body("{}"))).isNotEqualTo(first);
        assertThat(IdempotencyRules.fingerprint("POST", "/api/referrals", "x=1", body("{ }"))).isNotEqualTo(first);
    }

    @Test
    void partsDoNotRunTogether() {
        assertThat(IdempotencyRules.fingerprint("POST", "/api/a", "b", body("")))
                .isNotEqualTo(IdempotencyRules.fingerprint("POST", "/api/ab", "", body("")));
    }

    @Test
    void refusesABodyHashThatIsNotASha256() {
        assertThatThrownBy(() -> IdempotencyRules.fingerprint("POST", "/api", null, new byte[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsOnlySuccessfulAnswers() {
        assertThat(IdempotencyRules.isKept(200)).isTrue();
        assertThat(IdempotencyRules.isKept(201)).isTrue();
        assertThat(IdempotencyRules.isKept(202)).isTrue();
        assertThat(IdempotencyRules.isKept(199)).isFalse();
        assertThat(IdempotencyRules.isKept(300)).isFalse();
        assertThat(IdempotencyRules.isKept(400)).isFalse();
        assertThat(IdempotencyRules.isKept(422)).isFalse();
        assertThat(IdempotencyRules.isKept(500)).isFalse();
    }

    @Test
    void keysExpireAfter48Hours() {
        assertThat(IdempotencyRules.expiredBefore(Instant.parse("2026-12-08T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
    }
}
