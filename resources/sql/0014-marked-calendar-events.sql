-- Rapport schema, step 14: calendar events without attendees that the
-- user marks, so that Coming up offers them like the others (Prepare, and
-- the after-meeting prompt once people are added to the prepared event).
--
-- calendar_mark: one occurrence, found again by its calendar's UID, the
--   event's UID and its recurrence id ('' for an event that does not
--   recur). Kept as the user left it, whatever the calendar does.

CREATE TABLE calendar_mark (
  source_uid    TEXT NOT NULL,
  event_uid     TEXT NOT NULL,
  recurrence_id TEXT NOT NULL DEFAULT '',
  marked_at     TEXT NOT NULL,             -- ISO 8601 UTC
  PRIMARY KEY (source_uid, event_uid, recurrence_id)
) WITHOUT ROWID;
