package org.secondopinion.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.secondopinion.audit.boundary.AuditLog;

/**
 * Every page request refused with 403 (by a security constraint of web.xml or by a
 * boundary behind a page) reaches the 403 error page through here: the refusal is
 * logged and audited with the address asked for. API refusals are audited by the API's
 * problem mapper.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusalAuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusalAuditFilter.class.getName());

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && code == HttpServletResponse.SC_FORBIDDEN) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String who = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
            LOG.warning(() -> "Access refused to " + who + " for " + uri);
            audit.recordRefusal("page", uri, "refused: the caller's roles do not allow this page");
        }
        chain.doFilter(request, response);
    }
}
