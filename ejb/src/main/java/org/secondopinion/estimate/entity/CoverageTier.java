package org.secondopinion.estimate.entity;

/** Whom a patient's coverage takes in. */
public enum CoverageTier {
    SELF_ONLY,
    FAMILY
}
