package org.secondopinion.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * The caller holds the role but not this record: a specialist asking for a case not
 * assigned to them, a firm asking for another firm's file. Audited where it is thrown;
 * shown as 403 without saying whether the record exists.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String message) {
        super(message);
    }
}
