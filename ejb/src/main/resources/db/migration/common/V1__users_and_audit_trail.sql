-- Runs unchanged on H2 (embedded default) and PostgreSQL.

CREATE TABLE user_account (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(128) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE user_role (
    username VARCHAR(64) NOT NULL REFERENCES user_account (username),
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role)
);

-- Append-only, hash-chained audit trail: each event carries the SHA-256 of the previous one.
CREATE TABLE audit_event (
    sequence_number BIGINT        NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(128)  NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target          VARCHAR(256),
    outcome         VARCHAR(16)   NOT NULL,
    details         VARCHAR(2000),
    previous_hash   CHAR(64)      NOT NULL,
    event_hash      CHAR(64)      NOT NULL
);

CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);

-- The one row that serializes appends (locked FOR UPDATE) and remembers the tail of the chain,
-- so that removing the newest events is detected too.
CREATE TABLE audit_chain_head (
    id              INTEGER  NOT NULL PRIMARY KEY,
    last_sequence   BIGINT   NOT NULL,
    last_hash       CHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
