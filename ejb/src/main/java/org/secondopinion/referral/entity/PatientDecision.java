package org.secondopinion.referral.entity;

/** What the patient finally chose after the second opinion. */
public enum PatientDecision {
    FOLLOWED_SECOND_OPINION,
    KEPT_ORIGINAL_PLAN,
    OTHER,
    UNDECIDED
}
