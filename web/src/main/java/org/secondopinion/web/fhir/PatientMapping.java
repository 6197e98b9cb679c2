package org.secondopinion.web.fhir;

import java.sql.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.secondopinion.referral.entity.RegisteredPatient;
import org.secondopinion.referral.entity.Sex;

/**
 * A patient of the register as a FHIR Patient ({@code Patient/{id}}): the medical record number as identifier, the
 * name, birth date, gender, how to reach them (an e-mail address or a phone number) and their preferred language.
 */
public final class PatientMapping {

    private PatientMapping() {
    }

    public static Patient patient(RegisteredPatient registered) {
        Patient patient = new Patient();
        String version = String.valueOf(registered.getVersion() + 1);
        patient.setIdElement(new IdType("Patient", String.valueOf(registered.getId()), version));
        patient.setMeta(new Meta().setVersionId(version)
                .setLastUpdatedElement(ReferralVersion.instant(registered.getUpdatedAt())));
        patient.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.USUAL).setSystem(FhirIds.mrnSystem())
                .setValue(registered.getMrn()));
        patient.addName(name(registered.getName()));
        patient.setBirthDate(Date.valueOf(registered.getBirthDate()));
        patient.setGender(gender(registered.getSex()));
        if (registered.getContact() != null && !registered.getContact().isBlank()) {
            String contact = registered.getContact().trim();
            patient.addTelecom(new ContactPoint().setSystem(contact.contains("@") ? ContactPoint.ContactPointSystem.EMAIL
                    : ContactPoint.ContactPointSystem.PHONE).setValue(contact));
        }
        if (registered.getLanguage() != null && !registered.getLanguage().isBlank()) {
            patient.addCommunication().setLanguage(new CodeableConcept().setText(registered.getLanguage()))
                    .setPreferred(true);
        }
        return patient;
    }

    /** The name as given, and split into given names and family name when it has several words. */
    static HumanName name(String text) {
        HumanName name = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(text);
        String[] words = text.trim().split("\\s+");
        if (words.length > 1) {
            name.setFamily(words[words.length - 1]);
            for (int i = 0; i < words.length - 1; i++) {
                name.addGiven(words[i]);
            }
        }
        return name;
    }

    public static AdministrativeGender gender(Sex sex) {
        return switch (sex == null ? Sex.UNKNOWN : sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        };
    }
}
