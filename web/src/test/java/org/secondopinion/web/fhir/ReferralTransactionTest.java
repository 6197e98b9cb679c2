package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.entity.FirstOpinion;
import org.secondopinion.referral.entity.Patient;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.RegisteredPatient;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

class ReferralTransactionTest {

    static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");

    @Test
    void theAnswerHasOneEntryPerEntrySentInOrderAndIsValidR4() throws Exception {
        Patient patient = new Patient("Maria Lindqvist", LocalDate.of(1961, 4, 17), Sex.FEMALE, "MRN-1", null, null);
        Referral referral = new Referral(patient, new FirstOpinion("Ada Okafor", null, null, null, null, null, "M17.11",
                "Osteoarthritis", TreatmentKind.SURGERY, "Knee replacement"), "Orthopaedics", null, "Unsure",
                Urgency.ROUTINE, true, List.of(), List.of("Must I?"), "ehr-demo", AT);
        set(referral, "id", 42L);
        RegisteredPatient registered = new RegisteredPatient(patient, AT);
        set(registered, "id", 7L);
        List<ReferralBundle.Role> roles = List.of(ReferralBundle.Role.PATIENT, ReferralBundle.Role.REQUESTER,
                ReferralBundle.Role.SERVICE_REQUEST, ReferralBundle.Role.CONSENT, ReferralBundle.Role.COVERAGE,
                ReferralBundle.Role.QUESTIONS, ReferralBundle.Role.IGNORED, ReferralBundle.Role.TASK);

        Bundle answer = ReferralTransaction.response(roles, referral, registered, false);

        assertThat(answer.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        assertThat(answer.getEntry()).extracting(e -> e.getResponse().getStatus()).containsExactly("201 Created",
                "200 OK", "201 Created", "200 OK", "200 OK", "200 OK", "200 OK", "201 Created");
        assertThat(answer.getEntry().get(0).getResponse().getLocation()).isEqualTo("Patient/7/_history/1");
        assertThat(answer.getEntry().get(2).getResponse().getLocation()).isEqualTo("ServiceRequest/42/_history/1");
        assertThat(answer.getEntry().get(2).getResponse().getEtag()).isEqualTo("W/\"1\"");
        assertThat(answer.getEntry().get(2).getResponse().getLastModified()).isEqualTo(java.util.Date.from(AT));
        assertThat(answer.getEntry().get(7).getResponse().getLocation()).isEqualTo("Task/42/_history/1");
        assertThat(((OperationOutcome) answer.getEntry().get(4).getResponse().getOutcome()).getIssueFirstRep()
                .getDiagnostics()).startsWith("Kept with the referral ServiceRequest/42");
        assertThat(ReferralTransaction.response(roles, referral, registered, true).getEntry().get(0).getResponse()
                .getStatus()).isEqualTo("200 OK");
        assertThat(R4Validation.errors(answer)).isEmpty();
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
