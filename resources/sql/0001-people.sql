-- Rapport schema, step 1: people, what happened, events and statements.
-- A released step is never edited: later changes are new steps.

PRAGMA application_id = 1382117488; -- 'Rapp'

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE contact (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE,
  display_name   TEXT NOT NULL DEFAULT '',
  given_name     TEXT NOT NULL DEFAULT '',
  family_name    TEXT NOT NULL DEFAULT '',
  nickname       TEXT NOT NULL DEFAULT '',
  pronouns       TEXT NOT NULL DEFAULT '',
  profession     TEXT NOT NULL DEFAULT '',
  expertise      TEXT NOT NULL DEFAULT '',
  environment    TEXT NOT NULL DEFAULT '',
  looking_for    TEXT NOT NULL DEFAULT '',
  company        TEXT NOT NULL DEFAULT '',
  how_met        TEXT NOT NULL DEFAULT '',
  met_at         TEXT NOT NULL DEFAULT '',
  notes          TEXT NOT NULL DEFAULT '',
  how_i_can_help TEXT NOT NULL DEFAULT '',
  met_on         TEXT NOT NULL DEFAULT '',   -- ISO 8601, parts may be missing
  birthday       TEXT NOT NULL DEFAULT '',   -- ISO 8601, parts may be missing
  closeness      INTEGER NOT NULL DEFAULT 0 CHECK (closeness BETWEEN 0 AND 4),
  enjoy          INTEGER NOT NULL DEFAULT 0 CHECK (enjoy IN (0, 1)),
  cadence_days   INTEGER NOT NULL DEFAULT 0 CHECK (cadence_days >= 0),
  photo          BLOB,
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  sort_key       BLOB NOT NULL DEFAULT x'',  -- collation key of the name
  created_at     TEXT NOT NULL,              -- ISO 8601, UTC
  updated_at     TEXT NOT NULL
);

CREATE INDEX contact_by_name ON contact (archived, sort_key);

CREATE TABLE contact_field (
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  kind       INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),
  label      TEXT NOT NULL DEFAULT '',
  value      TEXT NOT NULL,
  PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;

CREATE TABLE contact_vcard_extra (
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  line       TEXT NOT NULL,
  PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;

CREATE TABLE tag (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL,
  folded TEXT NOT NULL UNIQUE              -- case-folded, for matching
);

CREATE TABLE contact_tag (
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX contact_tag_by_tag ON contact_tag (tag_id);

CREATE TABLE interaction (
  id            INTEGER PRIMARY KEY,
  kind          INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 9),
  happened_on   TEXT NOT NULL,             -- YYYY-MM-DD, local
  happened_time TEXT,                      -- HH:MM, local, or NULL
  summary       TEXT NOT NULL DEFAULT '',
  details       TEXT NOT NULL DEFAULT '',
  follow_up_on  TEXT,                      -- YYYY-MM-DD or NULL
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE interaction_contact (
  contact_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
  PRIMARY KEY (contact_id, interaction_id)
) WITHOUT ROWID;

CREATE INDEX interaction_contact_by_interaction ON interaction_contact (interaction_id);

CREATE TABLE peec_statement (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL DEFAULT '',
  audience       TEXT NOT NULL DEFAULT '',
  profession     TEXT NOT NULL DEFAULT '',
  expertise      TEXT NOT NULL DEFAULT '',
  environment    TEXT NOT NULL DEFAULT '',
  call_to_action TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

CREATE TABLE event (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL DEFAULT '',
  starts_at    TEXT NOT NULL,              -- ISO 8601, UTC
  place        TEXT NOT NULL DEFAULT '',
  notes        TEXT NOT NULL DEFAULT '',
  statement_id INTEGER REFERENCES peec_statement (id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

CREATE INDEX event_by_start ON event (starts_at);
CREATE INDEX event_by_statement ON event (statement_id);

CREATE TABLE event_attendee (
  event_id   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  goal       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, contact_id)
) WITHOUT ROWID;

CREATE INDEX event_attendee_by_contact ON event_attendee (contact_id);
