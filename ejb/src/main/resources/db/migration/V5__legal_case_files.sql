-- Malpractice-review case files (issue 5): firms and their members (the walls), cases with defendants and
-- tolling, disclosure authorities, documents with custody, legal holds, productions with Bates numbers,
-- disclosure records, and the per-state deadline rules as data.
CREATE SEQUENCE legal_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE legal_firm (
    id         BIGINT       NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uq_legal_firm UNIQUE (name)
);

CREATE TABLE legal_firm_member (
    firm_id  BIGINT      NOT NULL,
    username VARCHAR(80) NOT NULL,
    CONSTRAINT pk_legal_firm_member PRIMARY KEY (username),
    CONSTRAINT fk_legal_firm_member FOREIGN KEY (firm_id) REFERENCES legal_firm (id)
);

CREATE TABLE legal_case (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    firm_id               BIGINT       NOT NULL,
    requesting_side       VARCHAR(20)  NOT NULL,
    attorney              VARCHAR(200) NOT NULL,
    matter_number         VARCHAR(60)  NOT NULL,
    court_number          VARCHAR(60),
    claimant_name         VARCHAR(200) NOT NULL,
    claimant_birth_date   DATE         NOT NULL,
    claimant_mrn          VARCHAR(40),
    jurisdiction          CHAR(2)      NOT NULL,
    federal_forum         BOOLEAN      NOT NULL,
    incident_date         DATE         NOT NULL,
    discovery_date        DATE,
    injury_date           DATE,
    notice_of_intent_date DATE,
    complaint_filed_date  DATE,
    summary               VARCHAR(2000),
    bates_prefix          VARCHAR(20)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    created_by            VARCHAR(80)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT fk_legal_case_firm FOREIGN KEY (firm_id) REFERENCES legal_firm (id)
);
CREATE INDEX ix_legal_case_firm ON legal_case (firm_id, created_at);

CREATE TABLE legal_defendant (
    id                BIGINT       NOT NULL PRIMARY KEY,
    case_id           BIGINT       NOT NULL,
    kind              VARCHAR(10)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    npi               VARCHAR(10),
    specialty         VARCHAR(80),
    practitioner_id   BIGINT,
    organisation_id   BIGINT,
    organisation_name VARCHAR(200),
    answered_on       DATE,
    CONSTRAINT fk_legal_defendant FOREIGN KEY (case_id) REFERENCES legal_case (id)
);
CREATE INDEX ix_legal_defendant ON legal_defendant (case_id);

CREATE TABLE legal_tolling (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    defendant_id BIGINT,
    from_date    DATE          NOT NULL,
    to_date      DATE          NOT NULL,
    reason       VARCHAR(400)  NOT NULL,
    CONSTRAINT fk_legal_tolling FOREIGN KEY (case_id) REFERENCES legal_case (id)
);

CREATE TABLE disclosure_authority (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    reference    VARCHAR(200)  NOT NULL,
    recipient    VARCHAR(200)  NOT NULL,
    signed_on    DATE          NOT NULL,
    expires_on   DATE,
    revoked_on   DATE,
    scope_labels VARCHAR(400),
    assurances   BOOLEAN       NOT NULL,
    recorded_by  VARCHAR(80)   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_disclosure_authority FOREIGN KEY (case_id) REFERENCES legal_case (id)
);

CREATE TABLE legal_document (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(60)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    storage_key  VARCHAR(64)   NOT NULL,
    page_count   INTEGER,
    labels       VARCHAR(200),
    source       VARCHAR(200),
    received_by  VARCHAR(80)   NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_by   VARCHAR(80),
    deleted_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_legal_document FOREIGN KEY (case_id) REFERENCES legal_case (id)
);
CREATE INDEX ix_legal_document ON legal_document (case_id, received_at);

CREATE TABLE legal_hold (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    reason      VARCHAR(400)  NOT NULL,
    placed_by   VARCHAR(80)   NOT NULL,
    placed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    released_by VARCHAR(80),
    released_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_legal_hold FOREIGN KEY (case_id) REFERENCES legal_case (id)
);

-- one counter per Bates prefix, locked while a production takes its numbers: gap-free under concurrency
CREATE TABLE bates_counter (
    prefix      VARCHAR(20) NOT NULL PRIMARY KEY,
    next_number BIGINT      NOT NULL
);

