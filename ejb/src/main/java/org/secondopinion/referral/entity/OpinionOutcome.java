package org.secondopinion.referral.entity;

/** The coded outcome of a second opinion; a case may change both diagnosis and treatment. */
public enum OpinionOutcome {
    CONFIRMED,
    DIAGNOSIS_REFINED,
    DIAGNOSIS_CHANGED,
    TREATMENT_CHANGED
}
