package org.secondopinion.referral.entity;

/** The kind of treatment the first physician proposed. */
public enum TreatmentKind {
    SURGERY,
    DRUG_THERAPY,
    RADIATION,
    MONITORING,
    OTHER
}
