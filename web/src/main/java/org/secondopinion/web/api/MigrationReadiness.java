package org.secondopinion.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.secondopinion.platform.boundary.DatabaseMigration;

/** Readiness of the schema: DOWN until the Flyway migrations have all been applied at start. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    static final String NAME = "migrations";

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(migration.migrated()).build();
    }
}
