-- User accounts and their roles
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(80)  NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    email         VARCHAR(200),
    password_hash VARCHAR(400) NOT NULL,
    active        BOOLEAN      NOT NULL,
    failed_logins INTEGER      NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    last_login_at TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username)
);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);

-- The audit trail: ids without gaps, each entry holding the hash of the one before
CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(80)   NOT NULL,
    action         VARCHAR(20)   NOT NULL,
    record_type    VARCHAR(60),
    record_id      VARCHAR(80),
    outcome        VARCHAR(10)   NOT NULL,
    detail         VARCHAR(1000),
    client_address VARCHAR(64),
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL
);

CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, id);
CREATE INDEX ix_audit_entry_record ON audit_entry (record_type, record_id);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);

CREATE TABLE audit_chain_head (
    id            INTEGER     NOT NULL PRIMARY KEY,
    last_entry_id BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_entry_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
