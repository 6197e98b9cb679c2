package org.secondopinion.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.secondopinion.platform.boundary.ListPage;

/**
 * The {@code first} and {@code max} of a list the API pages, checked in code: Payara's OpenAPI reader fails on
 * Bean Validation constraints on resource method parameters, so they are not annotated.
 */
final class Paging {

    static final String FIRST = "first: pages start at row 0 and go up to row " + ListPage.COUNT_CAP + ".";
    static final String MAX = "max: a page holds 1 to " + ListPage.MAX_PAGE + " rows.";

    private Paging() {
    }

    /** The first row, refused (400 naming {@code first}) outside 0 to the count cap. */
    static int first(int first) {
        if (first < 0 || first > ListPage.COUNT_CAP) {
            throw refused("first", FIRST);
        }
        return first;
    }

    /** The page size asked for, or {@code otherwise} when none was; refused (400 naming {@code max}) outside 1 to a page. */
    static int max(Integer max, int otherwise) {
        if (max == null) {
            return otherwise;
        }
        if (max < 1 || max > ListPage.MAX_PAGE) {
            throw refused("max", MAX);
        }
        return max;
    }

    private static BadRequestException refused(String field, String message) {
        return new BadRequestException(Problem.of(Response.Status.BAD_REQUEST, "The request has invalid parameters.", null)
                .withErrors(List.of(new Problem.FieldError(field, message))).toResponse());
    }
}
