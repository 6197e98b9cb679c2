package org.secondopinion.legal.control;

/** The state of a reviewer's medical licence: only an unrestricted licence qualifies. */
public enum LicenceStatus {
    UNRESTRICTED, RESTRICTED
}
