package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.RecordNotFound;

/** What a provider method throws reaches the caller with its meaning, however HAPI wrapped it. */
class FhirErrorsTest {

    @Test
    void answersACaseNotFoundInAProviderAs404() {
        Throwable wrapped = new InternalErrorException("HAPI-0389: Failed to call access method",
                new InvocationTargetException(new RecordNotFound("Case", 311L)));

        assertThat(new FhirErrors().translate(null, wrapped, null, null)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("311");
    }
}
