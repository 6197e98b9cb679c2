package org.secondopinion.web.fhir;

import java.util.Map;

/**
 * Where in the FHIR input a field of the application's forms came from, as a FHIRPath expression, so that an
 * OperationOutcome names the element to correct ({@code patientBirthDate} → {@code Patient.birthDate}). A field this
 * table does not know is named by the resource type the request addressed.
 */
public final class FieldPaths {

    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("patientName", "Patient.name"),
            Map.entry("patientBirthDate", "Patient.birthDate"),
            Map.entry("patientSex", "Patient.gender"),
            Map.entry("patientMrn", "Patient.identifier"),
            Map.entry("patientContact", "Patient.telecom"),
            Map.entry("patientLanguage", "Patient.communication.language"),
            Map.entry("firstPhysicianName", "ServiceRequest.requester"),
            Map.entry("firstOrganisationName", "ServiceRequest.requester"),
            Map.entry("diagnosisCode", "ServiceRequest.reasonCode"),
            Map.entry("firstPhysicianNpi", "Practitioner.identifier"),
            Map.entry("firstOrganisationNpi", "Organization.identifier"),
            Map.entry("diagnosisText", "ServiceRequest.reasonCode.text"),
            Map.entry("treatmentKind", "ServiceRequest.orderDetail"),
            Map.entry("treatmentText", "ServiceRequest.orderDetail.text"),
            Map.entry("requestedSpecialty", "ServiceRequest.code"),
            Map.entry("requestedSubSpecialty", "ServiceRequest.code"),
            Map.entry("reason", "ServiceRequest.note"),
            Map.entry("urgency", "ServiceRequest.priority"),
            Map.entry("consent", "ServiceRequest.supportingInfo"),
            Map.entry("ownQuestions", "QuestionnaireResponse.item"),
            Map.entry("standardQuestions", "QuestionnaireResponse.item"),
            Map.entry("questions", "QuestionnaireResponse.item"),
            Map.entry("confirmedNotDuplicate", "ServiceRequest.meta.tag"),
            Map.entry("coveragePayor", "Coverage.payor"),
            Map.entry("coveragePlan", "Coverage.class"),
            Map.entry("coverageMemberId", "Coverage.subscriberId"));

    private FieldPaths() {
    }

    /** The FHIRPath of a form field, or {@code fallback} (a resource type) for a field this table does not know. */
    public static String of(String field, String fallback) {
        if (field == null) {
            return fallback;
        }
        String path = PATHS.get(field);
        return path != null ? path : fallback;
    }
}
