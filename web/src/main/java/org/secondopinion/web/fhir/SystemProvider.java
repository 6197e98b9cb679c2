package org.secondopinion.web.fhir;

/**
 * A provider of operations on the server as a whole rather than on one resource type (the transaction Bundle at
 * {@code POST /fhir}): a CDI bean implementing this is registered with {@link FhirServer}.
 */
public interface SystemProvider {
}
