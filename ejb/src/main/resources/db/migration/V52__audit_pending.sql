-- Audit entries off the hot row: a transaction appends its entries here (no lock on the chain head), and the
-- chainer moves them, oldest first, into audit_entry with their number and hash in the chain. An entry is here
-- exactly when the change it records committed. The INCREMENT equals AuditPending's allocationSize (50).
CREATE SEQUENCE audit_pending_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_pending (
    id             BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(80)   NOT NULL,
    action         VARCHAR(20)   NOT NULL,
    record_type    VARCHAR(60),
    record_id      VARCHAR(80),
    outcome        VARCHAR(10)   NOT NULL,
    detail         VARCHAR(1000),
    client_address VARCHAR(64)
);
