package org.secondopinion.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The API's access tokens: JWTs signed with HS256 (nimbus-jose-jwt) carrying the issuer, the
 * client id as subject, the granted scopes, when issued, when they expire (15 minutes later)
 * and a unique id. A token is accepted only with a valid signature by this key, the HS256
 * header, this issuer, an expiry not passed (30 s of clock skew allowed) and a client that is
 * still active. Thread-safe.
 */
public final class AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /** 256 bits, as HS256 needs. */
    public static final int KEY_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JWSSigner signer;
    private final JWSVerifier verifier;
    private final String issuer;
    private final Clock clock;

    public AccessTokens(byte[] key, String issuer, Clock clock) {
        if (key == null || key.length < KEY_BYTES) {
            throw new IllegalArgumentException("the token key must be at least 256 bits");
        }
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the token key cannot sign HS256: " + e.getMessage(), e);
        }
        this.issuer = Objects.requireNonNull(issuer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A new random key for HS256. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** A token for the client with these scopes (already checked against what it may have). */
    public Issued issue(String clientId, Collection<String> scopes) {
        Instant now = Instant.now(clock);
        Instant expires = now.plus(LIFETIME);
        String scope = String.join(" ", new TreeSet<>(scopes));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(clientId)
                .claim("scope", scope)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing an access token failed", e);
        }
        return new Issued(jwt.serialize(), LIFETIME.toSeconds(), scope, claims.getJWTID());
    }

    /**
     * The caller a token names, when it is valid now and its client is still active.
     *
     * @throws Invalid saying why not (for the log; the caller is only told "invalid token")
     */
    public Verified verify(String token, Predicate<String> clientActive) throws Invalid {
        if (token == null || token.isBlank()) {
            throw new Invalid("no token");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token.trim());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Invalid("not a signed JWT");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new Invalid("algorithm " + jwt.getHeader().getAlgorithm() + " not accepted");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new Invalid("signature does not match");
            }
        } catch (JOSEException e) {
            throw new Invalid("signature cannot be checked: " + e.getMessage());
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new Invalid("issuer '" + claims.getIssuer() + "' is not this application");
        }
        Instant now = Instant.now(clock);
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !now.isBefore(expiry.toInstant().plus(CLOCK_SKEW))) {
            throw new Invalid("expired");
        }
        Date issued = claims.getIssueTime();
        if (issued == null || issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw new Invalid("issued in the future");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new Invalid("no subject");
        }
        Object scope = claims.getClaim("scope");
        if (!(scope instanceof String scopes)) {
            throw new Invalid("no scope");
        }
        if (!clientActive.test(subject)) {
            throw new Invalid("client '" + subject + "' is unknown or disabled");
        }
        return new Verified(subject, split(scopes), expiry.toInstant(), claims.getJWTID());
    }

    /**
     * The scopes to grant for a request's {@code scope} parameter: all the client's when it is
     * absent or blank, else the ones asked for, each of which the client must hold.
     *
     * @throws IllegalArgumentException when a scope asked for is not the client's
     */
    public static Set<String> grantedScopes(String requested, Set<String> allowed) {
        if (requested == null || requested.isBlank()) {
            return new TreeSet<>(allowed);
        }
        Set<String> asked = split(requested);
        Set<String> foreign = asked.stream().filter(s -> !allowed.contains(s)).collect(Collectors.toCollection(TreeSet::new));
        if (!foreign.isEmpty()) {
            throw new IllegalArgumentException("scope not granted to this client: " + String.join(" ", foreign));
        }
        return asked;
    }

    private static Set<String> split(String scopes) {
        return Arrays.stream(scopes.trim().split(" +")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A token as the token endpoint returns it. */
    public record Issued(String token, long expiresInSeconds, String scope, String id) {
    }

    /** Who a valid token speaks for. */
    public record Verified(String clientId, Set<String> scopes, Instant expiresAt, String id) {
        public Verified {
            scopes = Set.copyOf(scopes);
        }
    }

    /** A token that must not be accepted. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        public Invalid(String reason) {
            super(reason);
        }
    }
}
