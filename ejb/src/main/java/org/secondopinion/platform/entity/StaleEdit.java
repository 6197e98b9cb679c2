package org.secondopinion.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record after the user loaded it: the edit is refused
 * rather than silently overwriting their change.
 */
@ApplicationException(rollback = true)
public class StaleEdit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleEdit(String recordType, Object recordId) {
        super(recordType + " " + recordId + " was changed by someone else since you opened it. "
                + "Reload it and apply your change again.");
    }
}
