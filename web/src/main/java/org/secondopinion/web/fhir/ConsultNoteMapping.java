package org.secondopinion.web.fhir;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralAddendum;

/**
 * The delivered opinion as a FHIR consult note: a DocumentReference ({@code DocumentReference/{id}}, the referral's
 * id) describing the report's PDF, which is served as {@code Binary/{id}} — the same file the case page and
 * {@code /api/referrals/{id}/report.pdf} give, with its size and its SHA-1 (base64) as FHIR's Attachment states them.
 */
public final class ConsultNoteMapping {

    public static final String PDF = "application/pdf";
    public static final String CATEGORY_SYSTEM = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";

    private ConsultNoteMapping() {
    }

    /**
     * The consult note of a delivered opinion.
     *
     * @param serverBase the server's FHIR base ({@code https://host/fhir}), for the absolute address of the PDF
     * @param size       the PDF's size in bytes
     * @param sha1       the PDF's SHA-1
     */
    public static DocumentReference documentReference(Referral referral, Long patientId, String serverBase, long size,
                                                      byte[] sha1) {
        if (referral.getDeliveredAt() == null) {
            throw new IllegalArgumentException("No consult note before delivery");
        }
        DocumentReference note = new DocumentReference();
        String version = String.valueOf(version(referral));
        note.setIdElement(new IdType("DocumentReference", String.valueOf(referral.getId()), version));
        note.setMeta(new Meta().setVersionId(version).setLastUpdatedElement(ReferralVersion.instant(
                lastIssued(referral))));
        note.setMasterIdentifier(new Identifier().setSystem(TaskMapping.REFERENCE_SYSTEM)
                .setValue(referral.reference() + "-opinion"));
        note.setStatus(DocumentReferenceStatus.CURRENT);
        boolean amended = referral.getAddenda().stream().anyMatch(ReferralAddendum::isAnswered);
        note.setDocStatus(amended ? DocumentReference.ReferredDocumentStatus.AMENDED
                : DocumentReference.ReferredDocumentStatus.FINAL);
        note.setType(new CodeableConcept(new Coding(FhirIds.LOINC_SYSTEM, TaskMapping.CONSULT_NOTE, "Consult note"))
                .setText("Second opinion"));
        note.addCategory(new CodeableConcept(new Coding(CATEGORY_SYSTEM, "clinical-note", "Clinical Note")));
        note.setSubject(TaskMapping.patient(referral, patientId));
        note.setDate(Date.from(referral.getDeliveredAt()));
        if (referral.getSpecialist() != null) {
            note.addAuthor(new Reference("Practitioner/" + referral.getSpecialist().getId())
                    .setDisplay(referral.getSpecialist().displayName()));
        }
        note.setDescription("Second opinion " + referral.reference() + " on " + referral.getDiagnosisText());
        note.getContext().addRelated(new Reference("ServiceRequest/" + referral.getId()));
        Attachment pdf = new Attachment().setContentType(PDF).setLanguage("en")
                .setUrl(serverBase.replaceAll("/+$", "") + "/Binary/" + referral.getId())
                .setSize(Math.toIntExact(size)).setHash(sha1).setTitle("Second opinion " + referral.reference())
                .setCreationElement(ReferralVersion.dateTime(referral.getDeliveredAt()));
        note.addContent().setAttachment(pdf);
        return note;
    }

    /**
     * The note's version: 1 at delivery, one more for every answered addendum (each issues the report again, so its
     * PDF, size and hash change).
     */
    static long version(Referral referral) {
        return 1 + referral.getAddenda().stream().filter(ReferralAddendum::isAnswered).count();
    }

    /** When the report was last issued: at delivery, or at the latest answered addendum. */
    static Instant lastIssued(Referral referral) {
        return referral.getAddenda().stream().filter(ReferralAddendum::isAnswered)
                .map(ReferralAddendum::getAnsweredAt).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).filter(at -> at.isAfter(referral.getDeliveredAt()))
                .orElse(referral.getDeliveredAt());
    }

    /** The report's PDF as a Binary, readable by whoever may read its consult note. */
    public static Binary binary(Referral referral, byte[] pdf) {
        Binary binary = new Binary();
        String version = String.valueOf(version(referral));
        binary.setIdElement(new IdType("Binary", String.valueOf(referral.getId()), version));
        binary.setMeta(new Meta().setVersionId(version).setLastUpdatedElement(ReferralVersion.instant(
                lastIssued(referral))));
        binary.setContentType(PDF);
        binary.setSecurityContext(new Reference("DocumentReference/" + referral.getId()));
        binary.setData(pdf);
        return binary;
    }
}
