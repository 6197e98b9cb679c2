package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralAddendum;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.referral.entity.RegisteredPatient;
import org.secondopinion.referral.entity.Sex;

/** ServiceRequest, Patient, Practitioner, the consult note and its PDF as FHIR resources: content and validity. */
class ResourceMappingsTest {

    @Test
    void mapsTheReferralAsTheServiceRequestItAnswers() {
        ServiceRequest request = ServiceRequestMapping.current(Cases.inReview(), 77L);

        assertThat(request.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(request.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
        assertThat(request.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.URGENT);
        assertThat(request.getSubject().getReference()).isEqualTo("Patient/77");
        assertThat(request.getRequester().getDisplay()).isEqualTo("Dr. Elsewhere, General Hospital");
        assertThat(request.getReasonCodeFirstRep().getCodingFirstRep().getSystem()).isEqualTo(FhirIds.ICD10CM_SYSTEM);
        assertThat(request.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("M48.061");
        assertThat(request.getReasonCodeFirstRep().getText()).isEqualTo("Spinal stenosis, lumbar region");
        assertThat(request.getCode().getText()).contains("Orthopaedic surgery").contains("Spine");
        assertThat(request.getOrderDetailFirstRep().getCodingFirstRep().getCode()).isEqualTo("SURGERY");
        assertThat(request.getOrderDetailFirstRep().getText()).isEqualTo("Laminectomy");
        assertThat(request.getNoteFirstRep().getText()).isEqualTo("Unsure whether surgery can wait");
        assertThat(request.getAuthoredOn().toInstant()).isEqualTo(Cases.INTAKE);
        assertThat(request.getMeta().getVersionId()).isEqualTo("6");
        assertThat(R4Validation.errors(request)).isEmpty();
    }

    @Test
    void followsTheWorkflowInTheServiceRequestStatus() {
        assertThat(ServiceRequestMapping.status(ReferralStatus.REQUESTED)).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(ServiceRequestMapping.status(ReferralStatus.INFO_REQUESTED)).isEqualTo(ServiceRequest.ServiceRequestStatus.ONHOLD);
        assertThat(ServiceRequestMapping.status(ReferralStatus.CLOSED)).isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(ServiceRequestMapping.status(ReferralStatus.CANCELLED)).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
        assertThat(ServiceRequestMapping.status(ReferralStatus.REJECTED)).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
        assertThat(R4Validation.errors(ServiceRequestMapping.current(Cases.rejected(), null))).isEmpty();
    }

    @Test
    void mapsARegisteredPatient() {
        RegisteredPatient registered = new RegisteredPatient(new org.secondopinion.referral.entity.Patient(
                "Maria Elena Lopez", LocalDate.of(1968, 5, 17), Sex.FEMALE, "MRN-100200", "+1 555 0100", "Spanish"),
                Instant.parse("2026-11-02T09:15:30Z"));
        Cases.set(RegisteredPatient.class, registered, "id", 12L);

        Patient patient = PatientMapping.patient(registered);

        assertThat(patient.getIdElement().getIdPart()).isEqualTo("12");
        assertThat(patient.getMeta().getVersionId()).isEqualTo("1");
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(FhirIds.mrnSystem());
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("MRN-100200");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Lopez");
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Maria Elena");
        assertThat(patient.getGender()).isEqualTo(AdministrativeGender.FEMALE);
        assertThat(patient.getTelecomFirstRep().getSystem()).isEqualTo(ContactPoint.ContactPointSystem.PHONE);
        assertThat(patient.getCommunicationFirstRep().getLanguage().getText()).isEqualTo("Spanish");
        assertThat(R4Validation.errors(patient)).isEmpty();
    }

    @Test
    void mapsAPractitionerOfTheDirectory() {
        Practitioner practitioner = PractitionerMapping.practitioner(Cases.specialist());

        assertThat(practitioner.getIdentifierFirstRep().getSystem()).isEqualTo(FhirIds.NPI_SYSTEM);
        assertThat(practitioner.getIdentifierFirstRep().getValue()).isEqualTo("1234567893");
        assertThat(practitioner.getNameFirstRep().getFamily()).isEqualTo("Okafor");
        assertThat(practitioner.getQualificationFirstRep().getCode().getText()).isEqualTo("Orthopaedic surgery (Spine)");
        assertThat(R4Validation.errors(practitioner)).isEmpty();
    }

    @Test
    void describesTheDeliveredReportAsAConsultNoteWithItsSizeAndSha1() throws Exception {
        Referral referral = Cases.delivered();
        byte[] pdf = "%PDF-1.7 the report".getBytes(StandardCharsets.US_ASCII);
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(pdf);

        DocumentReference note = ConsultNoteMapping.documentReference(referral, 77L, "https://so.example/fhir/",
                pdf.length, sha1);

        assertThat(note.getStatus()).isEqualTo(DocumentReferenceStatus.CURRENT);
        assertThat(note.getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.FINAL);
        assertThat(note.getType().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(note.getType().getCodingFirstRep().getCode()).isEqualTo("11488-4");
        assertThat(note.getSubject().getReference()).isEqualTo("Patient/77");
        assertThat(note.getAuthorFirstRep().getReference()).isEqualTo("Practitioner/31");
        assertThat(note.getDate().toInstant()).isEqualTo(referral.getDeliveredAt());
        assertThat(note.getContext().getRelatedFirstRep().getReference()).isEqualTo("ServiceRequest/" + Cases.ID);
        assertThat(note.getContentFirstRep().getAttachment().getContentType()).isEqualTo("application/pdf");
        assertThat(note.getContentFirstRep().getAttachment().getUrl()).isEqualTo("https://so.example/fhir/Binary/"
                + Cases.ID);
        assertThat(note.getContentFirstRep().getAttachment().getSize()).isEqualTo(pdf.length);
        assertThat(note.getContentFirstRep().getAttachment().getHashElement().getValueAsString())
                .isEqualTo(Base64.getEncoder().encodeToString(sha1));
        assertThat(R4Validation.errors(note)).isEmpty();

        Binary binary = ConsultNoteMapping.binary(referral, pdf);
        assertThat(binary.getContentType()).isEqualTo("application/pdf");
        assertThat(binary.getData()).isEqualTo(pdf);
        assertThat(R4Validation.errors(binary)).isEmpty();
    }

    @Test
    void versionsTheConsultNoteAndItsPdfByEveryAnsweredAddendum() {
        Referral referral = Cases.delivered();
        DocumentReference first = ConsultNoteMapping.documentReference(referral, 77L, "https://so.example/fhir", 10,
                new byte[20]);
        assertThat(first.getMeta().getVersionId()).isEqualTo("1");
        assertThat(first.getIdElement().getVersionIdPart()).isEqualTo("1");
        assertThat(first.getMeta().getLastUpdated().toInstant()).isEqualTo(referral.getDeliveredAt());

        ReferralAddendum asked = referral.askFollowUp("Can I wait until spring?", Cases.at(9));
        Cases.set(org.secondopinion.referral.entity.ReferralPart.class, asked, "id", 8001L);
        DocumentReference askedOnly = ConsultNoteMapping.documentReference(referral, 77L, "https://so.example/fhir",
                10, new byte[20]);
        assertThat(askedOnly.getMeta().getVersionId()).as("a question alone changes no report").isEqualTo("1");

        referral.answerFollowUp(8001L, "Yes, until April.", "specialist", Cases.at(10));
        DocumentReference amended = ConsultNoteMapping.documentReference(referral, 77L, "https://so.example/fhir", 12,
                new byte[20]);
        assertThat(amended.getMeta().getVersionId()).isEqualTo("2");
        assertThat(amended.getMeta().getLastUpdated().toInstant()).isEqualTo(Cases.at(10));
        assertThat(amended.getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.AMENDED);
        Binary pdf = ConsultNoteMapping.binary(referral, new byte[] {1});
        assertThat(pdf.getMeta().getVersionId()).isEqualTo("2");
        assertThat(R4Validation.errors(amended)).isEmpty();
    }

    @Test
    void readsTaskStatusCodesAsTheStatesTheyStandFor() {
        assertThat(ReferralResources.statesOf("received")).containsExactlyInAnyOrder(ReferralStatus.RECORDS_PENDING,
                ReferralStatus.READY_FOR_MATCHING, ReferralStatus.OFFERED, ReferralStatus.DECLINED);
        assertThat(ReferralResources.statesOf("on-hold")).containsExactly(ReferralStatus.INFO_REQUESTED);
        assertThat(ReferralResources.statesOf("draft")).as("a Task status no referral takes").isEmpty();
        assertThatThrownBy(() -> ReferralResources.statesOf("lost")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'lost' is not a Task status");
    }
}
