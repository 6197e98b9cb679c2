package org.secondopinion.estimate.control;

/** Whom the patient's coverage takes in, which decides the deductible that remains. */
public enum CoverageKind {
    /** Only the patient: the individual deductible and out-of-pocket maximum. */
    SELF_ONLY,
    /** A family plan where each member also has the individual deductible inside the family one. */
    FAMILY_EMBEDDED,
    /** A family plan with one deductible for all: no one's plan pays until the family deductible is met. */
    FAMILY_AGGREGATE,
    /** Uninsured or self-pay: discounted cash prices, no accumulators (a Good Faith Estimate). */
    SELF_PAY
}
