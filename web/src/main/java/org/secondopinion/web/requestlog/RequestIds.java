package org.secondopinion.web.requestlog;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The request id of the request being answered, kept as a request attribute (and for the thread that answers it), and
 * the access log. The first to see a request takes its id: the sign-in mechanism (which answers 401s and the
 * redirects to the login page itself, before any filter runs) or else {@link RequestIdFilter}; the answer carries it
 * in {@code X-Request-Id} from then on. Logger {@value #ACCESS_LOGGER}, one INFO line per request
 * ({@link AccessLine}).
 */
public final class RequestIds {

    /** The request attribute holding the id; error pages show it. */
    public static final String ATTRIBUTE = "org.secondopinion.requestId";
    public static final String ACCESS_LOGGER = "org.secondopinion.access";
    private static final String STARTED = ATTRIBUTE + ".started";
    private static final String LOGGED = ATTRIBUTE + ".logged";
    private static final String FILTERING = ATTRIBUTE + ".filtering";
    private static final Logger ACCESS = Logger.getLogger(ACCESS_LOGGER);
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /**
     * The request's id, taken now if nobody did (the caller's sane {@code X-Request-Id} or a new one), and set on the
     * answer if it is not there yet.
     */
    public static String assign(HttpServletRequest request, HttpServletResponse response) {
        String id = of(request).orElse(null);
        if (id == null) {
            id = RequestId.chosen(request.getHeader(RequestId.HEADER));
            request.setAttribute(ATTRIBUTE, id);
            request.setAttribute(STARTED, System.nanoTime());
        }
        if (!response.containsHeader(RequestId.HEADER) && !response.isCommitted()) {
            response.setHeader(RequestId.HEADER, id);
        }
        CURRENT.set(id);
        return id;
    }

    /** The id of this request, once taken. */
    public static Optional<String> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? Optional.of(id) : Optional.empty();
    }

    /** The id of the request this thread is answering, for log lines of code that has no request at hand. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The sign-in mechanism answered by itself (401, 403, 503 or a redirect to the login page): no filter will run,
     * so the access line is written now; inside a filter's run (the login page signing in), the filter writes it.
     */
    public static void answeredBySignIn(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(FILTERING) == null) {
            log(request, response, request.getRequestURI());
            CURRENT.remove();
        }
    }

    static void filtering(HttpServletRequest request) {
        request.setAttribute(FILTERING, Boolean.TRUE);
    }

    /** The access line, once per request; an error page's dispatch names the path first asked for. */
    static void log(HttpServletRequest request, HttpServletResponse response, String path) {
        if (request.getAttribute(LOGGED) != null) {
            return;
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        long started = request.getAttribute(STARTED) instanceof Long nanos ? nanos : System.nanoTime();
        Object errorStatus = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = response.getStatus() == HttpServletResponse.SC_OK && errorStatus instanceof Integer code
                ? code : response.getStatus();
        String id = of(request).orElse("-");
        ACCESS.info(() -> new AccessLine(id, request.getRemoteUser(), request.getMethod(), path, status,
                (System.nanoTime() - started) / 1_000_000).format());
    }

    static void leave() {
        CURRENT.remove();
    }
}
