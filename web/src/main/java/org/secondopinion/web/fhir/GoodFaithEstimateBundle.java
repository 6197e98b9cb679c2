package org.secondopinion.web.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Claim.ClaimStatus;
import org.hl7.fhir.r4.model.Claim.Use;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.StringType;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.estimate.entity.EstimateStatus;
import org.secondopinion.estimate.entity.PatientCoverage;

/**
 * An issued estimate as a Da Vinci Patient Cost Transparency (PCT, STU 2) Good Faith Estimate Bundle: a
 * {@code collection} whose first entry is the estimate-summary Claim, followed by one GFE Claim ({@code use}
 * predetermination, professional) per provider and part of the estimate, as the Good Faith Estimate PDF groups them
 * (the second-opinion workup, then each treatment option: options are alternatives, which each Claim says in a
 * disclaimer), then the Patient, the Coverage and its payer (or, self-pay, none: the Claims' {@code
 * insurance.coverage} says "not applicable" by the data-absent-reason extension, as PCT does), and the providers as
 * Organizations with their NPI and TIN.
 *
 * <p>Every reference points at an entry's {@code fullUrl}, a name-based {@code urn:uuid} of the estimate's id, so the
 * same estimate always exports the same bundle. What the application does not record stays out: the providers' NUCC
 * taxonomy, the patient's gender, and the place of service, which is the hospital's outpatient department (CMS POS
 * 22) for every line since the application prices the hospital's outpatient services.
 */
public final class GoodFaithEstimateBundle {

    static final String PCT = "http://hl7.org/fhir/us/davinci-pct/";
    public static final String BUNDLE_PROFILE = PCT + "StructureDefinition/davinci-pct-gfe-bundle";
    public static final String SUMMARY_PROFILE = PCT + "StructureDefinition/davinci-pct-gfe-summary";
    public static final String PROFESSIONAL_PROFILE = PCT + "StructureDefinition/davinci-pct-gfe-professional";
    static final String ESTIMATE_TYPE_SUMMARY = PCT + "CodeSystem/PCTEstimateTypeSummaryCSTemporaryTrialUse";
    static final String PCT_DIAGNOSIS_TYPE = PCT + "CodeSystem/PCTDiagnosisType";
    static final String SERVICE_DESCRIPTION = PCT + "StructureDefinition/serviceDescription";
    static final String DISCLAIMER = PCT + "StructureDefinition/gfeDisclaimer";
    static final String SERVICE_LINKING = PCT + "StructureDefinition/gfeServiceLinkingInfo";
    static final String REFERRAL_NUMBER = PCT + "StructureDefinition/referralNumber";
    static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    static final String DIAGNOSIS_TYPE = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype";
    static final String PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";
    static final String POS = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    /** Estimates of this application, by reference ("EST-000123 v2"). */
    public static final String ESTIMATE_SYSTEM = "urn:secondopinion:estimate";
    /** Referrals of this application, by id. */
    public static final String REFERRAL_SYSTEM = "urn:secondopinion:referral";

    private final CostEstimate estimate;
    private final Bundle bundle = new Bundle();
    private final Map<String, String> providers = new LinkedHashMap<>();
    private String patientUrl;
    private String coverageUrl;
    private String payerUrl;

    private GoodFaithEstimateBundle(CostEstimate estimate) {
        this.estimate = estimate;
    }

    /** The bundle of an issued estimate; any other is refused (the boundary refuses those first). */
    public static Bundle of(CostEstimate estimate) {
        if (estimate.getStatus() != EstimateStatus.ISSUED || estimate.getIssuedAt() == null) {
            throw new IllegalArgumentException("Only an issued estimate is a Good Faith Estimate; "
                    + estimate.reference() + " is " + estimate.getStatus() + ".");
        }
        return new GoodFaithEstimateBundle(estimate).build();
    }

