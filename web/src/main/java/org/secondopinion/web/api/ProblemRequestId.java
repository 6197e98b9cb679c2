package org.secondopinion.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.secondopinion.web.requestlog.RequestIds;

/**
 * Every problem the API answers names the request's id ({@code requestId}, the answer's {@code X-Request-Id}), however
 * it was made: by an exception mapper, a request filter's abort or a resource; here, once, rather than at each place a
 * problem is built.
 */
@Provider
public class ProblemRequestId implements ContainerResponseFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            RequestIds.of(servletRequest).ifPresent(id -> response.setEntity(problem.withRequestId(id),
                    response.getEntityAnnotations(), response.getMediaType()));
        }
    }
}
