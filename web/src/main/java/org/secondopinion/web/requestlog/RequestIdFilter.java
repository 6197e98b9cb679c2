package org.secondopinion.web.requestlog;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter of every request and every error page's dispatch (web.xml maps it before the others): the answer
 * carries the request id in {@code X-Request-Id}, and the access line is written when the request is done. A request
 * refused by a security constraint reaches only the error page, so that dispatch writes the line, naming the path
 * first asked for.
 */
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        RequestIds.assign(request, response);
        RequestIds.filtering(request);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            // a request that failed before answering goes on to the 500 page, whose dispatch writes the line
            if (!failed || response.isCommitted()) {
                Object asked = error ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
                RequestIds.log(request, response, asked instanceof String path ? path : request.getRequestURI());
            }
            RequestIds.leave();
        }
    }
}
