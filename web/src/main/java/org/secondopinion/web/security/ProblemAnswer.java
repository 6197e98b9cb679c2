package org.secondopinion.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.secondopinion.web.requestlog.RequestId;

/**
 * The RFC 9457 problem an authentication mechanism answers itself (before JAX-RS and its exception mappers): 401
 * with the challenge the caller should answer, 403, or 503 when the credential cannot be checked (database away).
 * The detail is the mechanism's own text, never the caller's.
 */
final class ProblemAnswer {

    private ProblemAnswer() {
    }

    /** 401 with {@code WWW-Authenticate: challenge}. */
    static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                             String challenge, String detail) {
        response.setHeader("WWW-Authenticate", challenge);
        return write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "login", detail);
    }

    static AuthenticationStatus forbidden(HttpServletRequest request, HttpServletResponse response, String detail) {
        return write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "forbidden", detail);
    }

    /** 503 with {@code Retry-After: seconds}: the credential could not be checked now. */
    static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
                                            int retryAfterSeconds, String detail) {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        return write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable", "transient",
                detail);
    }

    /**
     * Writes the answer: a problem detail for {@code /api}, an OperationOutcome (with the FHIR issue type
     * {@code fhirIssue}) for {@code /fhir}.
     */
    private static AuthenticationStatus write(HttpServletRequest request, HttpServletResponse response, int status,
                                              String title, String fhirIssue, String detail) {
        if (SecondOpinionAuthentication.isFhir(request)) {
            return writeOperationOutcome(response, status, fhirIssue, detail);
        }
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "'") + "\""
                    + requestId(response) + "}");
            // committed now: the container answers a failed authentication with this status, not its own
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; the status already says enough
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus writeOperationOutcome(HttpServletResponse response, int status, String issue,
                                                              String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/fhir+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                    + "\"code\":\"" + issue + "\",\"diagnostics\":\"" + detail.replace("\\", "\\\\").replace("\"", "'")
                    + "\"}]}");
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; the status already says enough
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The {@code requestId} member: the id this answer carries (sane by construction, so written as it is). */
    private static String requestId(HttpServletResponse response) {
        String id = response.getHeader(RequestId.HEADER);
        return RequestId.isSane(id) ? ",\"requestId\":\"" + id + "\"" : "";
    }
}
