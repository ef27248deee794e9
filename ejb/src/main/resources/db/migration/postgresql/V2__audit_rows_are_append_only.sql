-- PostgreSQL only. The application's role owns the schema (Flyway runs as that role at deployment),
-- so it revokes its own right to change or remove audit rows: from here on it can only INSERT and
-- SELECT them. A table owner may revoke its own privileges (PostgreSQL docs, GRANT/REVOKE).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM CURRENT_USER;
