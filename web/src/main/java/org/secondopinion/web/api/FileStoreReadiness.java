package org.secondopinion.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.secondopinion.platform.boundary.Storage;

/**
 * Readiness of the file store: DOWN while no file can be written to it (a full or read-only disk, an unmounted
 * share), since uploads, case files and price files would fail. Each call writes and deletes a small probe file.
 */
@Readiness
@ApplicationScoped
public class FileStoreReadiness implements HealthCheck {

    static final String NAME = "fileStore";

    @Inject
    Storage storage;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(storage.writable()).build();
    }
}
