package org.secondopinion.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.secondopinion.web.error.DatabaseUnavailable;

/**
 * Health for load balancers and monitoring, without signing in: the readiness checks of {@code /health/ready}
 * (database, file store, migrations), each UP or DOWN, and UP only when all are; 503 DOWN (with
 * {@code Retry-After}) when any is not. It reveals nothing else.
 */
@Path("health")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    @Readiness
    DatabaseReadiness database;

    @Inject
    @Readiness
    FileStoreReadiness fileStore;

    @Inject
    @Readiness
    MigrationReadiness migrations;

    /** The verdict and each readiness check's, named as in {@code /health/ready}. */
    public record Health(String status, String database, String fileStore, String migrations) {

        static Health of(HealthCheckResponse database, HealthCheckResponse fileStore, HealthCheckResponse migrations) {
            boolean up = isUp(database) && isUp(fileStore) && isUp(migrations);
            return new Health(up ? "UP" : "DOWN", database.getStatus().name(), fileStore.getStatus().name(),
                    migrations.getStatus().name());
        }

        public boolean up() {
            return "UP".equals(status);
        }

        private static boolean isUp(HealthCheckResponse check) {
            return check.getStatus() == HealthCheckResponse.Status.UP;
        }
    }

    @GET
    public Response health() {
        Health health = Health.of(call(database), call(fileStore), call(migrations));
        if (health.up()) {
            return Response.ok(health).build();
        }
        return Response.status(503).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).entity(health)
                .build();
    }

    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException failed) {
            return new HealthCheckResponse("failed", HealthCheckResponse.Status.DOWN, Optional.empty());
        }
    }
}
