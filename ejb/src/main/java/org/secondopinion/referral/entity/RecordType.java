package org.secondopinion.referral.entity;

/** The kinds of record a specialist needs (DOMAIN.md section 2, Records), plus repeat diagnostics they order. */
public enum RecordType {
    IMAGING,
    PATHOLOGY,
    LAB_RESULTS,
    CLINICAL_NOTES,
    OPERATIVE_REPORTS,
    MEDICATION_LIST,
    REPEAT_DIAGNOSTICS,
    OTHER;

    /** The checklist every new referral starts with. */
    public static RecordType[] standardChecklist() {
        return new RecordType[] {IMAGING, PATHOLOGY, LAB_RESULTS, CLINICAL_NOTES, OPERATIVE_REPORTS, MEDICATION_LIST};
    }
}
