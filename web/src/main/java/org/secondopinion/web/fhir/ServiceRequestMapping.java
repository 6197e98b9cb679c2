package org.secondopinion.web.fhir;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.referral.entity.Urgency;

/**
 * A referral as the FHIR ServiceRequest it answers ({@code ServiceRequest/{id}}, the referral's id): the second
 * opinion asked for (code: the requested specialty), on the first physician's diagnosis (reasonCode, ICD-10-CM) and
 * proposed treatment (orderDetail), with the reason as a note. Its status follows the workflow: active while worked
 * on, on-hold while information is awaited, completed once the opinion is delivered, revoked when rejected or
 * cancelled.
 */
public final class ServiceRequestMapping {

    /** The kinds of treatment the first physician may propose (TreatmentKind names), for orderDetail. */
    public static final String TREATMENT_KIND_SYSTEM = "urn:secondopinion:fhir:treatment-kind";

    private ServiceRequestMapping() {
    }

    public static ServiceRequest current(Referral referral, Long patientId) {
        return serviceRequest(referral, ReferralVersion.current(referral), patientId);
    }

    public static ServiceRequest serviceRequest(Referral referral, ReferralVersion version, Long patientId) {
        ServiceRequest request = new ServiceRequest();
        request.setIdElement(new IdType("ServiceRequest", String.valueOf(referral.getId()),
                String.valueOf(version.number())));
        request.setMeta(version.meta());
        request.addIdentifier(new Identifier().setSystem(TaskMapping.REFERENCE_SYSTEM).setValue(referral.reference()));
        request.setStatus(status(version.state()));
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(referral.getUrgency() == Urgency.URGENT ? ServiceRequest.ServiceRequestPriority.URGENT
                : ServiceRequest.ServiceRequestPriority.ROUTINE);
        String specialty = referral.getRequestedSpecialty() + (referral.getRequestedSubSpecialty() == null ? ""
                : " (" + referral.getRequestedSubSpecialty() + ")");
        request.setCode(new CodeableConcept().setText(specialty));
        request.addOrderDetail(new CodeableConcept(new Coding(TREATMENT_KIND_SYSTEM, referral.getTreatmentKind().name(),
                ReferralVersion.words(referral.getTreatmentKind().name()))).setText(referral.getTreatmentText()));
        request.setSubject(TaskMapping.patient(referral, patientId));
        request.setAuthoredOnElement(ReferralVersion.dateTime(referral.getCreatedAt()));
        request.setRequester(TaskMapping.requester(referral));
        if (referral.getFirstOrganisationName() != null) {
            request.getRequester().setDisplay(referral.getFirstPhysicianName() + ", "
                    + referral.getFirstOrganisationName());
        }
        request.addReasonCode(new CodeableConcept(new Coding(FhirIds.ICD10CM_SYSTEM, referral.getDiagnosisCode(),
                null)).setText(referral.getDiagnosisText()));
        request.addNote(new Annotation().setTextElement(new org.hl7.fhir.r4.model.MarkdownType(referral.getReason())));
        return request;
    }

    /** ServiceRequest.status of a state. */
    public static ServiceRequest.ServiceRequestStatus status(ReferralStatus state) {
        return switch (state) {
            case INFO_REQUESTED -> ServiceRequest.ServiceRequestStatus.ONHOLD;
            case OPINION_DELIVERED, DECISION_RECORDED, CLOSED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case REJECTED, CANCELLED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        };
    }
}
