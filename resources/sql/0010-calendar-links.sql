-- Rapport schema, step 10: events from the desktop's calendars and from
-- invitations (.ics files).
--
-- event_calendar_link: a Rapport event prepared from a calendar event, found
--   again by its key (the calendar, the event's UID and the occurrence, one
--   a line). The calendar's time and place are kept as last seen, so that a
--   change in the calendar moves the Rapport event while what the user
--   changed in Rapport stays until the calendar changes again. state: 0 in
--   the calendar, 1 cancelled there, 2 no longer in it. The Rapport event
--   is never deleted by the calendar.
-- event_calendar_person: the addresses the calendar listed for a linked
--   event when last seen, to tell who was added or taken off since.
-- calendar_prompt: "You met … — log it?" answered, for good: logged, or
--   dismissed ("Not this one").
-- contact_field_by_email: attendees are matched to people by address.

CREATE TABLE event_calendar_link (
  event_id      INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
  calendar_key  TEXT NOT NULL UNIQUE,
  source_name   TEXT NOT NULL DEFAULT '',
  calendar_starts_at TEXT NOT NULL,        -- ISO 8601 UTC, as last seen
  calendar_place TEXT NOT NULL DEFAULT '',
  state         INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 2),
  synced_at     TEXT NOT NULL
);

CREATE TABLE event_calendar_person (
  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  email    TEXT NOT NULL,                  -- normalized (rapport_identity_normalize_email)
  PRIMARY KEY (event_id, email)
) WITHOUT ROWID;

CREATE TABLE calendar_prompt (
  calendar_key TEXT PRIMARY KEY,
  answer       INTEGER NOT NULL CHECK (answer IN (1, 2)),   -- 1 logged, 2 dismissed
  answered_at  TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX contact_field_by_email ON contact_field (lower (trim (value))) WHERE kind = 0;
