package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.boundary.IntakeForm;
import org.secondopinion.referral.entity.Sex;

class SyntheaStyleBundleTest {

    @Test
    void aSyntheaStyleBundleIsTakenInWithWhatItDoesNotNeedLeftOut() {
        for (long seed = 1; seed <= 20; seed++) {
            Bundle bundle = SyntheaStyleBundles.generate(seed);
            // through the wire format, as the server receives it
            Bundle parsed = FhirContexts.r4().newJsonParser().parseResource(Bundle.class, ReferralBundles.json(bundle));
            ReferralBundle.Intake intake = new ReferralBundle(FhirIds.mrnSystem(), id -> Optional.empty()).read(parsed);
            Patient patient = ReferralBundles.first(bundle, Patient.class);
            IntakeForm form = intake.form();
            String mrn = patient.getIdentifier().stream().filter(i -> "MR".equals(i.getType().getCodingFirstRep()
                    .getCode())).map(Identifier::getValue).findFirst().orElseThrow();
            assertThat(form.getPatientMrn()).isEqualTo(mrn);
            assertThat(form.getPatientName()).isEqualTo(patient.getNameFirstRep().getGivenAsSingleString() + " "
                    + patient.getNameFirstRep().getFamily());
            assertThat(form.getPatientBirthDate().toString()).isEqualTo(patient.getBirthDateElement().getValueAsString());
            assertThat(form.getPatientSex()).isEqualTo(Sex.FEMALE);
            assertThat(form.getPatientLanguage()).isEqualTo("English");
            assertThat(form.getDiagnosisCode()).isNotBlank();
            assertThat(form.getFirstPhysicianNpi()).hasSize(10);
            assertThat(form.isConsent()).isTrue();
            assertThat(form.getOwnQuestions()).containsExactly("What happens if I wait a year?");
            assertThat(intake.roles()).containsExactly(ReferralBundle.Role.PATIENT, ReferralBundle.Role.IGNORED,
                    ReferralBundle.Role.IGNORED, ReferralBundle.Role.REQUESTER, ReferralBundle.Role.SERVICE_REQUEST,
                    ReferralBundle.Role.CONSENT, ReferralBundle.Role.TASK);
        }
    }

    @Test
    void theGeneratedBundleIsValidR4() {
        assertThat(R4Validation.errors(SyntheaStyleBundles.generate(7))).isEmpty();
    }
}
