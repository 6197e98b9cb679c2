package org.secondopinion.estimate.entity;

/** A commercial plan sets its own benefit design; Original Medicare Part B follows the law and the yearly figures. */
public enum PlanKind {
    COMMERCIAL,
    MEDICARE_PART_B
}
