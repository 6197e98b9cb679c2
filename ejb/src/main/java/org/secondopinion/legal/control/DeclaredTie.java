package org.secondopinion.legal.control;

/**
 * A tie the candidate reviewer declares for a case, to a named person or organisation.
 *
 * @param kind  what the tie is
 * @param party who or what it is to: the patient, a defendant, a hospital, the firm that would pay
 */
public record DeclaredTie(Kind kind, String party) {

    /** The ties a reviewer is asked about. */
    public enum Kind {
        FAMILY, FINANCIAL, PROFESSIONAL, TREATED_PATIENT, STANDING_COMMITTEE, STAFF_PRIVILEGES, CONTINGENT_FEE
    }

    public DeclaredTie {
        if (kind == null) {
            throw new IllegalArgumentException("A declared tie needs its kind.");
        }
        if (party == null || party.isBlank()) {
            throw new IllegalArgumentException("A declared tie needs the name of whom or what it is to.");
        }
        party = party.strip();
    }
}
