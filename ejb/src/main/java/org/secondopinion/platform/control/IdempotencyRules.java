package org.secondopinion.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The rules of the API's {@code Idempotency-Key} header: which keys are valid, what makes two requests the
 * same request (their fingerprint), which answers are kept for a repeat, and how long a key is kept.
 */
public final class IdempotencyRules {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 255;
    /** A key is answered for at least 24 hours; rows are removed after 48, so a late retry still finds its key. */
    public static final Duration KEPT = Duration.ofHours(48);

    private IdempotencyRules() {
    }

    /** What is wrong with the key a caller sent, or empty when it is 1 to 255 printable ASCII characters. */
    public static Optional<String> problemWithKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH
                || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            return Optional.of("The " + HEADER + " header must be 1 to " + MAX_KEY_LENGTH
                    + " printable ASCII characters.");
        }
        return Optional.empty();
    }

    /**
     * The fingerprint of a request: the SHA-256, as hex, of its method, path and query (each preceded by its
     * length, so no two different requests run together into the same bytes) and the SHA-256 of its body.
     */
    public static String fingerprint(String method, String path, String query, byte[] bodySha256) {
        if (bodySha256 == null || bodySha256.length != 32) {
            throw new IllegalArgumentException("the body's SHA-256 must be 32 bytes");
        }
        MessageDigest digest = sha256();
        for (String part : new String[] {method, path, query == null ? "" : query}) {
            byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            digest.update(bytes);
        }
        digest.update(bodySha256);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Only a successful answer is kept; a refused or failed request may be retried with the same key. */
    public static boolean isKept(int status) {
        return status >= 200 && status < 300;
    }

    /** Keys created before this moment have expired. */
    public static Instant expiredBefore(Instant now) {
        return now.minus(KEPT);
    }

    /** A new SHA-256 digest (the body's, updated as the body is read). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
