package org.secondopinion.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.secondopinion.identity.boundary.ApiCaller;
import org.secondopinion.identity.boundary.ApiTokens;
import org.secondopinion.platform.entity.Role;

/**
 * The API's OAuth 2.0 side of {@link SecondOpinionAuthentication}: the token endpoint is left
 * to check its client's Basic credentials itself, and a call with {@code Authorization: Bearer}
 * is signed in as the token's client, with the roles its scopes' operations need. What a
 * bearer caller may do is confined to its scopes by the API's scope filter, which finds the
 * caller under {@link #CALLER}.
 */
@ApplicationScoped
public class BearerAuthentication {

    /** Request attribute: the {@link ApiCaller} of a request signed in with a bearer token. */
    public static final String CALLER = BearerAuthentication.class.getName() + ".caller";
    /** Where clients get their tokens (anonymous for the container; the client sends Basic credentials). */
    public static final String TOKEN_PATH = "/api/oauth/token";

    @Inject
    ApiTokens tokens;

    /** Whether this request is the token endpoint's or carries a bearer token (this class decides it then). */
    static boolean handles(HttpServletRequest request) {
        return isTokenEndpoint(request) || bearer(request).isPresent();
    }

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                  HttpMessageContext context) {
        if (isTokenEndpoint(request)) {
            return context.doNothing();
        }
        Optional<ApiCaller> caller = bearer(request).flatMap(tokens::verify);
        if (caller.isEmpty()) {
            return unauthorized(request, response);
        }
        request.setAttribute(CALLER, caller.get());
        Set<String> groups = caller.get().roles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(caller.get().clientId(), groups);
    }

    private static boolean isTokenEndpoint(HttpServletRequest request) {
        return TOKEN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        // RFC 6750 section 3.1
        return ProblemAnswer.unauthorized(request, response, "Bearer realm=\"Second Opinion\", error=\"invalid_token\"",
                "The access token is not valid or has expired; get a new one.");
    }
}
