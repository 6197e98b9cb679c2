package org.secondopinion.audit.entity;

/** What was done to a record (HIPAA 45 CFR 164.312(b) activity). */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, LOGIN, LOGOUT, ACCESS_DENIED
}
