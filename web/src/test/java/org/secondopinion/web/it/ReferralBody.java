package org.secondopinion.web.it;

/**
 * The body of a new second-opinion request ({@code POST api/referrals}): a routine request, with consent, for an
 * orthopaedic surgeon's opinion on a knee replacement.
 */
final class ReferralBody extends JsonBody<ReferralBody> {

    private ReferralBody() {
    }

    static ReferralBody aReferral(String patientName, String birthDate, String mrn) {
        return new ReferralBody().with("patientName", patientName).with("patientBirthDate", birthDate)
                .with("patientMrn", mrn).with("firstPhysicianName", "Dr. Elsewhere").with("diagnosisCode", "M17.11")
                .with("diagnosisText", "Osteoarthritis, right knee").with("treatmentKind", "SURGERY")
                .with("treatmentText", "Knee replacement").with("requestedSpecialty", "Orthopaedic surgery")
                .with("reason", "Unsure").with("urgency", "ROUTINE").withJson("consent", true)
                .withJson("standardQuestions", "[\"ALTERNATIVES\"]");
    }

    ReferralBody diagnosis(String code, String text) {
        return with("diagnosisCode", code).with("diagnosisText", text);
    }

    ReferralBody treatment(String kind, String text) {
        return with("treatmentKind", kind).with("treatmentText", text);
    }

    ReferralBody reason(String reason) {
        return with("reason", reason);
    }
}
