package org.secondopinion.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.secondopinion.platform.boundary.DatabaseHealth;
import org.secondopinion.web.error.DatabaseUnavailable;

/**
 * Health for load balancers and monitoring, without signing in: UP when the database
 * answers a query, 503 DOWN (with {@code Retry-After}) when it does not. It reveals nothing else.
 */
@Path("health")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    DatabaseHealth database;

    public record Health(String status, String database) {
    }

    @GET
    public Response health() {
        if (database.answers()) {
            return Response.ok(new Health("UP", "UP")).build();
        }
        return Response.status(503).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .entity(new Health("DOWN", "DOWN")).build();
    }
}
