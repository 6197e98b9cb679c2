package org.secondopinion.web.api;

import org.secondopinion.platform.entity.RuleViolation;

/** A request whose JSON body is missing gets a 422 naming the body, not a null further down. */
final class RequestBodies {

    private RequestBodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("body", "Send the record as JSON.");
        }
        return body;
    }
}
