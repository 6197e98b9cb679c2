-- The patient register: one row per medical record number, with the demographics of the latest intake (or of a
-- FHIR Patient sent in alone). FHIR needs a Patient resource with an id of its own that a ServiceRequest or Task can
-- point to, and a place to keep a patient sent before their referral; referrals keep their own copy of what was
-- given at their intake, as before. Its id block equals the entity's allocationSize (50).
CREATE SEQUENCE registered_patient_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE registered_patient (
    id             BIGINT                   NOT NULL,
    mrn            VARCHAR(40)              NOT NULL,
    name           VARCHAR(200)             NOT NULL,
    birth_date     DATE                     NOT NULL,
    sex            VARCHAR(10)              NOT NULL,
    contact        VARCHAR(200),
    language       VARCHAR(40),
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_registered_patient PRIMARY KEY (id),
    CONSTRAINT uq_registered_patient_mrn UNIQUE (mrn)
);

-- every patient of an existing referral, with the demographics of their latest referral
INSERT INTO registered_patient (id, mrn, name, birth_date, sex, contact, language, registered_at, updated_at, version)
SELECT nextval('registered_patient_seq'), r.patient_mrn, r.patient_name, r.patient_birth_date, r.patient_sex,
       r.patient_contact, r.patient_language, r.created_at, r.created_at, 0
FROM referral r
WHERE r.id = (SELECT MAX(r2.id) FROM referral r2 WHERE r2.patient_mrn = r.patient_mrn);
