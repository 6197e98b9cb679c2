package org.secondopinion.estimate.entity;

/** How a plan's family deductible works. */
public enum FamilyDeductible {
    /** Each member also has the individual deductible inside the family one. */
    EMBEDDED,
    /** One deductible for the whole family: the plan pays for no one until it is met. */
    AGGREGATE
}
