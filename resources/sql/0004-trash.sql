-- Rapport schema, step 4: deleting a person moves them to the trash first,
-- so the delete can be undone; the trash is emptied on the next start.
-- The list's indexes leave trashed people out, and stay covering.

ALTER TABLE contact ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));

DROP INDEX contact_by_name;
DROP INDEX contact_by_last_contacted;
DROP INDEX contact_by_due;

CREATE INDEX contact_by_name ON contact (archived, sort_key) WHERE deleted = 0;
CREATE INDEX contact_by_last_contacted ON contact (archived, last_contacted) WHERE deleted = 0;
CREATE INDEX contact_by_due ON contact (archived, due_on) WHERE deleted = 0;
CREATE INDEX contact_in_trash ON contact (id) WHERE deleted = 1;
