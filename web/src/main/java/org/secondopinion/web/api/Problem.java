package org.secondopinion.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each field at fault with what is
 * wrong with it; {@code incident} ties a server error to its log line; {@code requestId} is the answer's
 * {@code X-Request-Id}, which its access-log line names (every problem carries it, see {@link ProblemRequestId}).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "incident", "requestId"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String incident, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field and its problem. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null, null,
                null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, incident, requestId);
    }

    public Problem withIncident(String incidentId) {
        return new Problem(type, title, status, detail, instance, errors, incidentId, requestId);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, errors, incident, id);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
