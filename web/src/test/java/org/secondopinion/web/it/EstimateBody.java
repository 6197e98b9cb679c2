package org.secondopinion.web.it;

/** The body of a new cost estimate ({@code POST api/estimates}): self-pay, a second opinion on knee osteoarthritis. */
final class EstimateBody extends JsonBody<EstimateBody> {

    private EstimateBody() {
    }

    static EstimateBody anEstimate(String mrn, String patientName, String birthDate, long feeScheduleId) {
        return new EstimateBody().with("patientMrn", mrn).with("patientName", patientName)
                .with("patientBirthDate", birthDate).withJson("feeScheduleId", feeScheduleId)
                .with("primaryService", "Second opinion on knee osteoarthritis").with("diagnosisCodes", "M17.11")
                .with("scheduledOn", "2026-12-01").with("serviceDate", "2027-01-04");
    }

    /** The patient's coverage; none makes the estimate self-pay. */
    EstimateBody coverage(Integer coverageId) {
        return coverageId == null ? without("coverageId") : withJson("coverageId", coverageId);
    }

    EstimateBody primaryService(String service) {
        return with("primaryService", service);
    }
}
