package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.secondopinion.referral.entity.Referral;

/**
 * {@code POST /fhir/ServiceRequest}: a referral sent as a ServiceRequest alone. Its subject is a Patient of this
 * server ({@code Patient/{id}}: the demographics come from the register), its consent a contained Consent; the Task
 * is implied ({@code Task/{same id}}). A plain provider (not the ServiceRequest's resource provider, which reads).
 */
@Dependent
public class ServiceRequestIntake implements SystemProvider {

    @Inject
    FhirIntake intake;

    @Create(type = ServiceRequest.class)
    public MethodOutcome create(@ResourceParam ServiceRequest request) {
        FhirErrors.requireBody(request, "ServiceRequest");
        Referral referral = intake.takeIn(intake.reader().read(request).form());
        long version = FhirIds.version(referral);
        return new MethodOutcome(new IdType("ServiceRequest", referral.getId().toString(), Long.toString(version)),
                true);
    }
}
