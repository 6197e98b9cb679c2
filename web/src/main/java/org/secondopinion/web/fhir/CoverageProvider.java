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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.secondopinion.estimate.boundary.HealthPlans;
import org.secondopinion.estimate.entity.PatientCoverage;

/**
 * {@code Coverage}: read one ({@code Coverage/{id}}), or search a patient's ({@code Coverage?patient=Patient/{id}},
 * {@code ?patient={id}}, or by MRN {@code ?patient.identifier=<system>|<mrn>}; {@code beneficiary} likewise).
 * Billing staff and coordinators only (FhirPermissions, and HealthPlans again); every record read is audited there.
 */
@Dependent
public class CoverageProvider implements IResourceProvider {

    @Inject
    HealthPlans plans;

    @Inject
    Instance<PatientIndex> patients;

    @Override
    public Class<Coverage> getResourceType() {
        return Coverage.class;
    }

    @Read
    public Coverage read(@IdParam IdType id) {
        if (!id.isIdPartValidLong()) {
            throw new ResourceNotFoundException(id);
        }
        return resource(plans.readCoverage(id.getIdPartAsLong()));
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
        return plans.coveragesOfPatient(mrnOf(who)).stream().map(this::resource).toList();
    }

    private String mrnOf(ReferenceParam who) {
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
            return mrn.strip();
        }
        if (who.getResourceType() != null && !"Patient".equals(who.getResourceType())) {
            throw invalid("A coverage's patient is a Patient, not a " + who.getResourceType() + ".");
        }
        String id = who.getIdPart();
        if (patients.isUnsatisfied()) {
            throw invalid("This server cannot look up Patient/" + id + " yet: search by the medical record number,"
                    + " patient.identifier=" + FhirIds.mrnSystem() + "|{mrn}.");
        }
        return patients.get().mrnOf(id).orElseThrow(() -> new ResourceNotFoundException(new IdType("Patient", id)));
    }

    private Coverage resource(PatientCoverage coverage) {
        Reference patient = new Reference().setDisplay(coverage.getPatientName());
        Optional<String> id = patients.isUnsatisfied() ? Optional.empty()
                : patients.get().idOf(coverage.getPatientMrn());
        id.ifPresent(value -> patient.setReference("Patient/" + value));
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
