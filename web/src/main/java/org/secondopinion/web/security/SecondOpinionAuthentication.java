package org.secondopinion.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.secondopinion.identity.boundary.Logins;
import org.secondopinion.identity.boundary.SignedIn;
import org.secondopinion.platform.boundary.RequestOrigin;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.web.error.DatabaseUnavailable;
import org.secondopinion.web.requestlog.RequestIds;

/**
 * How people and systems prove who they are. People sign in on the login page
 * (the page calls {@code SecurityContext.authenticate} with their credential); the
 * sign-in is kept in the HTTP session, whose id is renewed at that moment. Other
 * systems call {@code /api} with an OAuth 2.0 bearer token ({@link BearerAuthentication}) or HTTP Basic
 * credentials on each request (a password verified at most once every few minutes per credential, see
 * {@code VerifiedCredentials}). The session cookie alone never changes anything through {@code /api}: a POST, PUT,
 * PATCH or DELETE there needs the Authorization header, which another site cannot make a signed-in browser send
 * (the pages' downloads are GETs). An
 * anonymous request for a protected page is sent to the login page; for the API it
 * gets 401 with a problem+json body.
 */
@ApplicationScoped
public class SecondOpinionAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** The methods that change nothing: the only ones the API accepts on the session cookie alone. */
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Session attribute holding the {@link SignedIn} of a person signed in on the login page. */
    static final String SIGNED_IN = SecondOpinionAuthentication.class.getName() + ".signedIn";

    @Inject
    Logins logins;

    @Inject
    RequestOrigin origin;

    @Inject
    PublicUrl publicUrl;

    @Inject
    BearerAuthentication bearer;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // the first to see the request: every answer, this mechanism's own too, carries the request id
        RequestIds.assign(request, response);
        AuthenticationStatus status;
        try {
            status = judge(request, response, context);
        } catch (RuntimeException failed) {
            // a credential checked against the database while it is away: the caller comes back, it is not refused
            if (!isApi(request) || response.isCommitted() || !DatabaseUnavailable.causedBy(failed)) {
                throw failed;
            }
            status = ProblemAnswer.unavailable(request, response, DatabaseUnavailable.RETRY_AFTER_SECONDS,
                    DatabaseUnavailable.DETAIL);
        }
        if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.SEND_CONTINUE) {
            RequestIds.answeredBySignIn(request, response);
        }
        return status;
    }

    private AuthenticationStatus judge(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        origin.clientAddress(request.getRemoteAddr());
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return signIn(login, true, request, context);
        }
        if (isApi(request) && BearerAuthentication.handles(request)) {
            // the token endpoint (the client's own Basic credentials) and bearer tokens, never a session
            return bearer.validate(request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            // an API call that says who it is is judged by its header, never by a session it also carries
            Optional<UsernamePasswordCredential> basic = decodeBasic(authorization.substring(6).trim());
            if (basic.isEmpty()) {
                return unauthorized(request, response, "The Authorization header is not valid HTTP Basic.");
            }
            AuthenticationStatus status = signIn(basic.get(), false, request, context);
            return status == AuthenticationStatus.SUCCESS
                    ? status
                    : unauthorized(request, response, "The user name or password is not valid.");
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn known) {
            if (isApi(request) && !SAFE_METHODS.contains(request.getMethod())) {
                // a page on another site can make the browser send the cookie, never an Authorization header
                return forbidden(request, response, "A call that changes data needs an Authorization header (HTTP Basic);"
                        + " the browser's session cookie alone is not accepted.");
            }
            return context.notifyContainerAboutLogin(known.username(), groups(known));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, "Sign in with a bearer token or HTTP Basic credentials to use the API.");
        }
        return toLoginPage(request, response);
    }

    /**
     * Sends a person to the login page, to come back to the page they were on. A request that
     * carries a session id the server no longer knows, or posts a page form without a session,
     * comes from a session that ended: the login page says so. The address is built on the
     * configured public URL, never the Host header; an ajax request gets the redirect as a
     * partial response, which the page follows (a 302 would be followed inside the XHR and lost).
     */
    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                || "POST".equals(request.getMethod());
        String next = "POST".equals(request.getMethod())
                ? pageOfReferer(request).orElse(requestedPath(request))
                : requestedPath(request);
        String login = publicUrl.of(request.getContextPath(), request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8) + (sessionEnded ? "&expired=true" : ""));
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            } else {
                // not sendRedirect: the container would make the path absolute with the Host header
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", login);
            }
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The page a form was posted from: the path and query of the Referer when it lies in this
     * application (the host is never used, so it cannot lead elsewhere).
     */
    static Optional<String> pageOfReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith(context + "/")) {
                return Optional.empty();
            }
            String inApplication = path.substring(context.length());
            return Optional.of(uri.getRawQuery() == null ? inApplication : inApplication + "?" + uri.getRawQuery());
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, boolean interactive,
                                        HttpServletRequest request, HttpMessageContext context) {
        Optional<SignedIn> signedIn = logins.authenticate(credential.getCaller(),
                credential.getPassword().getValue(), interactive);
        credential.getPassword().clear();
        if (signedIn.isEmpty()) {
            // the login page shows its own message; the API caller gets a 401 problem
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (interactive) {
            // only people on the login page get a session; API callers authenticate each request
            if (request.getSession(false) != null) {
                // a new session id at sign-in: an id planted before cannot ride on this session
                request.changeSessionId();
            }
            request.getSession().setAttribute(SIGNED_IN, signedIn.get());
        }
        return context.notifyContainerAboutLogin(signedIn.get().username(), groups(signedIn.get()));
    }

    private static Set<String> groups(SignedIn signedIn) {
        return signedIn.roles().stream().map(Role::name).collect(Collectors.toSet());
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String detail) {
        return ProblemAnswer.unauthorized(request, response, "Basic realm=\"Second Opinion\", charset=\"UTF-8\"", detail);
    }

    private static AuthenticationStatus forbidden(HttpServletRequest request, HttpServletResponse response,
                                                  String detail) {
        return ProblemAnswer.forbidden(request, response, detail);
    }

    /** A call of {@code /api} or {@code /fhir}: answered with a status and a body, never sent to the login page. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || isFhir(request);
    }

    /** A call of the FHIR server, whose errors are OperationOutcomes. */
    static boolean isFhir(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    static Optional<UsernamePasswordCredential> decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
