package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.referral.boundary.IntakeForm;
import org.secondopinion.referral.boundary.PatientRegister;
import org.secondopinion.referral.boundary.PossibleDuplicate;
import org.secondopinion.referral.boundary.ReferralTakenIn;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.RegisteredPatient;

/**
 * What the FHIR intake providers share: the reader of referrals sent as FHIR, and taking one in through the page's
 * boundary ({@link Referrals#takeIn}, one transaction: the referral and its patient's register entry), counted in the
 * referrals metric as channel {@code fhir}. A possible duplicate answers 409 with an OperationOutcome (issue code
 * {@code duplicate}) naming the open cases as {@code Task/{id}}.
 */
@Dependent
public class FhirIntake {

    @Inject
    Referrals referrals;

    @Inject
    PatientRegister patients;

    @Inject
    Event<ReferralTakenIn> takenIn;

    /** A reader of FHIR referrals; {@code Patient/{id}} resolves in the register, as far as the caller may see. */
    public ReferralBundle reader() {
        return new ReferralBundle(FhirIds.mrnSystem(), id -> {
            try {
                return Optional.of(patients.open(id).demographics());
            } catch (RecordNotFound unknown) {
                return Optional.empty();
            }
        });
    }

    /** Takes the referral in through the page's boundary; a possible duplicate answers 409. */
    public Referral takeIn(IntakeForm form) {
        Referral referral;
        try {
            referral = referrals.takeIn(form);
        } catch (PossibleDuplicate duplicate) {
            throw duplicate(duplicate.openCases());
        }
        takenIn.fire(new ReferralTakenIn(ReferralTakenIn.Channel.FHIR));
        return referral;
    }

    static ResourceVersionConflictException duplicate(List<Long> openCases) {
        String tasks = openCases.stream().map(id -> "Task/" + id).collect(Collectors.joining(", "));
        String message = "This patient already has an open case for the same diagnosis (" + tasks + "). Follow that"
                + " case instead, or confirm that this is a separate request: send it again with the meta.tag "
                + ReferralBundle.INTAKE_SYSTEM + "|" + ReferralBundle.CONFIRMED_NOT_DUPLICATE
                + " on the ServiceRequest.";
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.DUPLICATE).setDiagnostics(message)
                .addExpression("ServiceRequest.meta.tag");
        return new ResourceVersionConflictException(message, outcome);
    }

    /**
     * The registered patient a conditional create ({@code identifier=system|value}) names, if one; several → 412.
     * Medical record numbers are unique in the register; several can match only where the condition names several
     * identifiers (a comma-separated list).
     */
    public Optional<RegisteredPatient> conditionalMatch(String condition) {
        List<RegisteredPatient> matches = ReferralBundle.identifiersOf(condition).stream()
                .map(identifier -> patients.byMrn(identifier[1])).flatMap(Optional::stream)
                .collect(Collectors.toMap(RegisteredPatient::getId, p -> p, (a, b) -> a)).values().stream().toList();
        if (matches.size() > 1) {
            String message = "The condition " + condition + " matches " + matches.size() + " patients ("
                    + matches.stream().map(p -> "Patient/" + p.getId()).collect(Collectors.joining(", "))
                    + "); name one medical record number.";
            throw new PreconditionFailedException(message, FhirErrors.outcome(IssueType.MULTIPLEMATCHES, message,
                    "Patient.identifier"));
        }
        return matches.stream().findFirst();
    }

    public Optional<RegisteredPatient> registered(String mrn) {
        return patients.byMrn(mrn);
    }

    public PatientRegister register() {
        return patients;
    }

    public Referrals referrals() {
        return referrals;
    }
}
