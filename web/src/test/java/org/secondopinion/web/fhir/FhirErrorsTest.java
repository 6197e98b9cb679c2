package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.lang.reflect.InvocationTargetException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.RuleViolation;

/** What a provider method throws reaches the caller with its meaning, however HAPI wrapped it. */
class FhirErrorsTest {

    @Test
    void answersACaseNotFoundInAProviderAs404() {
        Throwable wrapped = new InternalErrorException("HAPI-0389: Failed to call access method",
                new InvocationTargetException(new RecordNotFound("Case", 311L)));

        assertThat(new FhirErrors().translate(null, wrapped, null, null)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("311");
    }

    /** A rule broken inside a provider (the emergency an intake refuses) is a 422 naming the element. */
    @Test
    void answersARuleBrokenInAProviderAs422NamingTheElement() {
        Throwable wrapped = new InternalErrorException("HAPI-0389: Failed to call access method",
                new InvocationTargetException(new RuleViolation("urgency", "This is an emergency.")));

        BaseServerResponseException answer = new FhirErrors().translate(null, wrapped, null, null);

        assertThat(answer.getStatusCode()).isEqualTo(422);
        OperationOutcome outcome = (OperationOutcome) answer.getOperationOutcome();
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo("This is an emergency.");
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("ServiceRequest.priority");
    }
}
