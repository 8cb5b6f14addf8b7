-- Rapport schema, step 6: "snooze a week" from the Due list.
--
-- snoozed_until: the person stays out of the Due list until this date. It
--   is set by the user, never derived, and it can only postpone: once their
--   due date has moved past it (they were in touch), it no longer matters.

ALTER TABLE contact ADD COLUMN snoozed_until TEXT;
