package org.secondopinion.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.identity.control.VerifiedCredentials;

/**
 * The process's one {@link VerifiedCredentials}: {@code secondopinion.credentials.cache-seconds} (default 300; 0
 * verifies every request) and {@code secondopinion.credentials.cache-size} (default 10,000 credentials).
 */
@ApplicationScoped
public class CredentialCache {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "secondopinion.credentials.cache-seconds", defaultValue = "300")
    long seconds;

    @Inject
    @ConfigProperty(name = "secondopinion.credentials.cache-size", defaultValue = "10000")
    int size;

    @Produces
    @Singleton
    VerifiedCredentials verifiedCredentials() {
        return new VerifiedCredentials(clock, Duration.ofSeconds(Math.max(0, seconds)), Math.max(0, size));
    }
}
