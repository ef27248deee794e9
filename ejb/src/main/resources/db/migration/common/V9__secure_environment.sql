-- The secure-environment checklist an agent confirms at the start of documenting a call: a private
-- place (nobody can overhear), screen privacy, no recording device but the approved call recorder,
-- an encrypted connection; and, when an item was not met, why. Null for calls documented before
-- the checklist existed.
ALTER TABLE call_record ADD COLUMN env_private_place BOOLEAN;
ALTER TABLE call_record ADD COLUMN env_screen_privacy BOOLEAN;
ALTER TABLE call_record ADD COLUMN env_no_recording_devices BOOLEAN;
ALTER TABLE call_record ADD COLUMN env_encrypted_connection BOOLEAN;
ALTER TABLE call_record ADD COLUMN env_exception_reason VARCHAR(500);
