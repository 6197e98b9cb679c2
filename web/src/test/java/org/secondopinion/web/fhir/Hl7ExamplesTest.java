package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.fhir.ReferralBundleTest.refused;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.boundary.IntakeForm;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

/**
 * HL7's official R4 examples (test resources fhir/hl7-examples, see its README): put together as one referral, with
 * only what this system needs and they lack added, they are taken in and keep what they say; as they are, they are
 * refused naming the element they lack.
 */
class Hl7ExamplesTest {

    static final String DIR = "/fhir/hl7-examples/";
    static final String BASE = "http://hl7.org/fhir/";

    static <T extends Resource> T example(Class<T> type, String file) {
        try (InputStream in = Hl7ExamplesTest.class.getResourceAsStream(DIR + file)) {
            return FhirContexts.r4().newJsonParser().parseResource(type,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }

    static Class<? extends Resource> typeOf(String file) {
        return FhirContexts.r4().getResourceDefinition(file.substring(0, file.indexOf('-'))).getImplementingClass()
                .asSubclass(Resource.class);
    }

    static ReferralBundle reader() {
        return new ReferralBundle(FhirIds.mrnSystem(), id -> Optional.empty());
    }

    /** The examples as one referral; every addition is listed in the README beside them. */
    static Bundle referral() {
        Patient patient = example(Patient.class, "Patient-example.json");
        ServiceRequest request = example(ServiceRequest.class, "ServiceRequest-myringotomy.json");
        Coverage coverage = example(Coverage.class, "Coverage-9876B1.json");
        Task task = example(Task.class, "Task-example1.json");
        // 2. ServiceRequest
        request.setSubject(new Reference("Patient/example"));
        request.getReasonCodeFirstRep().addCoding(new Coding(FhirIds.ICD10CM_SYSTEM, "H66.91",
                "Otitis media, unspecified, right ear"));
        request.addOrderDetail().setText(request.getCode().getText())
                .addCoding(new Coding(ReferralBundle.TREATMENT_SYSTEM, "surgery", "Surgery"));
        request.addSupportingInfo(new Reference("Consent/grommets"));
        // 3. Consent
        Consent consent = ReferralBundles.consent(new Reference("Patient/example"));
        consent.setId("grommets");
        // 4. Coverage
        coverage.setBeneficiary(new Reference("Patient/example"));
        coverage.getPayorFirstRep().setDisplay("Benefits Inc.");
        // 5. Task
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.getCode().addCoding(new Coding(ReferralBundle.TASK_CODE_SYSTEM, "fulfill", null));
        task.setFocus(new Reference("ServiceRequest/myringotomy"));
        task.setFor(new Reference("Patient/example"));
        // 1. the Bundle
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Resource resource : new Resource[] {patient, request, consent, coverage, task}) {
            bundle.addEntry().setFullUrl(BASE + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
        }
        return bundle;
    }

    @Test
    void theExamplesAsOneReferralAreTakenInKeepingWhatTheySay() {
        ReferralBundle.Intake intake = reader().read(referral());
        IntakeForm form = intake.form();
        assertThat(form.getPatientName()).isEqualTo("Peter James Chalmers");
        assertThat(form.getPatientBirthDate()).isEqualTo(LocalDate.of(1974, 12, 25));
        assertThat(form.getPatientSex()).isEqualTo(Sex.MALE);
        assertThat(form.getPatientMrn()).isEqualTo("12345");
        assertThat(form.getPatientContact()).isEqualTo("(03) 5555 6473");
        assertThat(form.getPatientLanguage()).isEqualTo("English");
        assertThat(form.getFirstPhysicianName()).isEqualTo("Serena Shrink");
        assertThat(form.getRequestedSpecialty()).isEqualTo("ENT");
        assertThat(form.getDiagnosisCode()).isEqualTo("H66.91");
        assertThat(form.getDiagnosisText()).isEqualTo("For consideration of Grommets");
        assertThat(form.getTreatmentKind()).isEqualTo(TreatmentKind.SURGERY);
        assertThat(form.getTreatmentText()).isEqualTo("Insertion of grommets");
        assertThat(form.getReason()).startsWith("In the past 2 years Beverly has had 6 instances");
        assertThat(form.getUrgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(form.isConsent()).isTrue();
        assertThat(form.getCoveragePlan()).isEqualTo("Full Coverage: Medical, Dental, Pharmacy, Vision, EHC");
        assertThat(form.getCoveragePayor()).isEqualTo("Benefits Inc.");
        assertThat(intake.roles()).containsExactly(ReferralBundle.Role.PATIENT, ReferralBundle.Role.SERVICE_REQUEST,
                ReferralBundle.Role.CONSENT, ReferralBundle.Role.COVERAGE, ReferralBundle.Role.TASK);
    }

    @Test
    void theReferralMadeOfTheExamplesIsValidR4() {
        assertThat(R4Validation.errors(referral())).isEmpty();
    }

    @Test
    void theServiceRequestAsItIsNamesAPatientElsewhereAndNoIcd10CmReason() {
        Bundle bundle = referral();
        ServiceRequest original = example(ServiceRequest.class, "ServiceRequest-myringotomy.json");
        ServiceRequest request = ReferralBundles.first(bundle, ServiceRequest.class);
        request.setSubject(original.getSubject());
        refused(422, "ServiceRequest.subject", () -> reader().read(bundle));
        request.setSubject(new Reference("Patient/example"));
        request.setReasonCode(original.getReasonCode());
        refused(422, "ServiceRequest.reasonCode", () -> reader().read(bundle));
    }

    @Test
    void theTaskAsItIsIsInProgress() {
        Bundle bundle = referral();
        Bundle.BundleEntryComponent task = bundle.getEntry().get(4);
        task.setResource(example(Task.class, "Task-example1.json"));
        refused(422, "Task.status", () -> reader().read(bundle));
    }

    @Test
    void theCoverageAsItIsIsAnotherPatients() {
        Bundle bundle = referral();
        bundle.getEntry().get(3).setResource(example(Coverage.class, "Coverage-9876B1.json"));
        refused(422, "Coverage.beneficiary", () -> reader().read(bundle));
    }

    @Test
    void otherServiceRequestsAsTheyAreAreRefusedOrAnEmergency() {
        for (String[] refusal : new String[][] {{"ServiceRequest-example.json", "ServiceRequest.status"},
            {"ServiceRequest-lipid.json", "ServiceRequest.intent"}}) {
            Bundle bundle = referral();
            bundle.getEntry().get(1).setResource(example(ServiceRequest.class, refusal[0]));
            refused(422, refusal[1], () -> reader().read(bundle));
        }
        ServiceRequest stat = example(ServiceRequest.class, "ServiceRequest-do-not-turn.json");
        assertThat(stat.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.STAT);
        Bundle bundle = referral();
        ServiceRequest request = ReferralBundles.first(bundle, ServiceRequest.class);
        request.setPriority(stat.getPriority());
        assertThat(reader().read(bundle).form().getUrgency()).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void theExamplesThemselvesAreValidR4() {
        for (String file : new String[] {"Patient-example.json", "ServiceRequest-myringotomy.json",
            "Coverage-9876B1.json", "Task-example1.json"}) {
            assertThat(R4Validation.errors(example(typeOf(file), file))).as(file).isEmpty();
        }
    }
}
