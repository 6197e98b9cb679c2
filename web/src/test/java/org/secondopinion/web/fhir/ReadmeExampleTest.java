package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** The example Bundle of the README ("Sending a referral") is valid R4 and a whole referral. */
class ReadmeExampleTest {

    @Test
    void theReadmesExampleBundleIsTakenIn() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("<<'JSON'\n") + "<<'JSON'\n".length();
        String json = readme.substring(start, readme.indexOf("\nJSON\n", start));
        Bundle bundle = FhirContexts.r4().newJsonParser().parseResource(Bundle.class, json);
        assertThat(R4Validation.errors(bundle)).isEmpty();
        ReferralBundle.Intake intake = new ReferralBundle("urn:secondopinion:mrn", id -> Optional.empty()).read(bundle);
        assertThat(intake.form().getPatientMrn()).isEqualTo("MRN-20417");
        assertThat(intake.form().getPatientLanguage()).isEqualTo("Swedish");
        assertThat(intake.form().getOwnQuestions()).containsExactly("Can I keep running after the operation?");
        assertThat(intake.form().getCoveragePlan()).isEqualTo("Gold PPO 500");
        assertThat(intake.patientIfNoneExist()).isEqualTo("identifier=urn:secondopinion:mrn|MRN-20417");
    }
}
