package org.secondopinion.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid fields, also when a boundary's method validation finds them (the runtime
 * unwraps the EJB exception and would otherwise pick its own HTML mapper): 400 with
 * a problem detail naming each field.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        String path = uri == null ? null : "/api/" + uri.getPath().replaceFirst("^/", "");
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.", path)
                .withErrors(ProblemMapper.fieldErrors(invalid)).toResponse();
    }
}
