package org.secondopinion.legal.entity;

/** A step in a document's chain of custody. */
public enum CustodyAction {
    RECEIVED, VIEWED, DOWNLOADED, PRODUCED, RELEASED, HOLD_PLACED, HOLD_RELEASED, DELETION_REFUSED, DELETED,
    INTEGRITY_FAILED
}