    private Bundle build() {
        bundle.getMeta().addProfile(BUNDLE_PROFILE);
        bundle.setIdentifier(new Identifier().setSystem(ESTIMATE_SYSTEM).setValue(estimate.reference()));
        bundle.setType(BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(estimate.getIssuedAt()));
        Bundle.BundleEntryComponent summaryEntry = bundle.addEntry();
        patientUrl = add(patient());
        if (!estimate.isSelfPay()) {
            payerUrl = add(FhirCoverage.payer(estimate.getCoverage().getPlan()), "payer");
            coverageUrl = add(coverage(estimate.getCoverage()), "coverage");
        }
        List<Claim> claims = new ArrayList<>();
        BigDecimal workup = BigDecimal.ZERO;
        BigDecimal costliestOption = BigDecimal.ZERO;
        int part = 0;
        for (String option : estimate.optionNames()) {
            part++;
            Map<String, List<EstimateLine>> byProvider = new LinkedHashMap<>();
            for (EstimateLine line : estimate.linesOf(option)) {
                byProvider.computeIfAbsent(line.getProviderName(), k -> new ArrayList<>()).add(line);
            }
            BigDecimal optionTotal = BigDecimal.ZERO;
            int group = 0;
            for (List<EstimateLine> lines : byProvider.values()) {
                group++;
                Claim claim = gfe(option, part + "." + group, lines);
                claims.add(claim);
                optionTotal = optionTotal.add(claim.getTotal().getValue());
            }
            if (CostEstimate.WORKUP.equals(option)) {
                workup = workup.add(optionTotal);
            } else if (optionTotal.compareTo(costliestOption) > 0) {
                costliestOption = optionTotal;
            }
        }
        Claim summary = summary(workup.add(costliestOption));
        String summaryUrl = urn("Claim/summary");
        summary.setId(idOf(summaryUrl));
        summaryEntry.setFullUrl(summaryUrl).setResource(summary);
        // the summary first (PCT requires it), the GFE Claims right after it
        for (int i = 0; i < claims.size(); i++) {
            String url = urn("Claim/" + claims.get(i).getIdentifierFirstRep().getValue());
            claims.get(i).setId(idOf(url));
            bundle.getEntry().add(1 + i, new Bundle.BundleEntryComponent().setFullUrl(url).setResource(claims.get(i)));
        }
        return bundle;
    }

    private Claim summary(BigDecimal total) {
        Claim claim = claim(SUMMARY_PROFILE, new Coding(ESTIMATE_TYPE_SUMMARY, "estimate-summary",
                "Estimate Summary"), estimate.reference());
        claim.addExtension(DISCLAIMER, new StringType("The total is the second-opinion workup together with the"
                + " costliest treatment option; the options are alternatives, each estimated on its own."));
        // the summary names no provider: PCT marks it not applicable
        claim.getProvider().addExtension(DATA_ABSENT_REASON, new CodeType("not-applicable"));
        List<String> codes = estimate.diagnosisCodeList();
        addDiagnoses(claim, codes);
        LocalDate first = estimate.getLines().stream().map(EstimateLine::getServiceDate).min(LocalDate::compareTo)
                .orElse(estimate.getServiceDate());
        LocalDate last = estimate.getLines().stream().map(EstimateLine::getServiceDate).max(LocalDate::compareTo)
                .orElse(estimate.getServiceDate());
        if (first != null) {
            claim.setBillablePeriod(new Period().setStartElement(new DateTimeType(first.toString()))
                    .setEndElement(new DateTimeType(last.toString())));
        }
        claim.setTotal(money(total));
        return claim;
    }

