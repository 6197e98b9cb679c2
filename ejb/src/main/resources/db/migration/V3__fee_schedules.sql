-- Fee schedules: a hospital's published standard charges as imported, one version per file.
CREATE SEQUENCE fee_schedule_seq START WITH 50 INCREMENT BY 50;
-- charges are written in batches: a large allocation keeps the sequence out of the way
CREATE SEQUENCE scheduled_charge_seq START WITH 1000 INCREMENT BY 1000;
CREATE SEQUENCE fee_schedule_issue_seq START WITH 100 INCREMENT BY 100;

CREATE TABLE fee_schedule (
    id               BIGINT        NOT NULL PRIMARY KEY,
    hospital_name    VARCHAR(300),
    template_version VARCHAR(20),
    file_format      VARCHAR(12),
    file_name        VARCHAR(255)  NOT NULL,
    file_sha256      VARCHAR(64)   NOT NULL,
    storage_key      VARCHAR(64)   NOT NULL,
    effective_date   DATE,
    status           VARCHAR(12)   NOT NULL,
    bytes_total      BIGINT        NOT NULL,
    bytes_read       BIGINT        NOT NULL,
    rows_read        BIGINT        NOT NULL,
    charges_accepted BIGINT        NOT NULL,
    rejected_count   BIGINT        NOT NULL,
    warning_count    BIGINT        NOT NULL,
    message          VARCHAR(2000),
    imported_by      VARCHAR(80)   NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);
CREATE INDEX ix_fee_schedule_hospital ON fee_schedule (hospital_name, effective_date);

-- one row per code of each standard charge, so a price is found by its code
CREATE TABLE scheduled_charge (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    fee_schedule_id       BIGINT         NOT NULL,
    code                  VARCHAR(40),
    code_type             VARCHAR(20),
    description           VARCHAR(2000)  NOT NULL,
    setting               VARCHAR(12),
    modifiers             VARCHAR(200),
    modifier_adjustment   BOOLEAN        NOT NULL,
    gross_charge          DECIMAL(18, 4),
    discounted_cash       DECIMAL(18, 4),
    minimum_charge        DECIMAL(18, 4),
    maximum_charge        DECIMAL(18, 4),
    payer_name            VARCHAR(200),
    plan_name             VARCHAR(200),
    negotiated_dollar     DECIMAL(18, 4),
    negotiated_percentage DECIMAL(9, 4),
    negotiated_algorithm  VARCHAR(2000),
    estimated_amount      DECIMAL(18, 4),
    median_amount         DECIMAL(18, 4),
    percentile_10         DECIMAL(18, 4),
    percentile_90         DECIMAL(18, 4),
    methodology           VARCHAR(40),
    source_line           BIGINT         NOT NULL,
    CONSTRAINT fk_scheduled_charge_schedule FOREIGN KEY (fee_schedule_id) REFERENCES fee_schedule (id)
);
CREATE INDEX ix_scheduled_charge_code ON scheduled_charge (fee_schedule_id, code, payer_name, plan_name);

CREATE TABLE fee_schedule_issue (
    id              BIGINT        NOT NULL PRIMARY KEY,
    fee_schedule_id BIGINT        NOT NULL,
    warning         BOOLEAN       NOT NULL,
    line            BIGINT        NOT NULL,
    location        VARCHAR(300),
    field           VARCHAR(200),
    message         VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_fee_schedule_issue FOREIGN KEY (fee_schedule_id) REFERENCES fee_schedule (id)
);
CREATE INDEX ix_fee_schedule_issue ON fee_schedule_issue (fee_schedule_id, line);
