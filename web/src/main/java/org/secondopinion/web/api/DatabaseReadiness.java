package org.secondopinion.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.secondopinion.platform.boundary.DatabaseHealth;

/**
 * MicroProfile Health's readiness ({@code /health/ready} at the server's root): DOWN while the database does not
 * answer a {@code SELECT 1} within 2 s, so a load balancer sends requests elsewhere. Liveness has no check of the
 * database: a node whose database is away is not broken and must not be restarted for it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @Inject
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(database.answers()).build();
    }
}
