package org.secondopinion.web.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
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
 * Every failure at {@code /fhir} becomes an OperationOutcome that says what is wrong in words a caller can act on,
 * naming the element at fault by a FHIRPath expression; never a stack trace. The application's own refusals keep
 * their meaning: a rule broken 422, a field invalid 422, not found 404, not allowed 403 (audited), a concurrent
 * change 409, the database away 503 with {@code Retry-After}. Anything else is an incident: logged with an id the
 * caller also gets, answered 500.
 */
@Interceptor
@Dependent
public class FhirErrors {

    private static final Logger LOG = Logger.getLogger(FhirErrors.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    DatabaseHealth database;

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails details, Throwable thrown, HttpServletRequest request,
                                                 HttpServletResponse response) {
        Throwable cause = unwrap(thrown);
        String resourceType = details == null || details.getResourceName() == null ? "Resource"
                : details.getResourceName();
        if (cause instanceof BaseServerResponseException answered) {
            return answered;
        }
        if (cause instanceof DataFormatException unreadable) {
            return new InvalidRequestException("The body is not a valid FHIR R4 resource: " + unreadable.getMessage(),
                    outcome(IssueType.STRUCTURE, "The body is not a valid FHIR R4 resource: " + unreadable.getMessage(),
                            null));
        }
        if (cause instanceof ConstraintViolationException invalid) {
            OperationOutcome outcome = new OperationOutcome();
            invalid.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> fieldName(v)))
                    .forEach(v -> outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID)
                            .setDiagnostics(v.getMessage()).addExpression(FieldPaths.of(fieldName(v), resourceType)));
            return new UnprocessableEntityException(details == null ? FhirContexts.r4() : details.getFhirContext(), outcome);
        }
        if (cause instanceof RuleViolation rule) {
            return new UnprocessableEntityException(details == null ? FhirContexts.r4() : details.getFhirContext(),
                    outcome(IssueType.BUSINESSRULE, rule.getMessage(), FieldPaths.of(rule.field(), resourceType)));
        }
        if (cause instanceof RecordNotFound) {
            return new ResourceNotFoundException(cause.getMessage());
        }
        if (cause instanceof RecordLocked || cause instanceof StaleEdit || cause instanceof OptimisticLockException) {
            String message = cause instanceof OptimisticLockException
                    ? "The record was changed by someone else; read it again and apply your change again."
                    : cause.getMessage();
            return new ResourceVersionConflictException(message);
        }
        if (cause instanceof AccessRefused) {
            // audited where it was refused
            return new ForbiddenOperationException(cause.getMessage());
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            audit.recordRefusal("fhir", request == null ? null : request.getRequestURI(),
                    "refused: the caller's roles do not allow this request");
            return new ForbiddenOperationException("Your roles do not allow this request.");
        }
        if (DatabaseUnavailable.causedBy(thrown) || !database.answers()) {
            LOG.warning(() -> "FHIR request " + path(request) + " (request " + requestId() + ") failed while the"
                    + " database is unavailable: " + DatabaseUnavailable.rootCause(thrown));
            if (response != null) {
                response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            }
            return new UnclassifiedServerFailureException(503, DatabaseUnavailable.DETAIL);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "FHIR incident " + incident + " at " + path(request) + " (request " + requestId() + ")",
                thrown);
        return new InternalErrorException("The server could not complete the request. Quote incident " + incident
                + " to support.");
    }

    /** A create or update without a resource in its body: 400 naming the resource type expected. */
    static void requireBody(IBaseResource sent, String type) {
        if (sent == null) {
            throw new InvalidRequestException("The request has no " + type + " in its body: send one as "
                    + "application/fhir+json or application/fhir+xml.", outcome(IssueType.REQUIRED, "The request has no "
                    + type + " in its body.", type));
        }
    }

    static OperationOutcome outcome(IssueType type, String message, String expression) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue().setSeverity(IssueSeverity.ERROR)
                .setCode(type).setDiagnostics(message);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return outcome;
    }

    private static String path(HttpServletRequest request) {
        return request == null ? "/fhir" : request.getRequestURI();
    }

    private static String requestId() {
        return RequestIds.current().orElse("-");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof EJBException && !(cause instanceof EJBAccessException)
                && !(cause instanceof AccessLocalException)
                || cause instanceof InternalErrorException && cause.getCause() != null
                // HAPI wraps what a provider method throws: InternalErrorException(InvocationTargetException(...))
                || cause instanceof java.lang.reflect.InvocationTargetException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The last named node of the path: {@code takeIn.form.patientName} becomes {@code patientName}. */
    static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != ElementKind.METHOD
                    && node.getKind() != ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }
}
