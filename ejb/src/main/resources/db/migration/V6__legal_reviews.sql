-- The independent reviewer of a case file: assignment with its conflict check, waiver and attestation;
-- engagement terms, time entries and invoices; the reviewer's opinion in versions.
CREATE TABLE reviewer_assignment (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    case_id               BIGINT         NOT NULL,
    practitioner_id       BIGINT         NOT NULL,
    reviewer_username     VARCHAR(80),
    status                VARCHAR(20)    NOT NULL,
    licence_status        VARCHAR(20)    NOT NULL,
    board_certified       BOOLEAN        NOT NULL,
    years_since_practice  INTEGER        NOT NULL,
    declared_ties         VARCHAR(2000),
    conflicts             VARCHAR(4000),
    qualification_gaps    VARCHAR(2000),
    waiver_reason         VARCHAR(2000),
    proposed_by           VARCHAR(80)    NOT NULL,
    proposed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by           VARCHAR(80),
    approved_at           TIMESTAMP WITH TIME ZONE,
    attestation           VARCHAR(2000),
    attested_at           TIMESTAMP WITH TIME ZONE,
    hourly_rate           DECIMAL(10, 2),
    retainer              DECIMAL(12, 2),
    budget_cap            DECIMAL(12, 2),
    version               BIGINT         NOT NULL,
    CONSTRAINT fk_reviewer_assignment_case FOREIGN KEY (case_id) REFERENCES legal_case (id)
);
CREATE INDEX ix_reviewer_assignment ON reviewer_assignment (case_id, status);
CREATE INDEX ix_reviewer_assignment_user ON reviewer_assignment (reviewer_username, status);

CREATE TABLE review_time_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    assignment_id BIGINT        NOT NULL,
    work_date     DATE          NOT NULL,
    hours         DECIMAL(6, 2) NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    invoice_id    BIGINT,
    entered_by    VARCHAR(80)   NOT NULL,
    entered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_review_time_entry FOREIGN KEY (assignment_id) REFERENCES reviewer_assignment (id)
);

CREATE TABLE review_invoice (
    id               BIGINT         NOT NULL PRIMARY KEY,
    assignment_id    BIGINT         NOT NULL,
    hours            DECIMAL(8, 2)  NOT NULL,
    fees             DECIMAL(12, 2) NOT NULL,
    retainer_applied DECIMAL(12, 2) NOT NULL,
    amount_due       DECIMAL(12, 2) NOT NULL,
    issued_by        VARCHAR(80)    NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_review_invoice FOREIGN KEY (assignment_id) REFERENCES reviewer_assignment (id)
);

CREATE TABLE review_opinion (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    assignment_id       BIGINT        NOT NULL,
    revision            INTEGER       NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    standard_of_care    VARCHAR(8000),
    breach              VARCHAR(8000),
    should_have_done    VARCHAR(8000),
    causation           VARCHAR(8000),
    damages             VARCHAR(8000),
    materials           VARCHAR(4000),
    qualifications      VARCHAR(4000),
    written_by          VARCHAR(80)   NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finalised_at        TIMESTAMP WITH TIME ZONE,
    content_sha256      VARCHAR(64),
    document_key        VARCHAR(64),
    document_sha256     VARCHAR(64),
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_review_opinion UNIQUE (case_id, revision),
    CONSTRAINT fk_review_opinion_case FOREIGN KEY (case_id) REFERENCES legal_case (id),
    CONSTRAINT fk_review_opinion_assignment FOREIGN KEY (assignment_id) REFERENCES reviewer_assignment (id)
);
