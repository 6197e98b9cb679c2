package org.secondopinion.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The days of a period asked for in a query, checked in code (Payara's OpenAPI reader fails on Bean Validation
 * constraints on resource method parameters): a missing or unreadable day is a 400 problem naming the parameter.
 */
final class Period {

    private Period() {
    }

    /** The day a parameter gives as yyyy-mm-dd. */
    static LocalDate day(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw refused(parameter, parameter + " is required: a date like 2026-01-31.");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw refused(parameter, parameter + ": '" + text + "' is not a date like 2026-01-31.");
        }
    }

    static BadRequestException refused(String parameter, String message) {
        return new BadRequestException(Problem.of(Response.Status.BAD_REQUEST, "The request has invalid parameters.",
                null).withErrors(List.of(new Problem.FieldError(parameter, message))).toResponse());
    }
}
