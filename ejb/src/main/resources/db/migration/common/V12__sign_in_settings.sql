-- How people may sign in, set by an admin (issue #14). One row: whether local accounts' passwords
-- are accepted (portal form and HTTP Basic). An organization that signs in through its OpenID
-- Connect provider can turn them off; single sign-on itself is configured by the server's
-- environment, not here.
CREATE TABLE sign_in_settings (
    id                      SMALLINT NOT NULL PRIMARY KEY,
    local_passwords_enabled BOOLEAN  NOT NULL,
    changed_by              VARCHAR(64),
    changed_at              TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sign_in_settings_one_row CHECK (id = 1)
);

INSERT INTO sign_in_settings (id, local_passwords_enabled) VALUES (1, TRUE);
