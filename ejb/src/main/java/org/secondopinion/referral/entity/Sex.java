package org.secondopinion.referral.entity;

/** The patient's administrative sex, as FHIR's AdministrativeGender. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
