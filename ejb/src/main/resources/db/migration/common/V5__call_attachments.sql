-- Recordings and exports attached to calls. The files live encrypted in the archive directory under
-- random names (stored_name); the original file name is personal data, so it is sealed like the
-- call's content. Size and SHA-256 are of the plaintext.
CREATE TABLE call_attachment (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    call_id     BIGINT       NOT NULL REFERENCES call_record (id),
    stored_name VARCHAR(36)  NOT NULL UNIQUE,
    media_type  VARCHAR(100) NOT NULL,
    name_sealed BYTEA        NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX call_attachment_call ON call_attachment (call_id);
