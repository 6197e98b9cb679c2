package org.secondopinion.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.secondopinion.audit.entity.AuditEvent;

/**
 * The hash of an audit entry: SHA-256 over its number, the previous entry's hash and
 * every field of the event, each written with its length so no two different
 * entries share a canonical form.
 */
public final class AuditHasher {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    public static String hash(long id, String previousHash, AuditEvent event) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, Long.toString(id));
        append(canonical, previousHash);
        append(canonical, event.occurredAt().toString());
        append(canonical, event.actor());
        append(canonical, event.action().name());
        append(canonical, event.recordType());
        append(canonical, event.recordId());
        append(canonical, event.outcome().name());
        append(canonical, event.detail());
        append(canonical, event.clientAddress());
        return HexFormat.of().formatHex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void append(StringBuilder canonical, String field) {
        if (field == null) {
            canonical.append("-1:");
        } else {
            canonical.append(field.length()).append(':').append(field);
        }
        canonical.append('|');
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
