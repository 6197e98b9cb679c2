package org.secondopinion.estimate.entity;

/** Why a second opinion is sought; Medicare Part B covers only the last two. */
public enum OpinionPurpose {
    ROUTINE,
    /** A second opinion before medically necessary non-emergency surgery. */
    BEFORE_NON_EMERGENCY_SURGERY,
    /** A third opinion because the first two on the need for that surgery differ. */
    THIRD_AFTER_DIFFERING_OPINIONS
}
