package org.secondopinion.legal.entity;

/** What allows records to leave the hospital (HIPAA 45 CFR 164.508 and 164.512(e)). */
public enum AuthorityKind {
    /** The patient's signed authorisation, valid until it expires or is revoked. */
    AUTHORISATION,
    /** A subpoena, only with satisfactory assurances that the patient was notified or a protective order sought. */
    SUBPOENA,
    /** An order of a court: exactly what it names. */
    COURT_ORDER
}
