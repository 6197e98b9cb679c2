package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.boundary.IntakeForm;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.StandardQuestion;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

class ReferralBundleTest {

    static final org.secondopinion.referral.entity.Patient REGISTERED = new org.secondopinion.referral.entity.Patient(
            "Jon Berg", LocalDate.of(1970, 2, 3), Sex.MALE, "MRN-REG-5", "+1 555 0199", "Norwegian");

    static ReferralBundle reader() {
        return new ReferralBundle(FhirIds.mrnSystem(),
                id -> id == 5 ? Optional.of(REGISTERED) : Optional.empty());
    }

    @Test
    void aWholeReferralBecomesOneIntakeForm() {
        ReferralBundle.Intake intake = reader().read(ReferralBundles.complete("MRN-1001", "M17.11"));
        IntakeForm form = intake.form();
        assertThat(form.getPatientMrn()).isEqualTo("MRN-1001");
        assertThat(form.getPatientName()).isEqualTo("Maria Lindqvist");
        assertThat(form.getPatientBirthDate()).isEqualTo(LocalDate.of(1961, 4, 17));
        assertThat(form.getPatientSex()).isEqualTo(Sex.FEMALE);
        assertThat(form.getPatientContact()).isEqualTo("+1 555 0100");
        assertThat(form.getPatientLanguage()).isEqualTo("Swedish");
        assertThat(form.getFirstPhysicianName()).isEqualTo("Ada Okafor");
        assertThat(form.getFirstPhysicianNpi()).isEqualTo("1234567893");
        assertThat(form.getFirstOrganisationName()).isEqualTo("Riverside Clinic");
        assertThat(form.getFirstOrganisationNpi()).isEqualTo("1497758544");
        assertThat(form.getDiagnosisCode()).isEqualTo("M17.11");
        assertThat(form.getDiagnosisText()).isEqualTo("Primary osteoarthritis, right knee");
        assertThat(form.getTreatmentKind()).isEqualTo(TreatmentKind.SURGERY);
        assertThat(form.getTreatmentText()).isEqualTo("Total knee replacement, right");
        assertThat(form.getRequestedSpecialty()).isEqualTo("Orthopaedics");
        assertThat(form.getReason()).isEqualTo("The patient wants to know whether surgery is needed now.");
        assertThat(form.getUrgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(form.isConsent()).isTrue();
        assertThat(form.isConfirmedNotDuplicate()).isFalse();
        assertThat(form.getStandardQuestions()).containsExactly(StandardQuestion.ALTERNATIVES);
        assertThat(form.getOwnQuestions()).containsExactly("Can I keep running after the operation?");
        assertThat(form.getCoveragePayor()).isEqualTo("Blue Valley Health");
        assertThat(form.getCoveragePlan()).isEqualTo("Gold PPO 500");
        assertThat(form.getCoverageMemberId()).isEqualTo("W123456789");
        assertThat(intake.roles()).containsExactly(ReferralBundle.Role.PATIENT, ReferralBundle.Role.REQUESTER,
                ReferralBundle.Role.REQUESTER, ReferralBundle.Role.REQUESTER, ReferralBundle.Role.SERVICE_REQUEST,
                ReferralBundle.Role.CONSENT, ReferralBundle.Role.COVERAGE, ReferralBundle.Role.QUESTIONS,
                ReferralBundle.Role.TASK);
        assertThat(intake.patientIfNoneExist()).isNull();
    }

    @Test
    void theBundleAsSentIsValidR4() {
        assertThat(R4Validation.errors(ReferralBundles.complete("MRN-1001", "M17.11"))).isEmpty();
    }

    @Test
    void aMedicalRecordNumberMayBeTheIdentifierOfTypeMr() {
        Bundle bundle = ReferralBundles.complete("ignored", "M17.11");
        Patient patient = ReferralBundles.first(bundle, Patient.class);
        patient.getIdentifier().clear();
        patient.addIdentifier().setSystem("urn:oid:1.2.36.146.595.217.0.1").setValue("12345").setType(
                new CodeableConcept(new Coding(ReferralBundle.V2_0203, "MR", null)));
        patient.addIdentifier().setSystem("http://hl7.org/fhir/sid/us-ssn").setValue("999-99-9999");
        assertThat(reader().read(bundle).form().getPatientMrn()).isEqualTo("12345");
    }

    @Test
    void furtherNotesAreThePatientsOwnQuestionsAndTheTagConfirmsASeparateRequest() {
        Bundle bundle = ReferralBundles.complete("MRN-1", "M17.11");
        ServiceRequest request = ReferralBundles.first(bundle, ServiceRequest.class);
        request.addNote().setText("Is physiotherapy an option?");
        request.getMeta().addTag(ReferralBundle.INTAKE_SYSTEM, ReferralBundle.CONFIRMED_NOT_DUPLICATE, null);
        request.setPriority(ServiceRequest.ServiceRequestPriority.URGENT);
        IntakeForm form = reader().read(bundle).form();
        assertThat(form.getOwnQuestions()).containsExactly("Is physiotherapy an option?",
                "Can I keep running after the operation?");
        assertThat(form.isConfirmedNotDuplicate()).isTrue();
        assertThat(form.getUrgency()).isEqualTo(Urgency.URGENT);
    }

    @Test
    void statIsAnEmergencyWhichTheReferralRefusesAsThePageDoes() {
        Bundle bundle = ReferralBundles.complete("MRN-1", "M17.11");
        ReferralBundles.first(bundle, ServiceRequest.class).setPriority(ServiceRequest.ServiceRequestPriority.STAT);
        assertThat(reader().read(bundle).form().getUrgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(FieldPaths.of("urgency", "Resource")).isEqualTo("ServiceRequest.priority");
    }

    @Test
    void theRequesterMayBeAPractitionerAlone() {
        Bundle bundle = ReferralBundles.complete("MRN-1", "M17.11");
        Bundle.BundleEntryComponent practitioner = bundle.getEntry().get(1);
        ReferralBundles.first(bundle, ServiceRequest.class).setRequester(new Reference(practitioner.getFullUrl()));
        IntakeForm form = reader().read(bundle).form();
        assertThat(form.getFirstPhysicianName()).isEqualTo("Ada Okafor");
        assertThat(form.getFirstOrganisationName()).isNull();
    }

    @Test
    void aServiceRequestAloneNamesARegisteredPatientAndCarriesItsConsentContained() {
        ServiceRequest request = ReferralBundles.serviceRequest(new Reference("Patient/5"),
                new Reference().setDisplay("Dr. Ada Okafor"), "C50.911");
        Consent consent = ReferralBundles.consent(new Reference("Patient/5"));
        consent.setId("consent");
        request.addContained(consent);
        request.addSupportingInfo(new Reference("#consent"));
        ReferralBundle.Intake intake = reader().read(request);
        assertThat(intake.registeredPatientId()).isEqualTo(5L);
        assertThat(intake.form().getPatientMrn()).isEqualTo("MRN-REG-5");
        assertThat(intake.form().getPatientName()).isEqualTo("Jon Berg");
        assertThat(intake.form().getFirstPhysicianName()).isEqualTo("Dr. Ada Okafor");
        assertThat(intake.form().isConsent()).isTrue();
        assertThat(intake.form().getDiagnosisCode()).isEqualTo("C50.911");
    }

    @Test
    void aTaskAloneCarriesItsServiceRequestContained() {
        ServiceRequest request = ReferralBundles.serviceRequest(new Reference("Patient/5"),
                new Reference().setDisplay("Dr. Ada Okafor"), "C50.911");
        request.setId("sr");
        Consent consent = ReferralBundles.consent(new Reference("Patient/5"));
        consent.setId("consent");
        Task task = ReferralBundles.task(new Reference("#sr"), new Reference("Patient/5"));
        task.addContained(request);
        task.addContained(consent);
        // through the parser, as the server receives it
        Task parsed = FhirContexts.r4().newJsonParser().parseResource(Task.class, ReferralBundles.json(task));
        ReferralBundle.Intake intake = reader().readTask(parsed);
        assertThat(intake.form().getPatientMrn()).isEqualTo("MRN-REG-5");
        assertThat(intake.form().isConsent()).isTrue();
        assertThat(ReferralBundle.focusId(parsed)).isEmpty();
        assertThat(ReferralBundle.focusId(ReferralBundles.task(new Reference("ServiceRequest/42"), null)))
                .contains(42L);
        assertThat(ReferralBundle.focusId(ReferralBundles.task(
                new Reference("https://so.example/fhir/ServiceRequest/42/_history/3"), null))).contains(42L);
    }

    @Test
    void aConditionalCreateNamesTheMedicalRecordNumber() {
        assertThat(ReferralBundle.identifiersOf("identifier=urn:secondopinion:mrn|MRN-7"))
                .containsExactly(new String[] {"urn:secondopinion:mrn", "MRN-7"});
        assertThat(ReferralBundle.identifiersOf("Patient?identifier=MRN-7,x|MRN-8")).hasSize(2);
        refused(400, "Bundle.entry.request.ifNoneExist", () -> ReferralBundle.identifiersOf("name=Berg"));
        Bundle bundle = ReferralBundles.complete("MRN-1", "M17.11");
        bundle.getEntry().get(0).getRequest().setIfNoneExist("identifier=" + FhirIds.mrnSystem() + "|MRN-1");
        assertThat(reader().read(bundle).patientIfNoneExist()).isEqualTo("identifier=" + FhirIds.mrnSystem()
                + "|MRN-1");
    }

    // every refusal, with its status and FHIRPath

    @Test
    void aBundleOfAnotherTypeIsRefused() {
        refusedBundle(400, "Bundle.type", b -> b.setType(Bundle.BundleType.COLLECTION));
    }

    @Test
    void anEntryThatIsNotACreateIsRefused() {
        refusedBundle(400, "Bundle.entry[2].request.method",
                b -> b.getEntry().get(2).getRequest().setMethod(Bundle.HTTPVerb.PUT));
    }

    @Test
    void anEntryWithoutAResourceIsRefused() {
        refusedBundle(400, "Bundle.entry[9].resource", b -> b.addEntry().getRequest().setMethod(Bundle.HTTPVerb.POST));
    }

    @Test
    void aBundleWithoutServiceRequestIsRefused() {
        refusedBundle(422, "Bundle.entry", b -> b.getEntry().removeIf(e -> e.getResource() instanceof ServiceRequest));
    }

    @Test
    void aPatientWithoutMedicalRecordNumberIsRefused() {
        refusedBundle(422, "Patient.identifier", b -> ReferralBundles.first(b, Patient.class).getIdentifier().clear());
    }

    @Test
    void aPatientWithoutNameIsRefused() {
        refusedBundle(422, "Patient.name", b -> ReferralBundles.first(b, Patient.class).getName().clear());
    }

    @Test
    void aPatientWithoutBirthDateIsRefused() {
        refusedBundle(422, "Patient.birthDate", b -> ReferralBundles.first(b, Patient.class).setBirthDate(null));
    }

    @Test
    void aBirthDateOfYearOnlyIsRefused() {
        refusedBundle(422, "Patient.birthDate",
                b -> ReferralBundles.first(b, Patient.class).setBirthDateElement(new DateType("1961")));
    }

    @Test
    void aServiceRequestOfAnotherIntentIsRefused() {
        refusedBundle(422, "ServiceRequest.intent", b -> ReferralBundles.first(b, ServiceRequest.class)
                .setIntent(ServiceRequest.ServiceRequestIntent.PLAN));
    }

    @Test
    void aCompletedServiceRequestIsRefused() {
        refusedBundle(422, "ServiceRequest.status", b -> ReferralBundles.first(b, ServiceRequest.class)
                .setStatus(ServiceRequest.ServiceRequestStatus.COMPLETED));
    }

    @Test
    void aTaskForAnotherPatientIsRefused() {
        refusedBundle(422, "Task.for", b -> ReferralBundles.first(b, org.hl7.fhir.r4.model.Task.class)
                .setFor(new org.hl7.fhir.r4.model.Reference("Patient/2")));
    }

    @Test
    void aServiceRequestWithoutStatusIsRefused() {
        refusedBundle(400, "ServiceRequest.status", b -> ReferralBundles.first(b, ServiceRequest.class)
                .setStatus(null));
    }

    @Test
    void twoEntriesWithOneFullUrlAreRefused() {
        refusedBundle(400, "Bundle.entry[2].fullUrl", b -> b.getEntry().get(2).setFullUrl(b.getEntry().get(1)
                .getFullUrl()));
    }

    @Test
    void aServiceRequestWithoutSubjectIsRefused() {
        refusedBundle(422, "ServiceRequest.subject",
                b -> ReferralBundles.first(b, ServiceRequest.class).setSubject(null));
    }

    @Test
    void aSubjectThatIsNoPatientHereIsRefused() {
        refusedBundle(422, "ServiceRequest.subject", b -> {
            b.getEntry().removeIf(e -> e.getResource() instanceof Patient);
            ReferralBundles.first(b, ServiceRequest.class).setSubject(new Reference("Patient/77"));
        });
    }

    @Test
    void aServiceRequestWithoutRequesterIsRefused() {
        refusedBundle(422, "ServiceRequest.requester",
                b -> ReferralBundles.first(b, ServiceRequest.class).setRequester(null));
    }

    @Test
    void aRequesterThatIsAnOrganisationAloneIsRefused() {
        refusedBundle(422, "ServiceRequest.requester", b -> ReferralBundles.first(b, ServiceRequest.class)
                .setRequester(new Reference(b.getEntry().get(2).getFullUrl())));
    }

    @Test
    void aRequesterOutsideTheBundleIsRefused() {
        refusedBundle(422, "ServiceRequest.requester", b -> ReferralBundles.first(b, ServiceRequest.class)
                .setRequester(new Reference("Practitioner/12")));
    }

    @Test
    void aReasonWithoutIcd10CmIsRefused() {
        refusedBundle(422, "ServiceRequest.reasonCode", b -> ReferralBundles.first(b, ServiceRequest.class)
                .getReasonCodeFirstRep().getCodingFirstRep().setSystem("http://snomed.info/sct"));
    }

    @Test
    void aReasonWithoutTextIsRefused() {
        refusedBundle(422, "ServiceRequest.reasonCode.text", b -> {
            CodeableConcept reason = ReferralBundles.first(b, ServiceRequest.class).getReasonCodeFirstRep();
            reason.setText(null);
            reason.getCodingFirstRep().setDisplay(null);
        });
    }

    @Test
    void aServiceRequestWithoutSpecialtyIsRefused() {
        refusedBundle(422, "ServiceRequest.code", b -> ReferralBundles.first(b, ServiceRequest.class).setCode(null));
    }

    @Test
    void aServiceRequestWithoutProposedTreatmentIsRefused() {
        refusedBundle(422, "ServiceRequest.orderDetail",
                b -> ReferralBundles.first(b, ServiceRequest.class).getOrderDetail().clear());
    }

    @Test
    void anUnknownKindOfTreatmentIsRefused() {
        refusedBundle(422, "ServiceRequest.orderDetail", b -> ReferralBundles.first(b, ServiceRequest.class)
                .getOrderDetailFirstRep().getCodingFirstRep().setCode("prayer"));
    }

    @Test
    void aServiceRequestWithoutReasonNoteIsRefused() {
        refusedBundle(422, "ServiceRequest.note", b -> ReferralBundles.first(b, ServiceRequest.class).getNote().clear());
    }

    @Test
    void priorityAsapIsRefused() {
        refusedBundle(422, "ServiceRequest.priority", b -> ReferralBundles.first(b, ServiceRequest.class)
                .setPriority(ServiceRequest.ServiceRequestPriority.ASAP));
    }

    @Test
    void aReferralWithoutConsentIsRefused() {
        refusedBundle(422, "ServiceRequest.supportingInfo", b -> {
            b.getEntry().removeIf(e -> e.getResource() instanceof Consent);
            ReferralBundles.first(b, ServiceRequest.class).getSupportingInfo().clear();
        });
    }

    @Test
    void aConsentNotActiveIsRefused() {
        refusedBundle(422, "Consent.status",
                b -> ReferralBundles.first(b, Consent.class).setStatus(Consent.ConsentState.PROPOSED));
    }

    @Test
    void aConsentOfAnotherPatientIsRefused() {
        refusedBundle(422, "Consent.patient",
                b -> ReferralBundles.first(b, Consent.class).setPatient(new Reference("Patient/3")));
    }

    @Test
    void aCoverageOfAnotherPatientIsRefused() {
        refusedBundle(422, "Coverage.beneficiary",
                b -> ReferralBundles.first(b, Coverage.class).setBeneficiary(new Reference("Patient/3")));
    }

    @Test
    void aCoverageNamingItsBeneficiaryByDisplayOnlyIsRefusedForAServiceRequestAlone() {
        ServiceRequest request = ReferralBundles.serviceRequest(new Reference("Patient/5"),
                new Reference().setDisplay("Dr. Ada Okafor"), "C50.911");
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        ReferralBundles.add(bundle, request);
        ReferralBundles.add(bundle, ReferralBundles.consent(new Reference("Patient/5")));
        Coverage coverage = new Coverage().setBeneficiary(new Reference().setDisplay("Jon Berg"));
        ReferralBundles.add(bundle, coverage);
        refused(422, "Coverage.beneficiary", () -> reader().read(bundle));
        coverage.setBeneficiary(new Reference("Patient/5"));
        assertThat(reader().read(bundle).registeredPatientId()).isEqualTo(5L);
    }

    @Test
    void aTaskNotRequestedIsRefused() {
        refusedBundle(422, "Task.status", b -> ReferralBundles.first(b, Task.class).setStatus(Task.TaskStatus.DRAFT));
    }

    @Test
    void aTaskOfAnotherIntentIsRefused() {
        refusedBundle(422, "Task.intent", b -> ReferralBundles.first(b, Task.class).setIntent(Task.TaskIntent.PLAN));
    }

    @Test
    void aTaskOfAnotherCodeIsRefused() {
        refusedBundle(422, "Task.code",
                b -> ReferralBundles.first(b, Task.class).getCode().getCodingFirstRep().setCode("approve"));
    }

    @Test
    void aTaskWhoseFocusIsNotTheServiceRequestIsRefused() {
        refusedBundle(422, "Task.focus",
                b -> ReferralBundles.first(b, Task.class).setFocus(new Reference("ServiceRequest/9")));
    }

    @Test
    void aTaskAloneWithoutServiceRequestIsRefused() {
        Task task = ReferralBundles.task(new Reference("#missing"), new Reference("Patient/5"));
        refused(422, "Task.focus", () -> reader().readTask(task));
    }

    @Test
    void aPatientAloneWithoutBirthDateIsRefused() {
        Patient patient = ReferralBundles.patient("MRN-1").setBirthDate(null);
        refused(422, "Patient.birthDate", () -> reader().patient(patient));
    }

    @Test
    void everyOutcomeTheReaderAnswersIsValidR4() {
        BaseServerResponseException refusal = catchThrowableOfType(BaseServerResponseException.class,
                () -> reader().read(new Bundle().setType(Bundle.BundleType.BATCH)));
        assertThat(R4Validation.errors(refusal.getOperationOutcome())).isEmpty();
        assertThat(R4Validation.errors(FhirIntake.duplicate(java.util.List.of(12L, 15L)).getOperationOutcome()))
                .isEmpty();
        OperationOutcome duplicate = (OperationOutcome) FhirIntake.duplicate(java.util.List.of(12L, 15L))
                .getOperationOutcome();
        assertThat(duplicate.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.DUPLICATE);
        assertThat(duplicate.getIssueFirstRep().getDiagnostics()).contains("Task/12, Task/15")
                .contains("urn:secondopinion:intake|confirmed-not-duplicate");
    }

    @Test
    void fieldsOfTheFormNameTheirElement() {
        Map<String, String> expected = Map.of("patientBirthDate", "Patient.birthDate", "consent",
                "ServiceRequest.supportingInfo", "questions", "QuestionnaireResponse.item", "coveragePlan",
                "Coverage.class", "firstPhysicianNpi", "Practitioner.identifier", "confirmedNotDuplicate",
                "ServiceRequest.meta.tag");
        expected.forEach((field, path) -> assertThat(FieldPaths.of(field, "Bundle")).isEqualTo(path));
        assertThat(FieldPaths.of("unknown", "Bundle")).isEqualTo("Bundle");
    }

    static void refusedBundle(int status, String expression, Consumer<Bundle> change) {
        Bundle bundle = ReferralBundles.complete("MRN-1", "M17.11");
        change.accept(bundle);
        refused(status, expression, () -> reader().read(bundle));
    }

    static void refused(int status, String expression, Runnable reading) {
        BaseServerResponseException refusal = catchThrowableOfType(BaseServerResponseException.class, reading::run);
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.getStatusCode()).isEqualTo(status);
        OperationOutcome outcome = (OperationOutcome) refusal.getOperationOutcome();
        assertThat(outcome.getIssueFirstRep().getExpression()).extracting(Object::toString).containsExactly(expression);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).isNotBlank();
    }
}
