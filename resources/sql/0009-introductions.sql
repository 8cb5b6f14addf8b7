-- Rapport schema, step 9: who could help whom.
--
-- introduction_dismissal: a suggestion the user said no to, for good: that
--   helper_id is never again suggested to help contact_id. An introduction
--   itself is an interaction of kind 7 ("introduction made") with both
--   people, so it is in both timelines and its follow-up in the due list.

CREATE TABLE introduction_dismissal (
  contact_id   INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  helper_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  dismissed_at TEXT NOT NULL,              -- ISO 8601 UTC
  PRIMARY KEY (contact_id, helper_id)
) WITHOUT ROWID;

CREATE INDEX introduction_dismissal_by_helper ON introduction_dismissal (helper_id);
