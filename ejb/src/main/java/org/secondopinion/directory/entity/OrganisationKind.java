package org.secondopinion.directory.entity;

/** What an organisation in the directory is: a place of work, a practice group, or a network joining several. */
public enum OrganisationKind {
    ORGANISATION,
    PRACTICE_GROUP,
    NETWORK
}
