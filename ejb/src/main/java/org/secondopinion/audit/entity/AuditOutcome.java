package org.secondopinion.audit.entity;

/** How the audited action ended. */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
