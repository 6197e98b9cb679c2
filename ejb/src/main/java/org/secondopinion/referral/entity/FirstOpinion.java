package org.secondopinion.referral.entity;

import java.time.LocalDate;

/**
 * The opinion the patient wants checked: the treating physician (from the directory
 * when known, by id) and their organisation and network, the diagnosis, the proposed
 * treatment.
 */
public record FirstOpinion(String physicianName, Long physicianId, String organisationName, Long organisationId,
                           Long networkId, LocalDate date, String diagnosisCode, String diagnosisText,
                           TreatmentKind treatmentKind, String treatmentText) {
}
