package org.secondopinion.platform.entity;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String recordType, Object recordId) {
        super(recordType + " " + recordId + " was not found.");
    }
}
