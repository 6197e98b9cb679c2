-- The directory: organisations, practice groups and networks, and the practitioners in them.
-- Shared by the referrals and the malpractice reviews (independence rule).
CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE practitioner_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id         BIGINT       NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    npi        VARCHAR(10),
    network_id BIGINT,
    city       VARCHAR(100),
    version    BIGINT       NOT NULL,
    CONSTRAINT fk_organisation_network FOREIGN KEY (network_id) REFERENCES organisation (id)
);
CREATE INDEX ix_organisation_kind_name ON organisation (kind, name);

CREATE TABLE practitioner (
    id                BIGINT       NOT NULL PRIMARY KEY,
    family_name       VARCHAR(100) NOT NULL,
    given_name        VARCHAR(100) NOT NULL,
    npi               VARCHAR(10),
    username          VARCHAR(80),
    organisation_id   BIGINT,
    practice_group_id BIGINT,
    years_experience  INTEGER      NOT NULL,
    capacity          INTEGER      NOT NULL,
    available         BOOLEAN      NOT NULL,
    median_turnaround_days DECIMAL(5, 1),
    version           BIGINT       NOT NULL,
    CONSTRAINT fk_practitioner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_practitioner_group FOREIGN KEY (practice_group_id) REFERENCES organisation (id),
    CONSTRAINT uq_practitioner_username UNIQUE (username)
);
CREATE INDEX ix_practitioner_name ON practitioner (family_name, given_name);

CREATE TABLE practitioner_specialty (
    practitioner_id BIGINT       NOT NULL,
    specialty       VARCHAR(80)  NOT NULL,
    sub_specialty   VARCHAR(80)  NOT NULL,
    CONSTRAINT pk_practitioner_specialty PRIMARY KEY (practitioner_id, specialty, sub_specialty),
    CONSTRAINT fk_practitioner_specialty FOREIGN KEY (practitioner_id) REFERENCES practitioner (id)
);
CREATE INDEX ix_practitioner_specialty ON practitioner_specialty (specialty);

CREATE TABLE practitioner_language (
    practitioner_id BIGINT      NOT NULL,
    language        VARCHAR(40) NOT NULL,
    CONSTRAINT pk_practitioner_language PRIMARY KEY (practitioner_id, language),
    CONSTRAINT fk_practitioner_language FOREIGN KEY (practitioner_id) REFERENCES practitioner (id)
);

CREATE TABLE practitioner_network (
    practitioner_id BIGINT NOT NULL,
    network_id      BIGINT NOT NULL,
    CONSTRAINT pk_practitioner_network PRIMARY KEY (practitioner_id, network_id),
    CONSTRAINT fk_practitioner_network_p FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_practitioner_network_n FOREIGN KEY (network_id) REFERENCES organisation (id)
);

