package org.secondopinion.web.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.identity.boundary.ApiCaller;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.web.security.BearerAuthentication;

/**
 * Refuses, with 403 and an OperationOutcome, what {@link FhirPermissions} does not allow the caller; each refusal is
 * logged and audited with the address asked for.
 */
@Interceptor
@Dependent
public class FhirAccess {

    private static final Logger LOG = Logger.getLogger(FhirAccess.class.getName());

    @Inject
    AuditLog audit;

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public void check(RequestDetails details, HttpServletRequest request) {
        ApiCaller client = request.getAttribute(BearerAuthentication.CALLER) instanceof ApiCaller caller ? caller : null;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        Optional<String> refusal = FhirPermissions.refusal(details.getResourceName(), details.getRestOperationType(),
                roles, client);
        if (refusal.isPresent()) {
            String path = "/fhir/" + (details.getRequestPath() == null ? "" : details.getRequestPath());
            String who = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
            LOG.warning(() -> "FHIR request refused to " + who + ": " + request.getMethod() + " " + path + ": "
                    + refusal.get());
            audit.recordRefusal("fhir", path, "refused: " + refusal.get());
            throw new ForbiddenOperationException(refusal.get());
        }
        requireBoundedBody(request);
    }

    /** The largest body a FHIR request may carry: a referral Bundle is some kilobytes, a large one 1 MB. */
    static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    /**
     * A body is read whole before it is parsed, so its size is checked first: it must say its length (411 when it
     * does not), be at most {@link #MAX_BODY_BYTES} (413) and come uncompressed (415), since a compressed body's
     * length says nothing of what it expands to.
     */
    static void requireBoundedBody(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
            return;
        }
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
            throw new UnclassifiedServerFailureException(415, "Send the body uncompressed (Content-Encoding "
                    + encoding.trim() + " is not taken).");
        }
        long length = request.getContentLengthLong();
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            throw new UnclassifiedServerFailureException(411, "Send the body with its Content-Length.");
        }
        if (length > MAX_BODY_BYTES) {
            throw new PayloadTooLargeException("The body is larger than " + MAX_BODY_BYTES / (1024 * 1024)
                    + " MB.");
        }
    }
}
