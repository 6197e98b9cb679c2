package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The validator the FHIR tests rely on finds what is wrong, and passes what is right. */
class R4ValidationTest {

    @Test
    void aValidPatientPasses() {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(FhirIds.DEFAULT_MRN_SYSTEM).setValue("MRN-1");
        patient.addName().setFamily("Moreno").addGiven("Ana");
        patient.setGender(AdministrativeGender.FEMALE);
        assertThat(R4Validation.errors(patient)).isEmpty();
    }

    @Test
    void aPatientBreakingTheBaseDefinitionIsFound() {
        String invalid = "{\"resourceType\":\"Patient\",\"gender\":\"unknown-value\",\"birthDate\":\"1980-13-45\"}";
        assertThat(R4Validation.errors(invalid)).isNotEmpty()
                .anySatisfy(e -> assertThat(e).contains("Patient.gender"))
                .anySatisfy(e -> assertThat(e).contains("Patient.birthDate"));
    }
}
