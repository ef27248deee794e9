-- Destruction of approved disposition lists: one run per records-destruction job instance, the
-- work list of each run, a tombstone per destroyed record (metadata only, never content), and one
-- signed certificate per run.

-- Write-ahead mark for shredding an archive file: set (with the file's size) and committed before
-- the file is overwritten, so that after a crash a file whose name is gone is known to have been
-- overwritten (the shredder renames only after its last pass), not lost.
ALTER TABLE call_attachment ADD COLUMN shred_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE call_attachment ADD COLUMN shred_file_bytes BIGINT;

CREATE SEQUENCE destruction_run_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE destruction_run (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    list_id              BIGINT       NOT NULL REFERENCES disposition_list (id),
    job_instance_id      BIGINT       NOT NULL UNIQUE,
    partitions           INTEGER      NOT NULL,
    overwrite_passes     INTEGER      NOT NULL,
    status               VARCHAR(24)  NOT NULL,
    started_by           VARCHAR(64)  NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    selected_at          TIMESTAMP WITH TIME ZONE,
    finished_at          TIMESTAMP WITH TIME ZONE,
    epoch_keys_destroyed VARCHAR(4000)
);

CREATE INDEX destruction_run_list ON destruction_run (list_id);

-- The records a run destroys, frozen when it starts. state: PENDING (to do), DESTROYED, FAILED
-- (with the reason; not destroyed, not tombstoned) or HELD (a hold in force when the run checked).
CREATE TABLE destruction_item (
    run_id         BIGINT        NOT NULL REFERENCES destruction_run (id),
    record_id      BIGINT        NOT NULL,
    partition_no   INTEGER       NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    record_class   VARCHAR(64)   NOT NULL,
    schedule_id    BIGINT        NOT NULL REFERENCES retention_schedule (id),
    due_on         DATE          NOT NULL,
    checked_at     TIMESTAMP WITH TIME ZONE,
    failure_reason VARCHAR(2000),
    PRIMARY KEY (run_id, record_id)
);

CREATE INDEX destruction_item_work ON destruction_item (run_id, partition_no, state, record_id);

-- What is left of a destroyed record: who it was about (only when policy allows), its class, dates,
-- the schedule version that made it due, and what was destroyed and how. The primary key makes
-- "destroyed twice" impossible.
CREATE TABLE tombstone (
    record_id          BIGINT       NOT NULL PRIMARY KEY,
    run_id             BIGINT       NOT NULL REFERENCES destruction_run (id),
    record_class       VARCHAR(64)  NOT NULL,
    customer_reference VARCHAR(64),
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    documented_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_on             DATE         NOT NULL,
    schedule_id        BIGINT       NOT NULL REFERENCES retention_schedule (id),
    schedule_version   INTEGER      NOT NULL,
    hold_check         VARCHAR(200) NOT NULL,
    key_epoch          VARCHAR(16)  NOT NULL,
    files              INTEGER      NOT NULL,
    file_bytes         BIGINT       NOT NULL,
    overwrite_passes   INTEGER      NOT NULL,
    destroyed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX tombstone_run ON tombstone (run_id, record_id);
CREATE INDEX tombstone_customer ON tombstone (customer_reference);

-- One signed PDF per run, numbered without gaps; its SHA-256 is published in the audit trail. The
-- signer's certificate (DER) is kept with it, so it still verifies after the signing key is renewed.
CREATE TABLE destruction_certificate (
    certificate_number BIGINT       NOT NULL PRIMARY KEY,
    run_id             BIGINT       NOT NULL UNIQUE REFERENCES destruction_run (id),
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    signer             VARCHAR(500) NOT NULL,
    signer_certificate BYTEA        NOT NULL,
    timestamped        BOOLEAN      NOT NULL,
    destroyed_count    BIGINT       NOT NULL,
    failed_count       BIGINT       NOT NULL,
    held_count         BIGINT       NOT NULL,
    pdf                BYTEA        NOT NULL
);
