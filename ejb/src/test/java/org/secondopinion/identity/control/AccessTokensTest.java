package org.secondopinion.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Predicate<String> EVERY_CLIENT_ACTIVE = client -> true;

    private final AccessTokens tokens = at(NOW);

    private static AccessTokens at(Instant instant) {
        return new AccessTokens(KEY, "second-opinion", Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void issuesATokenThatNamesTheClientAndItsScopesForFifteenMinutes() throws Exception {
        AccessTokens.Issued issued = tokens.issue("ehr-demo", Set.of("referral.status", "referral.intake"));

        assertThat(issued.expiresInSeconds()).isEqualTo(900);
        assertThat(issued.scope()).isEqualTo("referral.intake referral.status");
        JWTClaimsSet claims = SignedJWT.parse(issued.token()).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("second-opinion");
        assertThat(claims.getSubject()).isEqualTo("ehr-demo");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(claims.getJWTID()).isEqualTo(issued.id()).isNotBlank();
        assertThat(tokens.issue("ehr-demo", Set.of("referral.intake")).id()).isNotEqualTo(issued.id());
    }

    @Test
    void acceptsItsOwnTokenUntilItExpires() throws Exception {
        String token = tokens.issue("ehr-demo", Set.of("referral.intake")).token();

        AccessTokens.Verified caller = at(NOW.plus(Duration.ofMinutes(14))).verify(token, EVERY_CLIENT_ACTIVE);

        assertThat(caller.clientId()).isEqualTo("ehr-demo");
        assertThat(caller.scopes()).containsExactly("referral.intake");
    }

    @Test
    void refusesAnExpiredTokenBeyondTheClockSkew() {
        String token = tokens.issue("ehr-demo", Set.of("referral.intake")).token();

        assertThatThrownBy(() -> at(NOW.plus(Duration.ofMinutes(15)).plusSeconds(31)).verify(token, EVERY_CLIENT_ACTIVE))
                .isInstanceOf(AccessTokens.Invalid.class).hasMessageContaining("expired");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        AccessTokens other = new AccessTokens("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII),
                "second-opinion", Clock.fixed(NOW, ZoneOffset.UTC));
        String token = other.issue("ehr-demo", Set.of("referral.intake")).token();

        assertThatThrownBy(() -> tokens.verify(token, EVERY_CLIENT_ACTIVE))
                .isInstanceOf(AccessTokens.Invalid.class).hasMessageContaining("signature");
    }

    @Test
    void refusesATokenWhoseClaimsWereChanged() {
        String[] parts = tokens.issue("ehr-demo", Set.of("referral.intake")).token().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("referral.intake", "referral.intake billing");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> tokens.verify(tampered, EVERY_CLIENT_ACTIVE))
                .isInstanceOf(AccessTokens.Invalid.class).hasMessageContaining("signature");
    }

    @Test
    void refusesAnUnsignedToken() {
        String[] parts = tokens.issue("ehr-demo", Set.of("referral.intake")).token().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

        assertThatThrownBy(() -> tokens.verify(none, EVERY_CLIENT_ACTIVE)).isInstanceOf(AccessTokens.Invalid.class);
        assertThatThrownBy(() -> tokens.verify("not a token", EVERY_CLIENT_ACTIVE)).isInstanceOf(AccessTokens.Invalid.class);
    }

    @Test
    void refusesATokenOfAnotherIssuerEvenWithTheSameKey() {
        String token = new AccessTokens(KEY, "someone-else", Clock.fixed(NOW, ZoneOffset.UTC))
                .issue("ehr-demo", Set.of("referral.intake")).token();

        assertThatThrownBy(() -> tokens.verify(token, EVERY_CLIENT_ACTIVE))
                .isInstanceOf(AccessTokens.Invalid.class).hasMessageContaining("issuer");
    }

    @Test
    void refusesATokenWithoutExpiry() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer("second-opinion").subject("ehr-demo").claim("scope", "referral.intake")
                .issueTime(Date.from(NOW)).build());
        jwt.sign(new MACSigner(KEY));

        assertThatThrownBy(() -> tokens.verify(jwt.serialize(), EVERY_CLIENT_ACTIVE))
                .isInstanceOf(AccessTokens.Invalid.class).hasMessageContaining("expired");
    }

    @Test
    void refusesTheTokenOfADisabledClient() {
        String token = tokens.issue("ehr-demo", Set.of("referral.intake")).token();

        assertThatThrownBy(() -> tokens.verify(token, client -> !client.equals("ehr-demo")))
                .isInstanceOf(AccessTokens.Invalid.class).hasMessageContaining("disabled");
    }

    @Test
    void refusesAKeyShorterThan256Bits() {
        assertThatThrownBy(() -> new AccessTokens(new byte[31], "second-opinion", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AccessTokens.newKey()).hasSize(32).isNotEqualTo(AccessTokens.newKey());
    }

    @Test
    void grantsEveryScopeOfTheClientWhenNoneIsAskedForAndOnlyItsOwn() {
        Set<String> allowed = Set.of("referral.intake", "referral.status");

        assertThat(AccessTokens.grantedScopes(null, allowed)).containsExactlyInAnyOrderElementsOf(allowed);
        assertThat(AccessTokens.grantedScopes("  ", allowed)).containsExactlyInAnyOrderElementsOf(allowed);
        assertThat(AccessTokens.grantedScopes("referral.status", allowed)).containsExactly("referral.status");
        assertThatThrownBy(() -> AccessTokens.grantedScopes("referral.status billing", allowed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("billing");
    }
}
