package org.secondopinion.web.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Practitioner;
import org.secondopinion.directory.entity.Specialty;

/** A practitioner of the directory as a FHIR Practitioner: NPI, name, and each specialty as a qualification. */
public final class PractitionerMapping {

    private PractitionerMapping() {
    }

    public static Practitioner practitioner(org.secondopinion.directory.entity.Practitioner known) {
        Practitioner practitioner = new Practitioner();
        String version = String.valueOf(known.getVersion() + 1);
        practitioner.setIdElement(new IdType("Practitioner", String.valueOf(known.getId()), version));
        practitioner.setMeta(new Meta().setVersionId(version));
        if (known.getNpi() != null && !known.getNpi().isBlank()) {
            practitioner.addIdentifier(new Identifier().setSystem(FhirIds.NPI_SYSTEM).setValue(known.getNpi()));
        }
        practitioner.setActive(true);
        HumanName name = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily(known.getFamilyName())
                .setText(known.displayName());
        if (known.getGivenName() != null && !known.getGivenName().isBlank()) {
            name.addGiven(known.getGivenName());
        }
        practitioner.addName(name);
        for (Specialty specialty : known.getSpecialties()) {
            practitioner.addQualification().setCode(new CodeableConcept().setText(specialty.getField()
                    + (specialty.hasSubSpecialty() ? " (" + specialty.getSubSpecialty() + ")" : "")));
        }
        return practitioner;
    }
}
