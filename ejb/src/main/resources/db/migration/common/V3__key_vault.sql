-- Envelope encryption: per-record data keys, stored only wrapped by a key-encryption key (KEK);
-- KEKs grouped by disposition epoch (calendar month of due date, or 'pending'), stored only wrapped
-- by the master key from the keystore. Destroying a KEK clears wrapped_key and sets destroyed_at.
CREATE SEQUENCE key_encryption_key_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE key_encryption_key (
    id           BIGINT      NOT NULL PRIMARY KEY,
    epoch        VARCHAR(16) NOT NULL,
    generation   INTEGER     NOT NULL,
    master_alias VARCHAR(32) NOT NULL,
    wrapped_key  BYTEA,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    destroyed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT key_encryption_key_epoch_generation UNIQUE (epoch, generation)
);

CREATE TABLE record_data_key (
    record_id   BIGINT NOT NULL PRIMARY KEY,
    kek_id      BIGINT NOT NULL REFERENCES key_encryption_key (id),
    wrapped_key BYTEA  NOT NULL
);

CREATE INDEX record_data_key_kek ON record_data_key (kek_id);
