-- Retention: versioned schedules per record class, trigger events recorded on calls, legal holds,
-- and the disposition lists that retention sweeps fill and people review.

-- One row per version of a class's schedule; the current one has no superseded_at. A new version
-- never changes a row that a decision already points at (disposition_item.schedule_id).
CREATE SEQUENCE retention_schedule_seq START WITH 6 INCREMENT BY 1;

CREATE TABLE retention_schedule (
    id               BIGINT       NOT NULL PRIMARY KEY,
    record_class     VARCHAR(64)  NOT NULL REFERENCES record_class (code),
    version          INTEGER      NOT NULL,
    retention_period VARCHAR(32)  NOT NULL,
    -- the ISO-8601 period normalized for SQL: whole months, then days (weeks become 7 days)
    period_months    INTEGER      NOT NULL,
    period_days      INTEGER      NOT NULL,
    -- null: the date of the call; otherwise the named event recorded on the call (call_event)
    trigger_event    VARCHAR(64),
    disposition      VARCHAR(16)  NOT NULL,
    two_person_rule  BOOLEAN      NOT NULL,
    authority        VARCHAR(500) NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT retention_schedule_class_version UNIQUE (record_class, version)
);

CREATE INDEX retention_schedule_current ON retention_schedule (record_class, superseded_at);

-- Events that start a retention clock (e.g. account-closure), one date per call and event.
CREATE TABLE call_event (
    call_id     BIGINT      NOT NULL REFERENCES call_record (id),
    event_type  VARCHAR(64) NOT NULL,
    occurred_on DATE        NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (call_id, event_type)
);

-- A legal hold covers either the listed records (legal_hold_record) or every record matching all of
-- its non-null criteria. A record is held while any hold covering it has no released_at.
CREATE SEQUENCE legal_hold_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE legal_hold (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    matter             VARCHAR(200)  NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    by_records         BOOLEAN       NOT NULL,
    customer_reference VARCHAR(64),
    record_class       VARCHAR(64) REFERENCES record_class (code),
    occurred_from      DATE,
    occurred_to        DATE,
    placed_by          VARCHAR(64)   NOT NULL,
    placed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    released_by        VARCHAR(64),
    released_at        TIMESTAMP WITH TIME ZONE,
    release_reason     VARCHAR(2000)
);

CREATE TABLE legal_hold_record (
    hold_id   BIGINT NOT NULL REFERENCES legal_hold (id),
    record_id BIGINT NOT NULL,
    PRIMARY KEY (hold_id, record_id)
);

CREATE INDEX legal_hold_record_record ON legal_hold_record (record_id);

-- One disposition list per retention-sweep job instance (a restart continues the same list).
CREATE SEQUENCE disposition_list_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE disposition_list (
    id               BIGINT       NOT NULL PRIMARY KEY,
    job_instance_id  BIGINT       NOT NULL UNIQUE,
    due_on_or_before DATE         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    swept_at         TIMESTAMP WITH TIME ZONE,
    submitted_by     VARCHAR(64),
    submitted_at     TIMESTAMP WITH TIME ZONE,
    approved_by      VARCHAR(64),
    approved_at      TIMESTAMP WITH TIME ZONE,
    returned_reason  VARCHAR(2000),
    withdrawn_reason VARCHAR(2000)
);

-- What a sweep found due. held: due but under a legal hold, listed apart and never destroyable.
-- decision: DESTROY (the schedule says destroy), UNDECIDED (the schedule says review first),
-- EXCLUDED (a records manager kept it, with a reason), or HELD.
CREATE TABLE disposition_item (
    list_id         BIGINT       NOT NULL REFERENCES disposition_list (id),
    record_id       BIGINT       NOT NULL,
    record_class    VARCHAR(64)  NOT NULL,
    schedule_id     BIGINT       NOT NULL REFERENCES retention_schedule (id),
    trigger_date    DATE         NOT NULL,
    due_on          DATE         NOT NULL,
    held            BOOLEAN      NOT NULL,
    decision        VARCHAR(16)  NOT NULL,
    decided_by      VARCHAR(64),
    decision_reason VARCHAR(2000),
    PRIMARY KEY (list_id, record_id)
);

CREATE INDEX disposition_item_record ON disposition_item (record_id);

-- Each partition of a sweep: its id range (fixed when the list is planned, so a restart covers the
-- same ranges), how many records it has, and how far it got (committed with each chunk).
CREATE TABLE sweep_partition (
    list_id      BIGINT  NOT NULL REFERENCES disposition_list (id),
    partition_no INTEGER NOT NULL,
    first_id     BIGINT  NOT NULL,
    last_id      BIGINT  NOT NULL,
    total        BIGINT  NOT NULL,
    read_count   BIGINT  NOT NULL,
    write_count  BIGINT  NOT NULL,
    commit_count BIGINT  NOT NULL,
    last_read_id BIGINT,
    PRIMARY KEY (list_id, partition_no)
);

-- Default schedules so the embedded demo shows something; organizations replace them (a new
-- version) with their own periods and legal authority.
INSERT INTO retention_schedule (id, record_class, version, retention_period, period_months,
        period_days, trigger_event, disposition, two_person_rule, authority, created_by, created_at)
    VALUES (1, 'general-enquiry', 1, 'P2Y', 24, 0, NULL,
        'DESTROY', FALSE, 'Sigilo default: replace with your organization''s authority',
        'system:defaults', CURRENT_TIMESTAMP);
INSERT INTO retention_schedule (id, record_class, version, retention_period, period_months,
        period_days, trigger_event, disposition, two_person_rule, authority, created_by, created_at)
    VALUES (2, 'account-servicing', 1, 'P5Y', 60, 0,
        'account-closure', 'DESTROY', FALSE,
        'Sigilo default: replace with your organization''s authority', 'system:defaults',
        CURRENT_TIMESTAMP);
INSERT INTO retention_schedule (id, record_class, version, retention_period, period_months,
        period_days, trigger_event, disposition, two_person_rule, authority, created_by, created_at)
    VALUES (3, 'complaint', 1, 'P6Y', 72, 0, NULL, 'REVIEW',
        FALSE, 'Sigilo default: replace with your organization''s authority', 'system:defaults',
        CURRENT_TIMESTAMP);
INSERT INTO retention_schedule (id, record_class, version, retention_period, period_months,
        period_days, trigger_event, disposition, two_person_rule, authority, created_by, created_at)
    VALUES (4, 'financial-advice', 1, 'P7Y', 84, 0, NULL,
        'DESTROY', TRUE, 'Sigilo default: replace with your organization''s authority',
        'system:defaults', CURRENT_TIMESTAMP);
INSERT INTO retention_schedule (id, record_class, version, retention_period, period_months,
        period_days, trigger_event, disposition, two_person_rule, authority, created_by, created_at)
    VALUES (5, 'health-information', 1, 'P8Y', 96, 0, NULL,
        'REVIEW', TRUE, 'Sigilo default: replace with your organization''s authority',
        'system:defaults', CURRENT_TIMESTAMP);
