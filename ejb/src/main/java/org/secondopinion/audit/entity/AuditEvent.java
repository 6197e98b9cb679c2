package org.secondopinion.audit.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What happened: who, when, which record, which action, with what outcome. The
 * content of an audit entry, before it is placed in the chain.
 */
public record AuditEvent(Instant occurredAt, String actor, AuditAction action, String recordType,
                         String recordId, AuditOutcome outcome, String detail, String clientAddress) {

    /** Longest detail kept; longer text is cut so an entry is never refused for its length. */
    public static final int MAX_DETAIL = 1000;

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        // the database keeps microseconds at best: keep what survives the round trip
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        actor = actor == null || actor.isBlank() ? "anonymous" : cut(actor, 80);
        recordType = cut(recordType, 60);
        recordId = cut(recordId, 80);
        detail = cut(detail, MAX_DETAIL);
        clientAddress = cut(clientAddress, 64);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
