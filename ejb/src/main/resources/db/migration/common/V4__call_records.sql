-- Call records. Confidential content (summary, notes, customer contact details) is stored only as
-- AES-256-GCM ciphertext under the record's data key (record_data_key); the rest is metadata.
CREATE TABLE record_class (
    code   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name   VARCHAR(128) NOT NULL,
    active BOOLEAN      NOT NULL
);

-- The default list; records managers extend it (and attach retention schedules to it).
INSERT INTO record_class (code, name, active) VALUES
    ('general-enquiry', 'General enquiry', TRUE),
    ('account-servicing', 'Account servicing', TRUE),
    ('complaint', 'Complaint', TRUE),
    ('financial-advice', 'Financial advice', TRUE),
    ('health-information', 'Health information', TRUE);

CREATE SEQUENCE call_record_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE call_record (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    occurred_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    agent                  VARCHAR(64)  NOT NULL,
    customer_reference     VARCHAR(64)  NOT NULL,
    direction              VARCHAR(16)  NOT NULL,
    channel                VARCHAR(16)  NOT NULL,
    record_class           VARCHAR(64)  NOT NULL REFERENCES record_class (code),
    verification_method    VARCHAR(32)  NOT NULL,
    verification_outcome   VARCHAR(16)  NOT NULL,
    verification_attempts  INTEGER      NOT NULL,
    verified_by            VARCHAR(64)  NOT NULL,
    verified_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_how_asked      VARCHAR(200),
    consent_at             TIMESTAMP WITH TIME ZONE,
    secure_channel         VARCHAR(32)  NOT NULL,
    summary_sealed         BYTEA        NOT NULL,
    notes_sealed           BYTEA,
    contact_sealed         BYTEA,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX call_record_agent_occurred ON call_record (agent, occurred_at);
CREATE INDEX call_record_customer ON call_record (customer_reference);
CREATE INDEX call_record_class_occurred ON call_record (record_class, occurred_at);

CREATE TABLE call_sensitive_category (
    call_id  BIGINT      NOT NULL REFERENCES call_record (id),
    category VARCHAR(32) NOT NULL,
    PRIMARY KEY (call_id, category)
);

CREATE TABLE call_consented_category (
    call_id  BIGINT      NOT NULL REFERENCES call_record (id),
    category VARCHAR(32) NOT NULL,
    PRIMARY KEY (call_id, category)
);
