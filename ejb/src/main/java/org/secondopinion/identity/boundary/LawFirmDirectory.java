package org.secondopinion.identity.boundary;

import java.util.Optional;

/**
 * The law firms a legal API client can be bound to. Identity sits below the legal component, so legal provides
 * this (a firm-bound scope is refused unless its firm exists) and the dependency keeps pointing down.
 */
public interface LawFirmDirectory {

    /** The name of the firm with this id, or empty when there is none. */
    Optional<String> firmName(long firmId);
}
