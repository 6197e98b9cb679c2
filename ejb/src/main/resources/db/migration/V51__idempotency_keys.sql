-- The API's Idempotency-Key: one row per caller and key, written in the transaction of the request it guards,
-- so a committed write always has its key and a rolled-back one never does. Rows older than 48 h are removed.
CREATE SEQUENCE idempotency_key_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE idempotency_key (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    caller        VARCHAR(255)             NOT NULL,
    idem_key      VARCHAR(255)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    fingerprint   CHAR(64),
    status        INTEGER,
    location      VARCHAR(2048),
    content_type  VARCHAR(255),
    body          BYTEA,
    CONSTRAINT uq_idempotency_key_caller_key UNIQUE (caller, idem_key)
);

-- the hourly cleanup deletes by age
CREATE INDEX ix_idempotency_key_created_at ON idempotency_key (created_at);
