package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.secondopinion.referral.boundary.PatientRegister;

/**
 * {@code Patient}: the patient register. Read by id ({@link PatientRegister#open}: coordinators any patient, a
 * specialist only those of their cases; audited); searched by exact medical record number
 * ({@code identifier=system|value}, coordinators; audited).
 */
@Dependent
public class PatientProvider implements IResourceProvider {

    @Inject
    PatientRegister register;

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        return PatientMapping.patient(register.open(ReferralResources.numericId(id)));
    }

    @Search
    public List<Patient> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier) {
        if (identifier == null || identifier.getModifier() != null || identifier.getMissing() != null
                || identifier.getValue() == null
                || identifier.getValue().isBlank()) {
            throw ReferralResources.invalid("identifier takes a medical record number (" + FhirIds.mrnSystem()
                    + "|{mrn}), without a modifier.", "Patient.identifier");
        }
        if (identifier.getSystem() != null && !identifier.getSystem().isBlank()
                && !FhirIds.mrnSystem().equals(identifier.getSystem())) {
            return List.of();
        }
        return register.find(identifier.getValue()).map(PatientMapping::patient).stream().toList();
    }
}
