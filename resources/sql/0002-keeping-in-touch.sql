-- Rapport schema, step 2: "last contacted" and "due to reconnect", derived
-- from the interactions by triggers, so no code path can forget them.
--
-- last_contacted: the latest interaction that was contact (kind 6, a note,
--   is not).
-- follow_up_on: the follow-up date of the latest interaction that set one,
--   unless you have been in touch since that interaction.
-- due_on: the cadence after the last contact (or after adding the person),
--   or the follow-up date, whichever comes first.

ALTER TABLE contact ADD COLUMN last_contacted TEXT;
ALTER TABLE contact ADD COLUMN follow_up_on TEXT;
ALTER TABLE contact ADD COLUMN due_on TEXT GENERATED ALWAYS AS (
  CASE WHEN cadence_days > 0
       THEN min(date(coalesce(last_contacted, substr(created_at, 1, 10)),
                     '+' || cadence_days || ' days'),
                coalesce(follow_up_on, '9999-12-31'))
       ELSE follow_up_on
  END) VIRTUAL;

CREATE INDEX contact_by_last_contacted ON contact (archived, last_contacted);
CREATE INDEX contact_by_due ON contact (archived, due_on);

CREATE TABLE contact_dirty (contact_id INTEGER PRIMARY KEY);

-- Every change that can move the derived dates marks the people involved...
CREATE TRIGGER interaction_contact_added AFTER INSERT ON interaction_contact
BEGIN
  INSERT OR IGNORE INTO contact_dirty VALUES (NEW.contact_id);
END;

CREATE TRIGGER interaction_contact_removed AFTER DELETE ON interaction_contact
BEGIN
  INSERT OR IGNORE INTO contact_dirty VALUES (OLD.contact_id);
END;

CREATE TRIGGER interaction_dated AFTER UPDATE OF kind, happened_on, happened_time, follow_up_on ON interaction
BEGIN
  INSERT OR IGNORE INTO contact_dirty
    SELECT contact_id FROM interaction_contact WHERE interaction_id = NEW.id;
END;

-- ...and marking a person recomputes their dates (the mark is then cleared).
CREATE TRIGGER contact_dirty_marked AFTER INSERT ON contact_dirty
BEGIN
  UPDATE contact SET last_contacted = (
    SELECT max(i.happened_on)
      FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
     WHERE ic.contact_id = NEW.contact_id AND i.kind <> 6)
  WHERE id = NEW.contact_id;

  UPDATE contact SET follow_up_on = (
    SELECT CASE WHEN contact.last_contacted IS NULL OR i.happened_on >= contact.last_contacted
                THEN i.follow_up_on END
      FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
     WHERE ic.contact_id = NEW.contact_id AND i.follow_up_on IS NOT NULL
     ORDER BY i.happened_on DESC, coalesce(i.happened_time, '') DESC, i.id DESC
     LIMIT 1)
  WHERE id = NEW.contact_id;

  DELETE FROM contact_dirty WHERE contact_id = NEW.contact_id;
END;

-- People already in the file get their dates now.
INSERT INTO contact_dirty SELECT id FROM contact;
