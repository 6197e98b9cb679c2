package org.secondopinion.estimate.control;

import org.secondopinion.platform.control.Signature;

/** Who issued an estimate (signing it) and the patient's record number, printed on every page of its PDF. */
public record EstimateIssue(String patientMrn, Signature signature) {

    public EstimateIssue {
        if (patientMrn == null || patientMrn.isBlank() || signature == null) {
            throw new IllegalArgumentException("An issued estimate names the patient's MRN and who issued it.");
        }
    }

    String runningHead(String patientName) {
        return "Patient: " + patientName + " \u00b7 MRN " + patientMrn;
    }
}
