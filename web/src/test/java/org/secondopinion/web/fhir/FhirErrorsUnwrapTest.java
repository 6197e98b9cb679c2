package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.RecordNotFound;

class FhirErrorsUnwrapTest {

    /** HAPI hands the interceptor a provider's exception wrapped twice; it keeps its meaning (404, not 500). */
    @Test
    void aRecordNotFoundThrownByAProviderIsA404() {
        InternalErrorException wrapped = new InternalErrorException("HAPI-0389: Failed to call access method",
                new InvocationTargetException(new RecordNotFound("Coverage", 999L)));

        assertThat(new FhirErrors().translate(null, wrapped, null, null)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Coverage 999");
    }
}