CREATE TABLE legal_production (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    authority_id BIGINT        NOT NULL,
    recipient    VARCHAR(200)  NOT NULL,
    purpose      VARCHAR(400)  NOT NULL,
    bates_prefix VARCHAR(20)   NOT NULL,
    bates_first  BIGINT        NOT NULL,
    bates_last   BIGINT        NOT NULL,
    produced_by  VARCHAR(80)   NOT NULL,
    produced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_legal_production FOREIGN KEY (case_id) REFERENCES legal_case (id),
    CONSTRAINT fk_legal_production_authority FOREIGN KEY (authority_id) REFERENCES disclosure_authority (id)
);

CREATE TABLE production_item (
    id            BIGINT  NOT NULL PRIMARY KEY,
    production_id BIGINT  NOT NULL,
    document_id   BIGINT  NOT NULL,
    bates_first   BIGINT  NOT NULL,
    bates_last    BIGINT  NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    CONSTRAINT fk_production_item FOREIGN KEY (production_id) REFERENCES legal_production (id),
    CONSTRAINT fk_production_item_document FOREIGN KEY (document_id) REFERENCES legal_document (id)
);
CREATE UNIQUE INDEX uq_production_item_bates ON production_item (production_id, bates_first);

CREATE TABLE custody_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    document_id BIGINT,
    action      VARCHAR(20)   NOT NULL,
    actor       VARCHAR(80)   NOT NULL,
    at_time     TIMESTAMP WITH TIME ZONE NOT NULL,
    detail      VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_custody_entry ON custody_entry (case_id, document_id, at_time);

CREATE TABLE disclosure_record (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    patient_name      VARCHAR(200)  NOT NULL,
    patient_birth_date DATE         NOT NULL,
    patient_mrn       VARCHAR(40),
    disclosed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient         VARCHAR(200)  NOT NULL,
    recipient_address VARCHAR(400),
    what              VARCHAR(2000) NOT NULL,
    purpose           VARCHAR(600)  NOT NULL,
    disclosed_by      VARCHAR(80)   NOT NULL,
    keep_until        DATE          NOT NULL
);
CREATE INDEX ix_disclosure_patient ON disclosure_record (patient_name, patient_birth_date);

-- a reminder sent for a deadline, once per threshold (180, 90, 60, 30 days before)
CREATE TABLE deadline_reminder (
    id           BIGINT       NOT NULL PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    defendant_id BIGINT       NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    due_on       DATE         NOT NULL,
    days_before  INTEGER      NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_deadline_reminder UNIQUE (defendant_id, kind, due_on, days_before),
    CONSTRAINT fk_deadline_reminder FOREIGN KEY (case_id) REFERENCES legal_case (id)
);

-- the per-state deadline rules: reference data with a source and an effective date, edited as data, never code
CREATE TABLE deadline_rule (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    state                       CHAR(2)      NOT NULL,
    effective_from              DATE         NOT NULL,
    limitation_injury_months    INTEGER,
    limitation_discovery_months INTEGER,
    limitation_combine          VARCHAR(8)   NOT NULL,
    repose_months               INTEGER,
    minor_age_of_majority       INTEGER      NOT NULL,
    merit_trigger               VARCHAR(20)  NOT NULL,
    merit_days                  INTEGER      NOT NULL,
    merit_extension_days        INTEGER      NOT NULL,
    merit_per_defendant         BOOLEAN      NOT NULL,
    notice_of_intent_days       INTEGER,
    limitation_source           VARCHAR(600) NOT NULL,
    merit_source                VARCHAR(600) NOT NULL,
    updated_by                  VARCHAR(80)  NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT       NOT NULL,
    CONSTRAINT uq_deadline_rule UNIQUE (state, effective_from)
);

-- The starting deadline rules, one row per state, in force from 2026-01-01 (DefaultDeadlineRules holds the same).
-- Periods: limitations and repose in months, notice of intent in days. Not legal advice: see each source.
INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, limitation_discovery_months,
    limitation_combine, repose_months, minor_age_of_majority, merit_trigger, merit_days, merit_extension_days,
    merit_per_defendant, notice_of_intent_days, limitation_source, merit_source, updated_by, updated_at, version)
