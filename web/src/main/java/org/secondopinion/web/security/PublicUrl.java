package org.secondopinion.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the application sends browsers: the configured {@code secondopinion.public-url}
 * (e.g. {@code https://secondopinion.example.org/}), never the Host header of the request,
 * which the client chooses. Without that key, redirects carry only the path (a relative
 * {@code Location}, which browsers resolve against the address they used).
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "secondopinion.public-url")
    Optional<String> configured;

    /**
     * @param contextPath the application's context path ("" at the root)
     * @param location    a path inside this application, starting with the context path
     */
    public String of(String contextPath, String location) {
        return resolve(configured.orElse(null), contextPath, location);
    }

    /**
     * The address a redirect to {@code location} carries. An absolute or protocol-relative
     * location (built by someone else) is left alone; a path of this application is put under
     * the public URL, or left a path when there is none.
     */
    static String resolve(String publicUrl, String contextPath, String location) {
        if (location == null || !location.startsWith("/") || location.startsWith("//")) {
            return location;
        }
        if (publicUrl == null || publicUrl.isBlank()) {
            return location;
        }
        String base = publicUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String inApplication = contextPath != null && !contextPath.isEmpty() && location.startsWith(contextPath)
                ? location.substring(contextPath.length())
                : location;
        return base + (inApplication.startsWith("/") ? inApplication : "/" + inApplication);
    }
}
