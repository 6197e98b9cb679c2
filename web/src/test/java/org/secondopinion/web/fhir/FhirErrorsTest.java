package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import java.lang.reflect.InvocationTargetException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.RuleViolation;

class FhirErrorsTest {

    /** HAPI wraps what a provider throws (InternalErrorException around InvocationTargetException): still a 422. */
    @Test
    void aRuleBrokenInsideAProviderIsA422NamingTheElement() {
        RuleViolation emergency = new RuleViolation("urgency", "This is an emergency.");
        BaseServerResponseException answer = new FhirErrors().translate(null, new InternalErrorException(
                "Failed to call access method", new InvocationTargetException(emergency)), null, null);
        assertThat(answer.getStatusCode()).isEqualTo(422);
        OperationOutcome outcome = (OperationOutcome) answer.getOperationOutcome();
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo("This is an emergency.");
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("ServiceRequest.priority");
    }
}
