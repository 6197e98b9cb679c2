package org.secondopinion.feeschedule.control;

/**
 * A value in a price file that cannot be read as its field requires. Thrown per field on
 * bad rows, so it carries no stack trace.
 */
final class InvalidValue extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidValue(String message) {
        super(message, null, false, false);
    }
}