    private Claim gfe(String option, String part, List<EstimateLine> lines) {
        EstimateLine first = lines.get(0);
        Claim claim = claim(PROFESSIONAL_PROFILE, new Coding(CLAIM_TYPE, "professional", "Professional"),
                estimate.reference() + " part " + part);
        claim.addExtension(DISCLAIMER, new StringType(CostEstimate.WORKUP.equals(option)
                ? "Second-opinion workup: expected whichever treatment option the patient chooses."
                : "Treatment option \"" + option + "\": an alternative to the other options of this estimate."));
        Extension linking = claim.addExtension().setUrl(SERVICE_LINKING);
        linking.addExtension("linkingIdentifier", new Identifier().setSystem(ESTIMATE_SYSTEM)
                .setValue(estimate.reference()));
        linking.addExtension("plannedPeriodOfService", new DateType(first.getServiceDate().toString()));
        claim.setProvider(new Reference(provider(first)).setDisplay(first.getProviderName()));
        List<String> codes = new ArrayList<>(estimate.diagnosisCodeList());
        lines.forEach(line -> line.diagnosisCodeList().stream().filter(code -> !codes.contains(code))
                .forEach(codes::add));
        addDiagnoses(claim, codes);
        BigDecimal total = BigDecimal.ZERO;
        int sequence = 0;
        for (EstimateLine line : lines) {
            Claim.ItemComponent item = claim.addItem().setSequence(++sequence);
            item.addExtension(SERVICE_DESCRIPTION, new StringType(line.getDescription()));
            line.diagnosisCodeList().forEach(code -> item.addDiagnosisSequence(codes.indexOf(code) + 1));
            item.setProductOrService(productOrService(line));
            line.modifierList().forEach(modifier -> item.addModifier(new CodeableConcept()
                    .addCoding(new Coding(FhirIds.CPT_SYSTEM, modifier, null))));
            item.setServiced(new DateType(line.getServiceDate().toString()));
            item.setLocation(new CodeableConcept().addCoding(new Coding(POS, "22",
                    "On Campus-Outpatient Hospital")));
            item.setQuantity((SimpleQuantity) new SimpleQuantity().setValue(line.getUnits()));
            BigDecimal net = expected(line);
            item.setUnitPrice(money(net.divide(BigDecimal.valueOf(line.getUnits()), 2, RoundingMode.HALF_UP)));
            item.setNet(money(net));
            total = total.add(net);
        }
        claim.setTotal(money(total));
        return claim;
    }

    /** A Claim with what the summary and every GFE share: patient, dates, priority, coverage, the referral. */
    private Claim claim(String profile, Coding type, String placerId) {
        Claim claim = new Claim();
        claim.getMeta().addProfile(profile);
        claim.addIdentifier().setSystem(ESTIMATE_SYSTEM).setValue(placerId).getType()
                .addCoding(new Coding(FhirCoverage.V2_0203, "PLAC", "Placer Identifier"));
        claim.setStatus(ClaimStatus.ACTIVE);
        claim.setType(new CodeableConcept().addCoding(type));
        claim.setUse(Use.PREDETERMINATION);
        claim.setPatient(new Reference(patientUrl).setDisplay(estimate.getPatientName()));
        claim.setCreatedElement(new DateTimeType(Date.from(estimate.getIssuedAt())));
        claim.setPriority(new CodeableConcept().addCoding(new Coding(PRIORITY, "normal", "Normal")));
        Claim.InsuranceComponent insurance = claim.addInsurance().setSequence(1).setFocal(true);
        if (estimate.isSelfPay()) {
            insurance.getCoverage().addExtension(DATA_ABSENT_REASON, new CodeType("not-applicable"));
        } else {
            insurance.setCoverage(new Reference(coverageUrl).setDisplay(estimate.getCoverage().getPlan().displayName()));
            claim.setInsurer(new Reference(payerUrl).setDisplay(estimate.getCoverage().getPlan().getPayerName()));
        }
        if (estimate.getReferralId() != null) {
            claim.getReferral().addExtension(REFERRAL_NUMBER, new StringType(estimate.getReferralId().toString()));
            claim.getReferral().setIdentifier(new Identifier().setSystem(REFERRAL_SYSTEM)
                    .setValue(estimate.getReferralId().toString())).setDisplay("Referral " + estimate.getReferralId());
        }
        return claim;
    }

