-- Rapport schema, step 11: Find Duplicates.
--
-- duplicate_dismissal: two people the user said are not the same person:
--   the pair is never suggested again. One row a pair, the lower id first;
--   deleting either person for good forgets it.

CREATE TABLE duplicate_dismissal (
  contact_id   INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  other_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  dismissed_at TEXT NOT NULL,              -- ISO 8601 UTC
  PRIMARY KEY (contact_id, other_id),
  CHECK (contact_id < other_id)
) WITHOUT ROWID;

CREATE INDEX duplicate_dismissal_by_other ON duplicate_dismissal (other_id);
