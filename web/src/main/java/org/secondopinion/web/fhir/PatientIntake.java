package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.secondopinion.referral.entity.RegisteredPatient;

/**
 * {@code POST /fhir/Patient}: registers a patient sent alone ({@link
 * org.secondopinion.referral.boundary.PatientRegister#register}). With {@code If-None-Exist: identifier=<system>|<mrn>}
 * a patient already registered answers 200 with its location and nothing is written; a condition matching several
 * answers 412. A plain provider (not the Patient's resource provider, which reads).
 */
@Dependent
public class PatientIntake implements SystemProvider {

    @Inject
    FhirIntake intake;

    @Create(type = Patient.class)
    public MethodOutcome create(@ResourceParam Patient patient, @ConditionalUrlParam String condition) {
        FhirErrors.requireBody(patient, "Patient");
        if (condition != null && !condition.isBlank()) {
            Optional<RegisteredPatient> existing = intake.conditionalMatch(condition);
            if (existing.isPresent()) {
                return new MethodOutcome(id(existing.get()), false);
            }
        }
        RegisteredPatient registered = intake.register().register(intake.reader().patient(patient));
        return new MethodOutcome(id(registered), true);
    }

    private static IdType id(RegisteredPatient patient) {
        return new IdType("Patient", patient.getId().toString(), Long.toString(patient.getVersion() + 1));
    }
}
