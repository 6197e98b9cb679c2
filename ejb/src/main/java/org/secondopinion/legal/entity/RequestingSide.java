package org.secondopinion.legal.entity;

/** Who asks for the review. */
public enum RequestingSide {
    PLAINTIFF, DEFENCE, RISK_MANAGEMENT
}
