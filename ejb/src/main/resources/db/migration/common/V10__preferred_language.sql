-- The language a person chose with the portal's language switch (a language tag such as "es"),
-- remembered across sign-ins. Null: the browser's language decides.
ALTER TABLE user_account ADD COLUMN preferred_language VARCHAR(35);
