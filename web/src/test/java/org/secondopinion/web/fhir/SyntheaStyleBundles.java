package org.secondopinion.web.fhir;

import java.util.Random;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;

/**
 * Transaction Bundles shaped like Synthea's: urn:uuid fullUrls, a Patient with Synthea's identifiers (its own id, a
 * medical record number of type MR, SSN, driver's licence, passport) and extensions (US Core race and ethnicity,
 * birthPlace, mother's maiden name, birth sex, quality-adjusted life years), Encounters and Conditions this server
 * does not keep; plus the referral itself (ServiceRequest, Consent, Task). Seeded, so a run can be repeated.
 */
public final class SyntheaStyleBundles {

    static final String SYNTHEA = "https://github.com/synthetichealth/synthea";
    static final String HOSPITAL = "http://hospital.smarthealthit.org";
    static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";
    static final String V2 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String[] GIVEN = {"Ana", "Bo", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hiro"};
    static final String[] FAMILY = {"Abbott", "Baumbach", "Cronin", "Douglas", "Ernser", "Feest", "Gutkowski"};
    static final String[][] CONDITIONS = {{"M17.11", "Unilateral primary osteoarthritis, right knee", "Orthopaedics"},
        {"C50.911", "Malignant neoplasm of unspecified site of right female breast", "Oncology"},
        {"I25.10", "Atherosclerotic heart disease of native coronary artery", "Cardiology"}};

    private SyntheaStyleBundles() {
    }

    /** One patient's Bundle; {@code seed} picks names, dates and the condition. */
    public static Bundle generate(long seed) {
        Random random = new Random(seed);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient patient = new Patient();
        String syntheaId = new UUID(random.nextLong(), random.nextLong()).toString();
        patient.addExtension(race(random));
        patient.addExtension(ethnicity());
        patient.addExtension(new Extension("http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
                new StringType(FAMILY[random.nextInt(FAMILY.length)])));
        patient.addExtension(new Extension(US_CORE + "us-core-birthsex", new org.hl7.fhir.r4.model.CodeType("F")));
        patient.addExtension(new Extension("http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
                new Address().setCity("Springfield").setState("Massachusetts").setCountry("US")));
        patient.addExtension(new Extension("http://synthetichealth.github.io/synthea/quality-adjusted-life-years",
                new DecimalType(random.nextInt(60) + 0.5)));
        patient.addIdentifier().setSystem(SYNTHEA).setValue(syntheaId);
        patient.addIdentifier(typed("MR", "Medical Record Number", HOSPITAL, syntheaId));
        patient.addIdentifier(typed("SS", "Social Security Number", "http://hl7.org/fhir/sid/us-ssn",
                "999-" + (10 + random.nextInt(89)) + "-" + (1000 + random.nextInt(8999))));
        patient.addIdentifier(typed("DL", "Driver's License", "urn:oid:2.16.840.1.113883.4.3.25",
                "S999" + (10000 + random.nextInt(89999))));
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family + random.nextInt(1000))
                .addGiven(given + random.nextInt(1000)).addPrefix("Ms.");
        patient.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE)
                .setValue("555-" + (100 + random.nextInt(899)) + "-" + (1000 + random.nextInt(8999)))
                .setUse(org.hl7.fhir.r4.model.ContactPoint.ContactPointUse.HOME);
        patient.setGender(AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType(String.format("%d-%02d-%02d", 1940 + random.nextInt(60),
                1 + random.nextInt(12), 1 + random.nextInt(28))));
        patient.addAddress().addLine(random.nextInt(999) + " Synthea Way").setCity("Boston").setState("MA")
                .setPostalCode("02101").setCountry("US");
        patient.addCommunication().setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", "en-US",
                "English (United States)")).setText("English"));
        String patientUrl = ReferralBundles.add(bundle, patient);

        String[] condition = CONDITIONS[random.nextInt(CONDITIONS.length)];
        Encounter encounter = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
                .setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", null))
                .setSubject(new Reference(patientUrl));
        encounter.addType().addCoding(new Coding("http://snomed.info/sct", "185349003", "Encounter for check up"));
        encounter.getPeriod().setStartElement(new DateTimeType("2026-10-01T09:00:00Z"))
                .setEndElement(new DateTimeType("2026-10-01T09:30:00Z"));
        String encounterUrl = ReferralBundles.add(bundle, encounter);
        Condition diagnosis = new Condition().setSubject(new Reference(patientUrl))
                .setEncounter(new Reference(encounterUrl));
        diagnosis.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
        diagnosis.setCode(new CodeableConcept(new Coding(FhirIds.ICD10CM_SYSTEM, condition[0], condition[1])));
        ReferralBundles.add(bundle, diagnosis);

        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier().setSystem(FhirIds.NPI_SYSTEM).setValue("9999" + (100000 + random.nextInt(899999)));
        practitioner.addName().setFamily(FAMILY[random.nextInt(FAMILY.length)]).addGiven("Dr.").addPrefix("Dr.");
        String practitionerUrl = ReferralBundles.add(bundle, practitioner);

        ServiceRequest request = ReferralBundles.serviceRequest(new Reference(patientUrl),
                new Reference(practitionerUrl), condition[0]);
        request.setCode(new CodeableConcept().setText(condition[2]));
        request.getReasonCodeFirstRep().setText(condition[1]);
        request.setEncounter(new Reference(encounterUrl));
        request.addNote().setText("What happens if I wait a year?");
        String requestUrl = ReferralBundles.add(bundle, request);
        String consentUrl = ReferralBundles.add(bundle, ReferralBundles.consent(new Reference(patientUrl)));
        request.addSupportingInfo(new Reference(consentUrl));
        ReferralBundles.add(bundle, ReferralBundles.task(new Reference(requestUrl), new Reference(patientUrl)));
        return bundle;
    }

    private static Identifier typed(String code, String display, String system, String value) {
        Identifier identifier = new Identifier().setSystem(system).setValue(value);
        identifier.getType().addCoding(new Coding(V2, code, display)).setText(display);
        return identifier;
    }

    private static Extension race(Random random) {
        String[][] races = {{"2106-3", "White"}, {"2054-5", "Black or African American"}, {"2028-9", "Asian"}};
        String[] race = races[random.nextInt(races.length)];
        Extension extension = new Extension(US_CORE + "us-core-race");
        extension.addExtension(new Extension("ombCategory", new Coding("urn:oid:2.16.840.1.113883.6.238", race[0],
                race[1])));
        extension.addExtension(new Extension("text", new StringType(race[1])));
        return extension;
    }

    private static Extension ethnicity() {
        Extension extension = new Extension(US_CORE + "us-core-ethnicity");
        extension.addExtension(new Extension("ombCategory", new Coding("urn:oid:2.16.840.1.113883.6.238", "2186-5",
                "Not Hispanic or Latino")));
        extension.addExtension(new Extension("text", new StringType("Not Hispanic or Latino")));
        return extension;
    }
}
