package org.secondopinion.estimate.entity;

/** A version of an estimate: edited as a draft, locked once issued, superseded when a later version is issued. */
public enum EstimateStatus {
    DRAFT,
    ISSUED,
    SUPERSEDED
}
