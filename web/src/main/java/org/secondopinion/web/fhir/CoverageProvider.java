package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.secondopinion.estimate.boundary.HealthPlans;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.referral.boundary.PatientRegister;

/**
 * {@code Coverage}: read one ({@code Coverage/{id}}), or search a patient's ({@code Coverage?patient=Patient/{id}},
 * {@code ?patient={id}}, or by MRN {@code ?patient.identifier=<system>|<mrn>}; {@code beneficiary} likewise).
 * {@code Patient/{id}} is the patient register's ({@link PatientRegister#mrnOf}); a coverage names its patient by that
 * reference when the patient is registered, and always by MRN. Billing staff and coordinators only (FhirPermissions,
 * and HealthPlans again); every record read is audited there.
 */
@Dependent
public class CoverageProvider implements IResourceProvider {

    @Inject
    HealthPlans plans;

    @Inject
    PatientRegister patients;

    @Override
    public Class<Coverage> getResourceType() {
        return Coverage.class;
    }

    @Read
    public Coverage read(@IdParam IdType id) {
        if (!id.isIdPartValidLong()) {
            throw new ResourceNotFoundException(id);
        }
        return resource(plans.readCoverage(ReferralResources.numericId(id)));
    }

    @Search
    public List<Coverage> search(@OptionalParam(name = Coverage.SP_PATIENT, chainWhitelist = {"", "identifier"})
                                 ReferenceParam patient,
                                 @OptionalParam(name = Coverage.SP_BENEFICIARY, chainWhitelist = {"", "identifier"})
                                 ReferenceParam beneficiary) {
        ReferenceParam who = patient != null ? patient : beneficiary;
        if (who == null || patient != null && beneficiary != null) {
            throw invalid("Search Coverage by one patient: patient=Patient/{id} or patient.identifier="
                    + FhirIds.mrnSystem() + "|{mrn} (or beneficiary likewise).");
        }
        // a patient this server does not know has no coverage here
        return mrnOf(who).map(mrn -> plans.coveragesOfPatient(mrn).stream().map(this::resource).toList())
                .orElse(List.of());
    }

    private Optional<String> mrnOf(ReferenceParam who) {
        if ("identifier".equals(who.getChain())) {
            String value = who.getValue();
            int bar = value.indexOf('|');
            String system = bar < 0 ? null : value.substring(0, bar);
            String mrn = bar < 0 ? value : value.substring(bar + 1);
            if (system != null && !system.isEmpty() && !system.equals(FhirIds.mrnSystem())) {
                throw invalid("Patients are identified here by their medical record number, system "
                        + FhirIds.mrnSystem() + ", not " + system + ".");
            }
            if (mrn.isBlank()) {
                throw invalid("Give the medical record number: patient.identifier=" + FhirIds.mrnSystem() + "|{mrn}.");
            }
            return Optional.of(mrn.strip());
        }
        if (who.getResourceType() != null && !"Patient".equals(who.getResourceType())) {
            throw invalid("A coverage's patient is a Patient, not a " + who.getResourceType() + ".");
        }
        String id = who.getIdPart();
        return id != null && id.matches("[0-9]{1,18}") ? patients.mrnOf(Long.parseLong(id)) : Optional.empty();
    }

    private Coverage resource(PatientCoverage coverage) {
        Reference patient = new Reference().setDisplay(coverage.getPatientName());
        patients.idOf(coverage.getPatientMrn()).ifPresent(id -> patient.setReference("Patient/" + id));
        patient.getIdentifier().setSystem(FhirIds.mrnSystem()).setValue(coverage.getPatientMrn());
        return FhirCoverage.of(coverage, patient);
    }

    private static InvalidRequestException invalid(String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(message);
        return new InvalidRequestException(message, outcome);
    }
}
