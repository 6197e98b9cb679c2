package org.secondopinion.web.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;

/** Referral Bundles as a referring EHR sends them, for the tests (unit and in-container). */
public final class ReferralBundles {

    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    public static final String CONSENT_CATEGORY = "http://loinc.org";

    private ReferralBundles() {
    }

    /** A whole referral: Patient, PractitionerRole with Practitioner and Organization, ServiceRequest, Consent,
     * Coverage, QuestionnaireResponse and Task, all by urn:uuid. */
    public static Bundle complete(String mrn, String icd10) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient patient = patient(mrn);
        String patientUrl = add(bundle, patient);
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier().setSystem(FhirIds.NPI_SYSTEM).setValue("1234567893");
        practitioner.addName().setFamily("Okafor").addGiven("Ada");
        String practitionerUrl = add(bundle, practitioner);
        Organization organisation = new Organization().setName("Riverside Clinic");
        organisation.addIdentifier().setSystem(FhirIds.NPI_SYSTEM).setValue("1497758544");
        String organisationUrl = add(bundle, organisation);
        PractitionerRole role = new PractitionerRole().setPractitioner(new Reference(practitionerUrl))
                .setOrganization(new Reference(organisationUrl));
        String roleUrl = add(bundle, role);
        ServiceRequest request = serviceRequest(new Reference(patientUrl), new Reference(roleUrl), icd10);
        String requestUrl = add(bundle, request);
        Consent consent = consent(new Reference(patientUrl));
        String consentUrl = add(bundle, consent);
        request.addSupportingInfo(new Reference(consentUrl));
        Coverage coverage = new Coverage().setStatus(Coverage.CoverageStatus.ACTIVE)
                .setBeneficiary(new Reference(patientUrl)).setSubscriberId("W123456789");
        coverage.addPayor().setDisplay("Blue Valley Health");
        coverage.addClass_().setValue("PPO-500").setName("Gold PPO 500").setType(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", null)));
        add(bundle, coverage);
        QuestionnaireResponse questions = new QuestionnaireResponse()
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .setSubject(new Reference(patientUrl));
        questions.addItem().setLinkId("ALTERNATIVES").addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(true));
        questions.addItem().setLinkId("own-1").setText("Your own question")
                .addAnswer().setValue(new StringType("Can I keep running after the operation?"));
        add(bundle, questions);
        add(bundle, task(new Reference(requestUrl), new Reference(patientUrl)));
        return bundle;
    }

    public static Patient patient(String mrn) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(FhirIds.mrnSystem()).setValue(mrn);
        patient.addName().setFamily("Lindqvist").addGiven("Maria").setUse(org.hl7.fhir.r4.model.HumanName.NameUse.OFFICIAL);
        patient.setBirthDateElement(new DateType("1961-04-17"));
        patient.setGender(AdministrativeGender.FEMALE);
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("+1 555 0100");
        patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(
                new Coding("urn:ietf:bcp:47", "sv", "Swedish")));
        return patient;
    }

    public static ServiceRequest serviceRequest(Reference subject, Reference requester, String icd10) {
        ServiceRequest request = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                .setPriority(ServiceRequest.ServiceRequestPriority.ROUTINE).setSubject(subject)
                .setRequester(requester);
        request.setCode(new CodeableConcept().setText("Orthopaedics"));
        request.addReasonCode().setText("Primary osteoarthritis, right knee")
                .addCoding(new Coding(FhirIds.ICD10CM_SYSTEM, icd10, "Unilateral primary osteoarthritis, right knee"));
        request.addOrderDetail().setText("Total knee replacement, right")
                .addCoding(new Coding(ReferralBundle.TREATMENT_SYSTEM, "surgery", "Surgery"));
        request.addNote().setText("The patient wants to know whether surgery is needed now.");
        return request;
    }

    public static Consent consent(Reference patient) {
        Consent consent = new Consent().setStatus(Consent.ConsentState.ACTIVE).setPatient(patient);
        consent.setScope(new CodeableConcept(new Coding(CONSENT_SCOPE, "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding(CONSENT_CATEGORY, "59284-0", "Patient Consent")));
        consent.setPolicyRule(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in")));
        return consent;
    }

    public static Task task(Reference focus, Reference patient) {
        Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
                .setFocus(focus).setFor(patient);
        task.setCode(new CodeableConcept(new Coding(ReferralBundle.TASK_CODE_SYSTEM, "fulfill", null)));
        return task;
    }

    /** Adds the resource as a POST entry with a fresh urn:uuid fullUrl, which it returns. */
    public static String add(Bundle bundle, Resource resource) {
        String url = "urn:uuid:" + UUID.randomUUID();
        bundle.addEntry().setFullUrl(url).setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
        return url;
    }

    public static <T extends Resource> T first(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow();
    }

    public static String json(Resource resource) {
        return FhirContexts.r4().newJsonParser().encodeResourceToString(resource);
    }
}
