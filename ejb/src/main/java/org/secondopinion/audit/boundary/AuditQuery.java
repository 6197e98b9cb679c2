package org.secondopinion.audit.boundary;

import java.time.Instant;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;

/** Filters of the audit log; a null field does not filter. {@code to} is exclusive. */
public record AuditQuery(String actor, AuditAction action, String recordType, String recordId,
                         AuditOutcome outcome, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    public boolean filtersNothing() {
        return blank(actor) && action == null && blank(recordType) && blank(recordId)
                && outcome == null && from == null && to == null;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
