package org.secondopinion.legal.entity;

/** A version of the reviewer's opinion: edited as a draft, locked once final, superseded by a later final one. */
public enum OpinionStatus {
    DRAFT, FINAL, SUPERSEDED
}
