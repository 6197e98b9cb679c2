package org.secondopinion.estimate.control;

/** Which price of the fee schedule a line's amount was taken from. */
public enum PriceBasis {
    DISCOUNTED_CASH,
    GROSS_CHARGE,
    NEGOTIATED_DOLLAR,
    NEGOTIATED_PERCENTAGE,
    NEGOTIATED_ALGORITHM,
    OUT_OF_NETWORK_ALLOWED
}
