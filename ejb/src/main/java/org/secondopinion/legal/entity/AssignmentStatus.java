package org.secondopinion.legal.entity;

/** Where a reviewer's assignment stands. */
public enum AssignmentStatus {
    /** Conflicted or not fully qualified: waits for a second person to approve the written waiver. */
    WAIVER_PENDING,
    /** The case's reviewer. */
    ASSIGNED,
    /** No longer the reviewer (replaced, or the waiver was not approved). */
    WITHDRAWN
}
