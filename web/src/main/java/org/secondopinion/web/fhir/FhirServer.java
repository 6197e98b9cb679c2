package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The FHIR R4 server at {@code /fhir}: HAPI's plain server, a servlet. Chosen over HAPI's JAX-RS server because
 * the plain server is HAPI's maintained one (the JAX-RS module lags it and is built on its own provider classes),
 * it runs beside this application's JAX-RS application at {@code /api} without sharing its providers, filters or
 * exception mappers (FHIR errors are OperationOutcomes, not problem details), and it brings transactions, conditional
 * create, the CapabilityStatement and content negotiation ({@code _format}) ready-made.
 *
 * <p>Resource providers ({@link IResourceProvider}) and system-level providers ({@link SystemProvider}) are CDI
 * beans found here; authentication happened before (the application's authentication mechanism: bearer tokens and
 * HTTP Basic, as for {@code /api}), and {@link FhirAccess} confines each caller to what its roles and scopes allow.
 * The server is set up on its first request, so the application's start-up does not wait for it.
 */
@WebServlet(urlPatterns = "/fhir/*", displayName = "FHIR R4")
public class FhirServer extends RestfulServer {

    private static final long serialVersionUID = 1L;

    @Inject
    transient @Any Instance<IResourceProvider> resourceProviders;

    @Inject
    transient @Any Instance<SystemProvider> systemProviders;

    @Inject
    transient FhirAccess access;

    @Inject
    transient FhirErrors errors;

    @Inject
    @ConfigProperty(name = "secondopinion.public-url")
    transient Optional<String> publicUrl;

    /**
     * HAPI logs every exception an interceptor throws as an error with its stack trace, refusals included: each 403
     * of {@link FhirAccess} would write some 60 lines, which anyone with a login could use to flood the log. The
     * refusal is already logged (and audited) by {@link FhirAccess}; failures (5xx and anything unexpected) still
     * are logged here and as incidents by {@link FhirErrors}. Kept in a field: the log manager holds loggers weakly.
     */
    private static final Logger INTERCEPTOR_LOG = Logger.getLogger(
            "ca.uhn.fhir.interceptor.executor.BaseInterceptorService");

    static {
        INTERCEPTOR_LOG.setFilter(entry -> !(entry.getThrown() instanceof BaseServerResponseException answered
                && answered.getStatusCode() < 500));
    }

    public FhirServer() {
        super(FhirContexts.r4());
    }

    @Override
    protected void initialize() throws ServletException {
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        // links, Location headers and Bundle.fullUrl on the configured public address, never the Host header
        setServerAddressStrategy(publicUrl.filter(url -> !url.isBlank())
                .<ca.uhn.fhir.rest.server.IServerAddressStrategy>map(url -> new HardcodedServerAddressStrategy(
                        url.trim().replaceAll("/+$", "") + "/fhir"))
                .orElseGet(IncomingRequestAddressStrategy::new));
        setImplementationDescription("Second Opinion: referrals for an independent second opinion, their status,"
                + " the consult note and coverages");
        setServerName("Second Opinion FHIR R4");
        resourceProviders.forEach(this::registerProvider);
        systemProviders.forEach(this::registerProvider);
        registerInterceptor(access);
        registerInterceptor(errors);
    }
}
