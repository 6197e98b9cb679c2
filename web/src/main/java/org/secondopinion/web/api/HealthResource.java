package org.secondopinion.web.api;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Health for load balancers and monitoring, without signing in: UP when the database
 * answers, 503 DOWN when it does not. It reveals nothing else.
 */
@Path("health")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    public record Health(String status, String database) {
    }

    @GET
    public Response health() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return Response.status(valid ? 200 : 503).entity(new Health(valid ? "UP" : "DOWN", valid ? "UP" : "DOWN")).build();
        } catch (SQLException e) {
            return Response.status(503).entity(new Health("DOWN", "DOWN")).build();
        }
    }
}
