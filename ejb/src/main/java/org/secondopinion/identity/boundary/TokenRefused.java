package org.secondopinion.identity.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A token request refused, with its RFC 6749 section 5.2 error code ({@code invalid_client},
 * {@code invalid_request}, {@code unsupported_grant_type}, {@code invalid_scope}).
 */
@ApplicationException
public class TokenRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String INVALID_CLIENT = "invalid_client";
    public static final String INVALID_REQUEST = "invalid_request";
    public static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
    public static final String INVALID_SCOPE = "invalid_scope";

    private final String error;

    public TokenRefused(String error, String description) {
        super(description);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
