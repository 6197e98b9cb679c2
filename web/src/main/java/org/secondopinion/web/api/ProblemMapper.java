package org.secondopinion.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.platform.boundary.DatabaseHealth;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.RecordLocked;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;
import org.secondopinion.web.error.DatabaseUnavailable;
import org.secondopinion.web.requestlog.RequestIds;

/**
 * Every error of the API becomes a problem detail that says what is wrong in words a
 * caller can act on, naming the fields at fault; never a stack trace. Refusals are
 * audited; unexpected failures are logged with an incident id the caller also gets (and the request id, which
 * {@link ProblemRequestId} adds to every problem). A failure while the database is
 * away is no incident: 503 with {@code Retry-After}, and the caller sends the request again.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Inject
    AuditLog audit;

    @Inject
    DatabaseHealth database;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        String path = uri == null ? null : "/api/" + uri.getPath().replaceFirst("^/", "");
        if (cause instanceof ConstraintViolationException invalid) {
            return Problem.of(Status.BAD_REQUEST, "The request has invalid fields.", path)
                    .withErrors(fieldErrors(invalid)).toResponse();
        }
        if (cause instanceof RuleViolation rule) {
            Problem problem = new Problem("about:blank", "Unprocessable Content", 422, rule.getMessage(), path, null, null,
                    null);
            return (rule.field() == null ? problem
                    : problem.withErrors(List.of(new Problem.FieldError(rule.field(), rule.getMessage())))).toResponse();
        }
        if (cause instanceof RecordLocked) {
            return Problem.of(Status.CONFLICT, cause.getMessage(), path).toResponse();
        }
        if (cause instanceof StaleEdit || cause instanceof OptimisticLockException) {
            return Problem.of(Status.CONFLICT, cause instanceof StaleEdit ? cause.getMessage()
                    : "The record was changed by someone else; reload it and apply your change again.", path).toResponse();
        }
        if (cause instanceof RecordNotFound) {
            return Problem.of(Status.NOT_FOUND, cause.getMessage(), path).toResponse();
        }
        if (cause instanceof AccessRefused refused) {
            // audited with the record asked for where it was refused
            return Problem.of(Status.FORBIDDEN, refused.getMessage(), path).toResponse();
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException
                || cause instanceof ForbiddenException) {
            audit.recordRefusal("api", path, "refused: the caller's roles do not allow this request");
            return Problem.of(Status.FORBIDDEN, "Your roles do not allow this request.", path).toResponse();
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return UnreadableBody.describe(cause, bodyType(), path).toResponse();
        }
        Problem badParameter = BadParameter.describe(cause, resource == null ? null : resource.getResourceMethod(), path);
        if (badParameter != null) {
            return badParameter.toResponse();
        }
        if (cause instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    web.getMessage(), path, null, null, null).toResponse();
        }
        // recognised by its cause, or anything else that failed while the database does not answer: an outage
        if (DatabaseUnavailable.causedBy(thrown) || !database.answers()) {
            LOG.warning(() -> "API request " + path + " (request " + requestId() + ") failed while the database is"
                    + " unavailable: " + DatabaseUnavailable.rootCause(thrown));
            return unavailable(path);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident + " at " + path + " (request " + requestId() + ")", thrown);
        return Problem.of(Status.INTERNAL_SERVER_ERROR,
                "The server could not complete the request. Quote incident " + incident + " to support.", path)
                .withIncident(incident).toResponse();
    }

    /**
     * 503 with {@code Retry-After}: the database is away; the caller sends it again (with its Idempotency-Key, a change
     * saved just before the connection broke is not made twice).
     */
    static Response unavailable(String path) {
        return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL, path)
                .toResponse()).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    /** The request id the answer carries (its problem gets it from {@link ProblemRequestId}). */
    private static String requestId() {
        return RequestIds.current().orElse("-");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof EJBException && !(cause instanceof EJBAccessException)
                && !(cause instanceof AccessLocalException)
                || cause instanceof ProcessingException && cause.getCause() instanceof JsonbException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static List<Problem.FieldError> fieldErrors(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    /** The last named node of the path: {@code create.form.username} becomes {@code username}. */
    static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD) {
                name = node.getName();
            }
        }
        return name == null ? "request" : name;
    }

    /** The type of the request body the matched resource method reads, or null. */
    private Class<?> bodyType() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Parameter[] parameters = method.getParameters();
        for (Parameter parameter : parameters) {
            boolean bound = Arrays.stream(parameter.getAnnotations()).anyMatch(a -> a.annotationType().getPackageName()
                    .equals("jakarta.ws.rs") || a.annotationType() == Context.class);
            if (!bound) {
                return parameter.getType();
            }
        }
        return null;
    }
}
