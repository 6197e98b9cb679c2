-- Plans, patient coverage and cost estimates (issue 4). Money in DECIMAL, rates in percent (20 = 20%).
CREATE SEQUENCE health_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE patient_coverage_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cost_estimate_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE estimate_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE final_bill_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE health_plan (
    id                          BIGINT         NOT NULL PRIMARY KEY,
    payer_name                  VARCHAR(200)   NOT NULL,
    plan_name                   VARCHAR(200)   NOT NULL,
    kind                        VARCHAR(20)    NOT NULL,
    individual_deductible       DECIMAL(12, 2) NOT NULL,
    family_deductible           DECIMAL(12, 2),
    family_deductible_kind      VARCHAR(12)    NOT NULL,
    individual_oop_max          DECIMAL(12, 2),
    family_oop_max              DECIMAL(12, 2),
    second_opinion_rule         VARCHAR(20)    NOT NULL,
    additional_procedure_percent DECIMAL(7, 3) NOT NULL,
    updated_by                  VARCHAR(80)    NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT         NOT NULL,
    CONSTRAINT uq_health_plan UNIQUE (payer_name, plan_name)
);

CREATE TABLE plan_category_rule (
    plan_id                        BIGINT         NOT NULL,
    category                       VARCHAR(20)    NOT NULL,
    covered                        BOOLEAN        NOT NULL,
    copay                          DECIMAL(12, 2) NOT NULL,
    in_network_coinsurance         DECIMAL(7, 3)  NOT NULL,
    out_of_network_coinsurance     DECIMAL(7, 3)  NOT NULL,
    deductible_applies             BOOLEAN        NOT NULL,
    deductible_before_copay        BOOLEAN        NOT NULL,
    copay_counts_toward_deductible BOOLEAN        NOT NULL,
    copay_after_oop_max            BOOLEAN        NOT NULL,
    CONSTRAINT pk_plan_category_rule PRIMARY KEY (plan_id, category),
    CONSTRAINT fk_plan_category_rule FOREIGN KEY (plan_id) REFERENCES health_plan (id)
);

CREATE TABLE patient_coverage (
    id                        BIGINT         NOT NULL PRIMARY KEY,
    patient_mrn               VARCHAR(40)    NOT NULL,
    patient_name              VARCHAR(200)   NOT NULL,
    patient_birth_date        DATE           NOT NULL,
    plan_id                   BIGINT         NOT NULL,
    member_id                 VARCHAR(60),
    tier                      VARCHAR(12)    NOT NULL,
    plan_year_start           DATE           NOT NULL,
    individual_deductible_met DECIMAL(12, 2) NOT NULL,
    family_deductible_met     DECIMAL(12, 2) NOT NULL,
    individual_oop_met        DECIMAL(12, 2) NOT NULL,
    family_oop_met            DECIMAL(12, 2) NOT NULL,
    met_as_of                 DATE           NOT NULL,
    updated_by                VARCHAR(80)    NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT         NOT NULL,
    CONSTRAINT fk_patient_coverage_plan FOREIGN KEY (plan_id) REFERENCES health_plan (id)
);
CREATE INDEX ix_patient_coverage_mrn ON patient_coverage (patient_mrn);

-- one row per version (revision) of an estimate; the estimate number ties the versions together
CREATE TABLE cost_estimate (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    estimate_number      BIGINT         NOT NULL,
    revision             INTEGER        NOT NULL,
    status               VARCHAR(12)    NOT NULL,
    patient_mrn          VARCHAR(40)    NOT NULL,
    patient_name         VARCHAR(200)   NOT NULL,
    patient_birth_date   DATE           NOT NULL,
    referral_id          BIGINT,
    coverage_id          BIGINT,
    fee_schedule_id      BIGINT         NOT NULL,
    primary_service      VARCHAR(400)   NOT NULL,
    diagnosis_codes      VARCHAR(200),
    scheduled_on         DATE           NOT NULL,
    service_date         DATE,
    separately_scheduled VARCHAR(2000),
    created_by           VARCHAR(80)    NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by            VARCHAR(80),
    issued_at            TIMESTAMP WITH TIME ZONE,
    gfe_due_by           DATE,
    document_key         VARCHAR(64),
    document_sha256      VARCHAR(64),
    version              BIGINT         NOT NULL,
    CONSTRAINT uq_cost_estimate UNIQUE (estimate_number, revision),
    CONSTRAINT fk_cost_estimate_coverage FOREIGN KEY (coverage_id) REFERENCES patient_coverage (id),
    CONSTRAINT fk_cost_estimate_schedule FOREIGN KEY (fee_schedule_id) REFERENCES fee_schedule (id)
);
CREATE INDEX ix_cost_estimate_patient ON cost_estimate (patient_mrn, estimate_number);
CREATE INDEX ix_cost_estimate_referral ON cost_estimate (referral_id);

CREATE TABLE estimate_line (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    estimate_id            BIGINT         NOT NULL,
    line_no                INTEGER        NOT NULL,
    option_name            VARCHAR(120)   NOT NULL,
    workup                 BOOLEAN        NOT NULL,
    provider_name          VARCHAR(200)   NOT NULL,
    provider_npi           VARCHAR(10),
    provider_tin           VARCHAR(10),
    provider_location      VARCHAR(300),
    provider_state         VARCHAR(2),
    category               VARCHAR(20)    NOT NULL,
    code                   VARCHAR(40)    NOT NULL,
    code_type              VARCHAR(20),
    description            VARCHAR(400)   NOT NULL,
    diagnosis_codes        VARCHAR(100),
    service_date           DATE           NOT NULL,
    units                  INTEGER        NOT NULL,
    modifiers              VARCHAR(40),
    network                VARCHAR(16)    NOT NULL,
    multiple_procedure     BOOLEAN        NOT NULL,
    purpose                VARCHAR(40)    NOT NULL,
    gross_charge           DECIMAL(18, 4),
    discounted_cash        DECIMAL(18, 4),
    negotiated_dollar      DECIMAL(18, 4),
    negotiated_percentage  DECIMAL(9, 4),
    algorithm_median       DECIMAL(18, 4),
    algorithm_p10          DECIMAL(18, 4),
    algorithm_p90          DECIMAL(18, 4),
    out_of_network_allowed DECIMAL(18, 4),
    price_source           VARCHAR(300),
    patient_owes           DECIMAL(12, 2),
    low_amount             DECIMAL(12, 2),
    high_amount            DECIMAL(12, 2),
    plan_pays              DECIMAL(12, 2),
    balance_bill           DECIMAL(12, 2),
    explanation            VARCHAR(4000),
    CONSTRAINT fk_estimate_line FOREIGN KEY (estimate_id) REFERENCES cost_estimate (id)
);
CREATE INDEX ix_estimate_line ON estimate_line (estimate_id, line_no);

CREATE TABLE final_bill (
    id            BIGINT         NOT NULL PRIMARY KEY,
    estimate_id   BIGINT         NOT NULL,
    provider_name VARCHAR(200)   NOT NULL,
    option_name   VARCHAR(120),
    bill_date     DATE           NOT NULL,
    billed_amount DECIMAL(12, 2) NOT NULL,
    entered_by    VARCHAR(80)    NOT NULL,
    entered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_final_bill FOREIGN KEY (estimate_id) REFERENCES cost_estimate (id)
);
CREATE INDEX ix_final_bill ON final_bill (estimate_id);
