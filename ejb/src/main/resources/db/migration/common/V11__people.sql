-- People managed in Sigilo (#14): what certificates print about a person (display name and job
-- title), how to reach them, whether they may sign in, and whether the password they hold was
-- given to them by someone else (new or reset) and must be changed at their next sign-in.
-- Runs unchanged on H2 (embedded default) and PostgreSQL.
ALTER TABLE user_account ADD COLUMN job_title VARCHAR(128);
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;

-- Accounts made before this migration (the demo users, if any) keep their passwords: they count
-- as chosen when the account was made, and get a job title that says what their role is.
UPDATE user_account SET password_changed_at = created_at;
UPDATE user_account SET job_title = 'Customer service agent' WHERE username = 'agent';
UPDATE user_account SET job_title = 'Records manager' WHERE username = 'records-manager';
UPDATE user_account SET job_title = 'Legal counsel' WHERE username = 'legal';
UPDATE user_account SET job_title = 'Auditor' WHERE username = 'auditor';
UPDATE user_account SET job_title = 'System administrator' WHERE username = 'admin';
UPDATE user_account SET job_title = 'Records manager and legal counsel'
    WHERE username = 'records-legal';
UPDATE user_account SET job_title = 'Staff' WHERE job_title IS NULL;
ALTER TABLE user_account ALTER COLUMN job_title SET NOT NULL;
ALTER TABLE user_account ALTER COLUMN password_changed_at SET NOT NULL;

-- The admin set is read (and locked) on every change that could leave nobody to administer.
CREATE INDEX user_role_role ON user_role (role);