-- Referrals: a patient's request for a second opinion, from intake to the patient's decision.
CREATE SEQUENCE referral_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE referral_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE referral (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    status                  VARCHAR(20)   NOT NULL,
    patient_name            VARCHAR(200)  NOT NULL,
    patient_birth_date      DATE          NOT NULL,
    patient_sex             VARCHAR(10)   NOT NULL,
    patient_mrn             VARCHAR(40)   NOT NULL,
    patient_contact         VARCHAR(200),
    patient_language        VARCHAR(40)   NOT NULL,
    first_physician_name    VARCHAR(200)  NOT NULL,
    first_physician_id      BIGINT,
    first_organisation_name VARCHAR(200),
    first_organisation_id   BIGINT,
    first_network_id        BIGINT,
    first_opinion_date      DATE,
    diagnosis_code          VARCHAR(8)    NOT NULL,
    diagnosis_text          VARCHAR(400)  NOT NULL,
    treatment_kind          VARCHAR(20)   NOT NULL,
    treatment_text          VARCHAR(1000) NOT NULL,
    requested_specialty     VARCHAR(80)   NOT NULL,
    requested_sub_specialty VARCHAR(80),
    reason                  VARCHAR(2000) NOT NULL,
    urgency                 VARCHAR(10)   NOT NULL,
    consent_given_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    possible_duplicate_of   BIGINT,
    taken_in_by             VARCHAR(80)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    specialist_id           BIGINT,
    records_complete_at     TIMESTAMP WITH TIME ZONE,
    due_at                  TIMESTAMP WITH TIME ZONE,
    overdue                 BOOLEAN       NOT NULL,
    escalated_at            TIMESTAMP WITH TIME ZONE,
    opinion_outcome         VARCHAR(80),
    second_diagnosis_code   VARCHAR(8),
    second_diagnosis_text   VARCHAR(400),
    recommended_treatment   VARCHAR(4000),
    repeat_diagnostics      VARCHAR(2000),
    opinion_summary         VARCHAR(8000),
    delivered_at            TIMESTAMP WITH TIME ZONE,
    report_sha256           VARCHAR(64),
    decision                VARCHAR(30),
    decision_note           VARCHAR(2000),
    decided_at              TIMESTAMP WITH TIME ZONE,
    closed_at               TIMESTAMP WITH TIME ZONE,
    version                 BIGINT        NOT NULL,
    CONSTRAINT fk_referral_specialist FOREIGN KEY (specialist_id) REFERENCES practitioner (id),
    CONSTRAINT fk_referral_first_physician FOREIGN KEY (first_physician_id) REFERENCES practitioner (id),
    CONSTRAINT fk_referral_first_organisation FOREIGN KEY (first_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_referral_first_network FOREIGN KEY (first_network_id) REFERENCES organisation (id)
);
-- the worklists: each filter leads with an indexed column, each sort ends with the id
CREATE INDEX ix_referral_status_due ON referral (status, due_at, id);
CREATE INDEX ix_referral_status_created ON referral (status, created_at, id);
CREATE INDEX ix_referral_specialist_status ON referral (specialist_id, status, id);
CREATE INDEX ix_referral_specialty_status ON referral (requested_specialty, status, id);
CREATE INDEX ix_referral_escalated ON referral (escalated_at, due_at, id);
CREATE INDEX ix_referral_created ON referral (created_at, id);
CREATE INDEX ix_referral_due ON referral (due_at, id);
CREATE INDEX ix_referral_patient ON referral (patient_mrn, diagnosis_code);
CREATE INDEX ix_referral_delivered ON referral (delivered_at);

CREATE TABLE referral_question (
    id          BIGINT        NOT NULL PRIMARY KEY,
    referral_id BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    standard    VARCHAR(40),
    text        VARCHAR(1000) NOT NULL,
    answer      VARCHAR(4000),
    CONSTRAINT fk_referral_question FOREIGN KEY (referral_id) REFERENCES referral (id)
);
CREATE INDEX ix_referral_question ON referral_question (referral_id, position);

CREATE TABLE referral_record (
    id          BIGINT       NOT NULL PRIMARY KEY,
    referral_id BIGINT       NOT NULL,
    record_type VARCHAR(30)  NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    state_on    DATE,
    source      VARCHAR(200),
    note        VARCHAR(1000),
    requested_by_specialist BOOLEAN NOT NULL,
    CONSTRAINT fk_referral_record FOREIGN KEY (referral_id) REFERENCES referral (id)
);
CREATE INDEX ix_referral_record ON referral_record (referral_id);

CREATE TABLE referral_file (
    id           BIGINT       NOT NULL PRIMARY KEY,
    referral_id  BIGINT       NOT NULL,
    record_id    BIGINT,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(200) NOT NULL,
    uploaded_by  VARCHAR(80)  NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_referral_file FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT fk_referral_file_record FOREIGN KEY (record_id) REFERENCES referral_record (id)
);
CREATE INDEX ix_referral_file ON referral_file (referral_id);

CREATE TABLE referral_step (
    id          BIGINT        NOT NULL PRIMARY KEY,
    referral_id BIGINT        NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)   NOT NULL,
    actor       VARCHAR(80)   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(2000),
    CONSTRAINT fk_referral_step FOREIGN KEY (referral_id) REFERENCES referral (id)
);
CREATE INDEX ix_referral_step ON referral_step (referral_id, occurred_at);

CREATE TABLE referral_alternative (
    referral_id      BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    treatment        VARCHAR(1000) NOT NULL,
    pros             VARCHAR(2000),
    cons             VARCHAR(2000),
    expected_outcome VARCHAR(2000),
    CONSTRAINT pk_referral_alternative PRIMARY KEY (referral_id, position),
    CONSTRAINT fk_referral_alternative FOREIGN KEY (referral_id) REFERENCES referral (id)
);

CREATE TABLE referral_addendum (
    id          BIGINT        NOT NULL PRIMARY KEY,
    referral_id BIGINT        NOT NULL,
    question    VARCHAR(2000) NOT NULL,
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answer      VARCHAR(4000),
    answered_by VARCHAR(80),
    answered_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_referral_addendum FOREIGN KEY (referral_id) REFERENCES referral (id)
);
CREATE INDEX ix_referral_addendum ON referral_addendum (referral_id);
