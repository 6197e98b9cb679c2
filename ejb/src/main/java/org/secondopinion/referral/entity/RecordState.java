package org.secondopinion.referral.entity;

/** Where one item of the records checklist stands. */
public enum RecordState {
    REQUESTED,
    RECEIVED,
    NOT_APPLICABLE
}
