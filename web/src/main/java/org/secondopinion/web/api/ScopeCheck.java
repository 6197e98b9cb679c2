package org.secondopinion.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.identity.boundary.ApiCaller;
import org.secondopinion.identity.entity.ApiScope;
import org.secondopinion.web.security.BearerAuthentication;

/**
 * Confines a caller signed in with a bearer token to the operations its scopes grant. The
 * token's client holds the role those operations need (COORDINATOR for the referral scopes,
 * LEGAL for the legal ones), which would open far more: every other operation is refused here
 * with 403, before the role check, whatever the role allows. People (session or Basic) pass
 * untouched. Which firm's cases a legal scope reaches is not decided here but at the legal
 * boundaries' wall (CaseWall), as for the firm's lawyers: another firm's case answers 404.
 */
@Provider
public class ScopeCheck implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(ScopeCheck.class.getName());

    /** The operations a scope grants, by resource class and method name. */
    static final Map<Class<?>, Map<String, ApiScope>> OPERATIONS = Map.of(
            ReferralsResource.class, Map.of(
                    "takeIn", ApiScope.REFERRAL_INTAKE,       // POST /api/referrals
                    "get", ApiScope.REFERRAL_STATUS),         // GET /api/referrals/{id}
            LegalCasesResource.class, Map.of(
                    "search", ApiScope.LEGAL_CASES,           // GET /api/legal/cases
                    "get", ApiScope.LEGAL_CASES),             // GET /api/legal/cases/{id}
            CaseDeadlinesResource.class, Map.of(
                    "deadlines", ApiScope.LEGAL_CASES),       // GET /api/legal/cases/{id}/deadlines
            CaseDocumentsResource.class, Map.of(
                    "documents", ApiScope.LEGAL_CASES,        // GET /api/legal/cases/{id}/documents
                    "receive", ApiScope.LEGAL_DOCUMENTS),     // POST /api/legal/cases/{id}/documents
            LegalDocumentsResource.class, Map.of(
                    "download", ApiScope.LEGAL_CASES),        // GET /api/legal/documents/{documentId}
            OpinionsResource.class, Map.of(
                    "opinions", ApiScope.LEGAL_CASES,         // GET /api/legal/cases/{id}/opinions
                    "opinionPdf", ApiScope.LEGAL_CASES),      // GET /api/legal/cases/{id}/opinions/{revision}/pdf
            AssignmentsResource.class, Map.of(
                    "assignments", ApiScope.LEGAL_CASES,      // GET /api/legal/cases/{id}/assignments
                    "propose", ApiScope.LEGAL_REVIEWS),       // POST /api/legal/cases/{id}/assignments
            CandidatesResource.class, Map.of(
                    "candidates", ApiScope.LEGAL_REVIEWS));   // GET /api/legal/cases/{id}/candidates

    static Optional<ApiScope> scopeOf(Class<?> resource, String method) {
        return Optional.ofNullable(OPERATIONS.getOrDefault(resource, Map.of()).get(method));
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(new Filter(scopeOf(resource.getResourceClass(), resource.getResourceMethod().getName())
                .orElse(null)));
    }

    @Priority(Priorities.AUTHORIZATION - 10)
    static final class Filter implements ContainerRequestFilter {

        private final ApiScope scope;

        Filter(ApiScope scope) {
            this.scope = scope;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            // the servlet request's attributes are the JAX-RS request's properties
            if (!(request.getProperty(BearerAuthentication.CALLER) instanceof ApiCaller caller)) {
                return;
            }
            if (scope != null && caller.holds(scope)) {
                return;
            }
            String path = "/api/" + request.getUriInfo().getPath();
            LOG.warning(() -> "Bearer client '" + caller.clientId() + "' refused " + request.getMethod() + " " + path
                    + ": not in its scopes " + caller.scopes());
            CDI.current().select(AuditLog.class).get().recordRefusal("api", path,
                    "refused: the access token's scopes " + caller.scopes() + " do not allow this request");
            request.abortWith(Problem.of(Status.FORBIDDEN, scope == null
                    ? "Access tokens cannot be used for this request."
                    : "The access token lacks the scope " + scope.value() + ".", path).toResponse());
        }
    }
}
