package org.secondopinion.web.fhir;

import ca.uhn.fhir.context.FhirContext;

/** The one R4 context of the application: costly to build (it reads every structure's model), shared, thread-safe. */
public final class FhirContexts {

    private FhirContexts() {
    }

    public static FhirContext r4() {
        return FhirContext.forR4Cached();
    }
}
