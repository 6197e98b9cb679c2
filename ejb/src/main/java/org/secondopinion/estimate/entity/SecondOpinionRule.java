package org.secondopinion.estimate.entity;

/**
 * How a plan treats a line of category {@link ServiceCategory#SECOND_OPINION}. Many commercial plans do
 * not cover a routine second opinion; Original Medicare Part B covers one before medically necessary
 * non-emergency surgery, and a third when the first two differ (Medicare Benefit Policy Manual ch. 15 §30.D).
 */
public enum SecondOpinionRule {
    /** Never covered: the patient owes the self-pay price. */
    NOT_COVERED,
    /** Covered as the plan's rule for the second-opinion category says. */
    COVERED,
    /** Covered only for the purposes Medicare Part B names, then as the category's rule says. */
    MEDICARE_PART_B
}
