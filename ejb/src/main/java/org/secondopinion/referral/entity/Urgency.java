package org.secondopinion.referral.entity;

/** How soon the patient needs the opinion. An emergency is not a second-opinion case and is refused at intake. */
public enum Urgency {
    ROUTINE,
    URGENT,
    EMERGENCY
}
