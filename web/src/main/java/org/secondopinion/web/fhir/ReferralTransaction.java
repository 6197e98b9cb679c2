package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.RegisteredPatient;

/**
 * {@code POST /fhir}: a referral as a transaction Bundle (Patient, ServiceRequest, Task, and optionally Coverage,
 * the first physician, the patient's Consent and questions), taken in as one intake through the page's boundary, so
 * the Bundle is all or nothing. The answer is a transaction-response with one entry per entry sent, in order.
 */
@Dependent
public class ReferralTransaction implements SystemProvider {

    @Inject
    FhirIntake intake;

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle) {
        if (bundle == null) {
            throw new InvalidRequestException("Send a transaction Bundle.");
        }
        ReferralBundle.Intake read = intake.reader().read(bundle);
        String mrn = read.form().getPatientMrn();
        boolean known = intake.registered(mrn).isPresent();
        if (read.patientIfNoneExist() != null) {
            Optional<RegisteredPatient> match = intake.conditionalMatch(read.patientIfNoneExist());
            if (match.isPresent() && !match.get().getMrn().equals(mrn)) {
                throw ReferralBundle.invalid("Bundle.entry.request.ifNoneExist", "The Patient's conditional create"
                        + " names another patient (Patient/" + match.get().getId() + ") than its identifier.");
            }
        }
        Referral referral = intake.takeIn(read.form());
        RegisteredPatient patient = intake.registered(referral.getPatientMrn()).orElse(null);
        return response(read.roles(), referral, patient, known);
    }

    static Bundle response(List<ReferralBundle.Role> roles, Referral referral, RegisteredPatient patient,
                           boolean patientKnown) {
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        long version = FhirIds.version(referral);
        Date modified = Date.from(FhirIds.lastUpdated(referral));
        for (ReferralBundle.Role role : roles) {
            Bundle.BundleEntryResponseComponent answer = response.addEntry().getResponse();
            switch (role) {
                case SERVICE_REQUEST -> answer.setStatus("201 Created")
                        .setLocation("ServiceRequest/" + referral.getId() + "/_history/" + version)
                        .setEtag(FhirIds.etag(version)).setLastModified(modified);
                case TASK -> answer.setStatus("201 Created")
                        .setLocation("Task/" + referral.getId() + "/_history/" + version)
                        .setEtag(FhirIds.etag(version)).setLastModified(modified);
                case PATIENT -> {
                    answer.setStatus(patientKnown ? "200 OK" : "201 Created");
                    if (patient != null) {
                        long patientVersion = patient.getVersion() + 1;
                        answer.setLocation("Patient/" + patient.getId() + "/_history/" + patientVersion)
                                .setEtag(FhirIds.etag(patientVersion))
                                .setLastModified(Date.from(patient.getUpdatedAt()));
                    }
                }
                case COVERAGE -> answer.setStatus("200 OK").setOutcome(note("Kept with the referral ServiceRequest/"
                        + referral.getId() + " as the sender gave it (payor, plan, member id); it is not one of this"
                        + " server's Coverage resources."));
                case REQUESTER -> answer.setStatus("200 OK").setOutcome(note("Kept with the referral ServiceRequest/"
                        + referral.getId() + " as its first physician and organisation (names and NPIs)."));
                case CONSENT -> answer.setStatus("200 OK").setOutcome(note("The patient's consent, recorded with the"
                        + " referral ServiceRequest/" + referral.getId() + "."));
                case QUESTIONS -> answer.setStatus("200 OK").setOutcome(note("The patient's questions, kept with the"
                        + " referral ServiceRequest/" + referral.getId() + "."));
                case IGNORED -> answer.setStatus("200 OK").setOutcome(note("Not kept: a referral takes Patient,"
                        + " ServiceRequest, Task, Coverage, the requester, Consent and QuestionnaireResponse; this"
                        + " entry was read and left out."));
                default -> throw new IllegalStateException("no answer for " + role);
            }
        }
        return response;
    }

    private static OperationOutcome note(String text) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
                .setDiagnostics(text);
        return outcome;
    }
}
