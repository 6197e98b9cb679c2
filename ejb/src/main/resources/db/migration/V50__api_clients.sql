-- Machine clients of the API (OAuth 2.0 client credentials) and the key that signs their tokens

CREATE SEQUENCE api_client_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_client (
    id            BIGINT       NOT NULL PRIMARY KEY,
    client_id     VARCHAR(80)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    secret_hash   VARCHAR(400) NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(80)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(80)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_api_client_client_id UNIQUE (client_id)
);

-- One row a scope granted. A scope bound to one firm (a future legal scope) is written
-- "<scope>:<firm id>", so the table needs no change for it.
CREATE TABLE api_client_scope (
    api_client_id BIGINT      NOT NULL,
    scope         VARCHAR(80) NOT NULL,
    CONSTRAINT pk_api_client_scope PRIMARY KEY (api_client_id, scope),
    CONSTRAINT fk_api_client_scope_client FOREIGN KEY (api_client_id) REFERENCES api_client (id)
);

-- The HS256 key of the access tokens when none is configured: one row, inserted by the
-- first node that starts (the primary key refuses a second), read by every node.
CREATE TABLE token_signing_key (
    id         INTEGER      NOT NULL PRIMARY KEY,
    key_value  VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
