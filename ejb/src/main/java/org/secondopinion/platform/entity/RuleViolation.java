package org.secondopinion.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused the user's action. It names the field at fault (or none
 * when the rule concerns the whole record) and rolls the transaction back, so
 * nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public RuleViolation(String message) {
        this(null, message);
    }

    /** The input field the rule concerns, or null. */
    public String field() {
        return field;
    }
}
