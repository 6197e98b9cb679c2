package org.secondopinion.legal.entity;

/** A step in a document's chain of custody (documents are never shown inline: a download is how one is seen). */
public enum CustodyAction {
    RECEIVED, DOWNLOADED, PRODUCED, HOLD_PLACED, HOLD_RELEASED, DELETION_REFUSED, DELETED,
    INTEGRITY_FAILED
}