    private static void addDiagnoses(Claim claim, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            claim.addDiagnosis().setSequence(i + 1)
                    .setDiagnosis(new CodeableConcept().addCoding(new Coding(FhirIds.ICD10CM_SYSTEM, codes.get(i), null)))
                    .addType(new CodeableConcept().addCoding(i == 0
                            ? new Coding(DIAGNOSIS_TYPE, "principal", "Principal Diagnosis")
                            : new Coding(PCT_DIAGNOSIS_TYPE, "other", "Other")));
        }
    }

    /** CPT or HCPCS by the price file's code type, else by the code's form (five digits, or a letter and four). */
    static CodeableConcept productOrService(EstimateLine line) {
        String code = line.getCode();
        String type = line.getCodeType() == null ? "" : line.getCodeType().trim().toUpperCase(java.util.Locale.ROOT);
        String system = switch (type) {
            case "CPT" -> FhirIds.CPT_SYSTEM;
            case "HCPCS" -> FhirIds.HCPCS_SYSTEM;
            case "" -> code.matches("\\d{4}[0-9A-Z]") ? FhirIds.CPT_SYSTEM
                    : code.matches("[A-Z]\\d{4}") ? FhirIds.HCPCS_SYSTEM : null;
            default -> null;
        };
        CodeableConcept concept = new CodeableConcept().setText(line.getDescription());
        if (system != null) {
            concept.addCoding(new Coding(system, code, null));
        } else {
            concept.setText((type.isEmpty() ? "" : type + " ") + code + ": " + line.getDescription());
        }
        return concept;
    }

    /**
     * What the provider expects to be paid for the line: for a self-pay patient the charge the patient owes (as on
     * the Good Faith Estimate PDF); for an insured one the allowed amount, what the patient owes plus what the plan
     * pays.
     */
    static BigDecimal expected(EstimateLine line) {
        BigDecimal owes = line.getPatientOwes() == null ? BigDecimal.ZERO : line.getPatientOwes();
        BigDecimal plan = line.getPlanPays() == null ? BigDecimal.ZERO : line.getPlanPays();
        return owes.add(plan).setScale(2, RoundingMode.HALF_UP);
    }

    private Patient patient() {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(FhirIds.mrnSystem()).setValue(estimate.getPatientMrn()).getType()
                .addCoding(new Coding(FhirCoverage.V2_0203, "MR", "Medical record number"));
        String name = estimate.getPatientName().strip();
        int space = name.lastIndexOf(' ');
        var humanName = patient.addName().setText(name).setFamily(space < 0 ? name : name.substring(space + 1));
        if (space > 0) {
            humanName.addGiven(name.substring(0, space));
        }
        patient.setBirthDateElement(new DateType(estimate.getPatientBirthDate().toString()));
        return patient;
    }

    private Coverage coverage(PatientCoverage coverage) {
        Reference patient = new Reference(patientUrl).setDisplay(estimate.getPatientName());
        Coverage resource = FhirCoverage.of(coverage, patient, new Reference(payerUrl));
        resource.setMeta(null);
        resource.addIdentifier().setSystem(FhirCoverage.COVERAGE_SYSTEM).setValue(Long.toString(coverage.getId()));
        return resource;
    }

    /** The fullUrl of the line's provider, added as an Organization on first sight. */
    private String provider(EstimateLine line) {
        String key = line.getProviderName() + "|" + line.getProviderNpi() + "|" + line.getProviderTin();
        return providers.computeIfAbsent(key, k -> {
            Organization organization = new Organization();
            organization.setActive(true);
            organization.setName(line.getProviderName());
            organization.addType().addCoding().setSystem(FhirCoverage.ORGANIZATION_TYPE).setCode("prov")
                    .setDisplay("Healthcare Provider");
            if (line.getProviderNpi() != null) {
                organization.addIdentifier().setSystem(FhirIds.NPI_SYSTEM).setValue(line.getProviderNpi());
            }
            if (line.getProviderTin() != null) {
                organization.addIdentifier().setSystem(FhirIds.TIN_SYSTEM)
                        .setValue(line.getProviderTin().replace("-", "")).getType()
                        .addCoding(new Coding(FhirCoverage.V2_0203, "TAX", "Tax ID number"));
            }
            if (line.getProviderLocation() != null || line.getProviderState() != null) {
                organization.addAddress(new Address().setText(line.getProviderLocation())
                        .setState(line.getProviderState()).setCountry("US"));
            }
            return add(organization, "provider/" + (providers.size() + 1));
        });
    }

    private String add(Patient patient) {
        return add(patient, "patient");
    }

    private String add(Resource resource, String name) {
        String url = urn(name);
        resource.setId(idOf(url));
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return url;
    }

    /** A name-based UUID of the estimate's id and the entry's name: the same estimate, the same bundle. */
    private String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("secondopinion:estimate:" + estimate.getId() + ":" + name)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String idOf(String urn) {
        return urn.substring("urn:uuid:".length());
    }

    private static Money money(BigDecimal amount) {
        return new Money().setValue(amount.setScale(2, RoundingMode.HALF_UP)).setCurrency("USD");
    }
}
