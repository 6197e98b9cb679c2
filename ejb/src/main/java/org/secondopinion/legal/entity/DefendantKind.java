package org.secondopinion.legal.entity;

/** A defendant is a clinician or a facility. */
public enum DefendantKind {
    PROVIDER, FACILITY
}
