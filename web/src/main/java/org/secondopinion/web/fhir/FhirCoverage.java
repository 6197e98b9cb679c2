package org.secondopinion.web.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Coverage.CoverageStatus;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.estimate.entity.PlanKind;

/**
 * A patient's coverage as a FHIR R4 {@code Coverage}: the patient is beneficiary and subscriber (the application
 * records the member id of the patient), the plan's payer the payor, the plan a {@code class}, the plan year the
 * period. The amounts met this plan year stay in the application (they are no element of Coverage).
 */
public final class FhirCoverage {

    static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
    static final String RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
    static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";
    static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    /** The application's coverage records, by id. */
    public static final String COVERAGE_SYSTEM = "urn:secondopinion:coverage";

    private FhirCoverage() {
    }

    /** The coverage with its payer contained (as {@code GET /fhir/Coverage} answers it). */
    public static Coverage of(PatientCoverage coverage, Reference patient) {
        Coverage resource = base(coverage, patient);
        Organization payer = payer(coverage.getPlan());
        payer.setId("payer");
        resource.addContained(payer);
        resource.addPayor(new Reference("#payer").setDisplay(coverage.getPlan().getPayerName()));
        return resource;
    }

    /** The coverage whose payor is another resource (as a bundle holds it). */
    public static Coverage of(PatientCoverage coverage, Reference patient, Reference payer) {
        Coverage resource = base(coverage, patient);
        resource.addPayor(payer.copy().setDisplay(coverage.getPlan().getPayerName()));
        return resource;
    }

    /** The plan's payer as an Organization of type "pay" (payer). */
    public static Organization payer(HealthPlan plan) {
        Organization payer = new Organization();
        payer.setActive(true);
        payer.setName(plan.getPayerName());
        payer.addType().addCoding().setSystem(ORGANIZATION_TYPE).setCode("pay").setDisplay("Payer");
        return payer;
    }

    private static Coverage base(PatientCoverage coverage, Reference patient) {
        HealthPlan plan = coverage.getPlan();
        Coverage resource = new Coverage();
        resource.setId(Long.toString(coverage.getId()));
        // JPA counts versions from 0, FHIR from 1
        resource.getMeta().setVersionId(Long.toString(coverage.getVersion() + 1));
        if (coverage.getUpdatedAt() != null) {
            resource.getMeta().setLastUpdated(Date.from(coverage.getUpdatedAt()));
        }
        resource.setStatus(CoverageStatus.ACTIVE);
        resource.setType(new CodeableConcept().addCoding(plan.getKind() == PlanKind.MEDICARE_PART_B
                ? new org.hl7.fhir.r4.model.Coding(V3_ACT_CODE, "SUBSIDIZ", "subsidized health program")
                : new org.hl7.fhir.r4.model.Coding(V3_ACT_CODE, "EHCPOL", "extended healthcare"))
                .setText(plan.getKind() == PlanKind.MEDICARE_PART_B ? "Original Medicare Part B" : "Commercial plan"));
        if (coverage.getMemberId() != null && !coverage.getMemberId().isBlank()) {
            resource.setSubscriberId(coverage.getMemberId());
            resource.addIdentifier(new Identifier().setValue(coverage.getMemberId())
                    .setType(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(V2_0203, "MB",
                            "Member Number"))));
        }
        resource.setBeneficiary(patient.copy());
        resource.setSubscriber(patient.copy());
        resource.setRelationship(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(RELATIONSHIP,
                "self", "Self")));
        Period period = new Period();
        period.setStartElement(new DateTimeType(coverage.getPlanYearStart().toString()));
        period.setEndElement(new DateTimeType(coverage.getPlanYearStart().plusYears(1).minusDays(1).toString()));
        resource.setPeriod(period);
        Coverage.ClassComponent planClass = resource.addClass_();
        planClass.setType(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(COVERAGE_CLASS, "plan",
                "Plan")));
        planClass.setValue(Long.toString(plan.getId()));
        planClass.setName(plan.getPlanName());
        return resource;
    }
}