VALUES (1, 'PA', DATE '2026-01-01', 24, 24,
    'LATER', 84, 18, 'AFTER_FILING', 60, 0,
    TRUE, NULL,
    '42 Pa.C.S. 5524(2): 2 years; by the judicial discovery rule they run from when the injury and its cause were known or knowable. Repose: 7 years from the act (MCARE Act, 40 P.S. 1303.513(a)); a foreign object is excepted (513(b)). Minors: tolled to 18 (42 Pa.C.S. 5533(b)); under 513(c) a minor may sue until 7 years after the act or the 20th birthday, whichever is later, which is not modelled (the 7-year repose is applied).',
    'Pa.R.C.P. 1042.3: a certificate of merit for each defendant, with the complaint or within 60 days after filing it. An extension on motion for good cause (1042.3(d)) is not counted.',
    'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0);

INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, limitation_discovery_months,
    limitation_combine, repose_months, minor_age_of_majority, merit_trigger, merit_days, merit_extension_days,
    merit_per_defendant, notice_of_intent_days, limitation_source, merit_source, updated_by, updated_at, version)
VALUES (2, 'NJ', DATE '2026-01-01', 24, 24,
    'LATER', NULL, 18, 'AFTER_ANSWER', 60, 60,
    TRUE, NULL,
    'N.J.S.A. 2A:14-2(a): 2 years after the claim accrues; by the discovery rule (Lopez v. Swyer, 62 N.J. 267 (1973)) not before the injury and its cause were known or knowable. No statute of repose. Minors: tolled to 18 (N.J.S.A. 2A:14-21), but a claim for an injury at or before birth must be brought before the 13th birthday (2A:14-2(b)), which is not modelled.',
    'N.J.S.A. 2A:53A-27: an affidavit of merit for each defendant within 60 days after that defendant''s answer; the court may grant one further period of no more than 60 days for good cause.',
    'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0);

INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, limitation_discovery_months,
    limitation_combine, repose_months, minor_age_of_majority, merit_trigger, merit_days, merit_extension_days,
    merit_per_defendant, notice_of_intent_days, limitation_source, merit_source, updated_by, updated_at, version)
VALUES (3, 'TX', DATE '2026-01-01', 24, NULL,
    'EARLIER', 120, 12, 'AFTER_ANSWER', 120, 0,
    TRUE, 60,
    'Tex. Civ. Prac. & Rem. Code 74.251(a): 2 years from the breach or tort or the completion of the treatment, with no discovery rule: record that day as the injury date. Repose: 10 years (74.251(b)). Minors: a minor under 12 has until the 14th birthday, so the clock starts at 12. Notice of the claim tolls the period for 75 days (74.051(c)): enter it as a tolling period.',
    'Tex. Civ. Prac. & Rem. Code 74.351(a): an expert report and curriculum vitae for each defendant within 120 days after that defendant''s original answer; a 30-day extension to cure a deficient report (74.351(c)) is not counted. Notice of the claim at least 60 days before suit (74.051(a)).',
    'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0);

INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, limitation_discovery_months,
    limitation_combine, repose_months, minor_age_of_majority, merit_trigger, merit_days, merit_extension_days,
    merit_per_defendant, notice_of_intent_days, limitation_source, merit_source, updated_by, updated_at, version)
VALUES (4, 'MD', DATE '2026-01-01', 60, 36,
    'EARLIER', NULL, 11, 'AFTER_FILING', 90, 0,
    FALSE, NULL,
    'Md. Code, Cts. & Jud. Proc. 5-109(a): 5 years from when the injury was committed or 3 years from when it was discovered, whichever is earlier; the 5 years are the outer limit, so no separate repose is kept. Minors: for a claimant under 11 at the injury the periods start at the 11th birthday (5-109(b)); the later start at 16 for certain injuries (5-109(c)) is not modelled.',
    'Md. Code, Cts. & Jud. Proc. 3-2C-02 (see also 3-2A-04(b)): a certificate of a qualified expert within 90 days after the claim is filed. Extensions the statute allows are not counted.',
    'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0);

INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, limitation_discovery_months,
    limitation_combine, repose_months, minor_age_of_majority, merit_trigger, merit_days, merit_extension_days,
    merit_per_defendant, notice_of_intent_days, limitation_source, merit_source, updated_by, updated_at, version)
