package org.secondopinion.legal.entity;

/** Where a review stands. */
public enum CaseStatus {
    OPEN, CLOSED
}
