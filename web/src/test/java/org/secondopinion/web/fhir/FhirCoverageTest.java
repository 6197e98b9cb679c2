package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.secondopinion.estimate.entity.PatientCoverage;

class FhirCoverageTest {

    private static Reference patient() {
        Reference patient = new Reference("Patient/5").setDisplay("Daniel Ortiz");
        patient.getIdentifier().setSystem(FhirIds.mrnSystem()).setValue("MRN-100871");
        return patient;
    }

    @Test
    void showsThePatientsPlanWithItsPayerMemberIdAndPlanYear() {
        PatientCoverage coverage = Estimates.coverage();

        Coverage resource = FhirCoverage.of(coverage, patient());

        assertThat(resource.getIdElement().getIdPart()).isEqualTo("31");
        assertThat(resource.getStatus()).isEqualTo(Coverage.CoverageStatus.ACTIVE);
        assertThat(resource.getBeneficiary().getReference()).isEqualTo("Patient/5");
        assertThat(resource.getBeneficiary().getIdentifier().getValue()).isEqualTo("MRN-100871");
        assertThat(resource.getSubscriber().getReference()).isEqualTo("Patient/5");
        assertThat(resource.getSubscriberId()).isEqualTo("NW-55501");
        assertThat(resource.getPeriod().getStartElement().getValueAsString()).isEqualTo("2027-01-01");
        assertThat(resource.getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-12-31");
        assertThat(resource.getClass_()).singleElement().satisfies(plan -> {
            assertThat(plan.getType().getCodingFirstRep().getCode()).isEqualTo("plan");
            assertThat(plan.getValue()).isEqualTo("7");
            assertThat(plan.getName()).isEqualTo("Gold PPO");
        });
        assertThat(resource.getPayorFirstRep().getReference()).isEqualTo("#payer");
        assertThat(resource.getPayorFirstRep().getDisplay()).isEqualTo("Northwind Health");
        assertThat(resource.getContained()).singleElement().isInstanceOfSatisfying(Organization.class, payer -> {
            assertThat(payer.getName()).isEqualTo("Northwind Health");
            assertThat(payer.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("pay");
        });
    }

    @Test
    void isValidR4() {
        Coverage resource = FhirCoverage.of(Estimates.coverage(), patient());
        // through the parser, as a client receives it
        String json = FhirContexts.r4().newJsonParser().encodeResourceToString(resource);

        assertThat(R4Validation.errors(json)).isEmpty();
        assertThat(json).contains("\"contained\"").contains("\"subscriberId\":\"NW-55501\"");
    }

    @Test
    void aPatientKnownOnlyByMrnIsReferencedByIdentifierAndStillValid() {
        Reference byMrn = new Reference().setDisplay("Daniel Ortiz");
        byMrn.getIdentifier().setSystem(FhirIds.mrnSystem()).setValue("MRN-100871");

        Coverage resource = FhirCoverage.of(Estimates.coverage(), byMrn);

        assertThat(resource.getBeneficiary().hasReference()).isFalse();
        assertThat(R4Validation.errors(resource)).isEmpty();
    }
}
