package org.secondopinion.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * The record is locked against change (an issued estimate, a final opinion, a document under legal hold):
 * the change is refused and nothing is written. Shown as 409 on the API and as a message on pages.
 */
@ApplicationException(rollback = true)
public class RecordLocked extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordLocked(String message) {
        super(message);
    }
}