VALUES (5, 'GA', DATE '2026-01-01', 24, NULL,
    'EARLIER', 60, 5, 'WITH_COMPLAINT', 0, 0,
    FALSE, NULL,
    'O.C.G.A. 9-3-71(a): 2 years from the date the injury or death occurred; 9-3-71(b): repose of 5 years from the negligent or wrongful act. A foreign object: 1 year from discovery (9-3-72), not modelled. Minors: a child injured before 5 has 2 years from the 5th birthday (9-3-73(b)), so the clock starts at 5; such a child''s longer repose (to the 10th birthday, 9-3-73(c), as understood here) is not modelled.',
    'O.C.G.A. 9-11-9.1(a): an expert''s affidavit filed with the complaint. The 45 days more of 9-11-9.1(b), when the limitations period would expire within 10 days of the attorney''s retention, are not counted.',
    'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0);

INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, limitation_discovery_months,
    limitation_combine, repose_months, minor_age_of_majority, merit_trigger, merit_days, merit_extension_days,
    merit_per_defendant, notice_of_intent_days, limitation_source, merit_source, updated_by, updated_at, version)
VALUES (6, 'MI', DATE '2026-01-01', 24, 6,
    'LATER', 72, 8, 'WITH_COMPLAINT', 0, 0,
    FALSE, 182,
    'MCL 600.5805 (2 years from the act or omission, 600.5838) or 6 months after the claim was or should have been discovered, whichever is later (600.5838a(2)); repose: 6 years from the act or omission, with exceptions (600.5838a(2)). Minors: a claim accruing before the 8th birthday may be brought until the 10th birthday if later (600.5851(7)), so the clock starts at 8. A notice of intent tolls the period (600.5856(c)): enter it as a tolling period.',
    'MCL 600.2912d(1): an affidavit of merit filed with the complaint; the 28 days more the court may allow for good cause (600.2912d(2)) are not counted. MCL 600.2912b: notice of intent at least 182 days before suit.',
    'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0);

INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, limitation_discovery_months,
    limitation_combine, repose_months, minor_age_of_majority, merit_trigger, merit_days, merit_extension_days,
    merit_per_defendant, notice_of_intent_days, limitation_source, merit_source, updated_by, updated_at, version)
VALUES (7, 'IL', DATE '2026-01-01', NULL, 24,
    'EARLIER', 48, 0, 'WITH_COMPLAINT', 0, 0,
    FALSE, NULL,
    '735 ILCS 5/13-212(a): 2 years from when the claimant knew or should have known of the injury or death, and never more than 4 years after the act or omission (repose). Minors: 13-212(b) allows 8 years from the act but never after the 22nd birthday, instead of general minority tolling; not modelled: the adult periods are applied, so check a minor''s case against the statute.',
    '735 ILCS 5/2-622: an attorney''s affidavit with a health professional''s written report attached to the complaint. The 90 days more of 2-622(a)(2), when the limitations period is about to expire, are not counted.',
    'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0);

INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, limitation_discovery_months,
    limitation_combine, repose_months, minor_age_of_majority, merit_trigger, merit_days, merit_extension_days,
    merit_per_defendant, notice_of_intent_days, limitation_source, merit_source, updated_by, updated_at, version)
VALUES (8, 'CA', DATE '2026-01-01', 36, 12,
    'EARLIER', NULL, 0, 'NONE', 0, 0,
    FALSE, 90,
    'Cal. Code Civ. Proc. 340.5: 3 years after the injury or 1 year after it was or should have been discovered, whichever occurs first; the 3 years are extended only for fraud, intentional concealment or a foreign body. Minors: 3 years from the act, or to the 8th birthday for a child under 6, whichever is longer; not modelled: the adult periods are applied, so check a minor''s case against the statute. A notice served in the last 90 days extends the time 90 days from service (CCP 364(d)); not modelled.',
    'California requires no certificate or affidavit of merit for a medical malpractice complaint. Notice of intent: at least 90 days before suit (Cal. Code Civ. Proc. 364(a)).',
    'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0);
