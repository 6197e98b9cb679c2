package org.secondopinion.legal.entity;

/** Confidentiality and privilege labels of a case document. */
public enum DocumentLabel {
    MEDICAL_RECORD, CONFIDENTIAL, ATTORNEY_WORK_PRODUCT, PRIVILEGED, PATIENT_SAFETY_WORK_PRODUCT
}
