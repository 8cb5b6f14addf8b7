-- Rapport schema, step 7: names, organisations and addresses keep their
-- parts, as vCard's N, ORG and ADR have them (see docs/structured-fields.md).
--
-- contact: the name's other three parts (given_name and family_name exist
--   from step 1) and the organisation's units. display_name is the name the
--   person chose; empty, the name shown is made of the parts.
-- contact_field: an address's parts, in columns beside its value (which
--   stays the whole address on one line, for what shows or matches it as
--   text). NULL for the other kinds.
--
-- Nothing is split by guessing: an address written before this step is one
-- line that might be "street, city" or "city, country", so it is kept whole,
-- in its street — how it was always exported. A company "Acme, Sales" may be
-- "Stripe, Inc.": it stays whole too. A given name may hold middle names:
-- it stays as it is. Only a display name equal to what the given and family
-- names make (exactly, so the name shown does not change) becomes derived.

ALTER TABLE contact ADD COLUMN additional_name TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN name_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN name_suffix TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN department TEXT NOT NULL DEFAULT '';

ALTER TABLE contact_field ADD COLUMN po_box TEXT;
ALTER TABLE contact_field ADD COLUMN extended TEXT;
ALTER TABLE contact_field ADD COLUMN street TEXT;
ALTER TABLE contact_field ADD COLUMN locality TEXT;
ALTER TABLE contact_field ADD COLUMN region TEXT;
ALTER TABLE contact_field ADD COLUMN postal_code TEXT;
ALTER TABLE contact_field ADD COLUMN country TEXT;
ALTER TABLE contact_field ADD COLUMN address_label TEXT;
ALTER TABLE contact_field ADD COLUMN geo TEXT;

UPDATE contact_field
   SET po_box = '', extended = '', street = value, locality = '', region = '',
       postal_code = '', country = '', address_label = '', geo = ''
 WHERE kind = 3;

-- (Names with a comma or with spaces at an end are left alone: the parts
-- would make another name of them.)
UPDATE contact SET display_name = ''
 WHERE display_name <> ''
   AND display_name = concat_ws (' ', nullif (given_name, ''), nullif (family_name, ''))
   AND instr (given_name, ',') = 0 AND instr (family_name, ',') = 0
   AND given_name = trim (given_name, ' ' || char (9, 10, 13))
   AND family_name = trim (family_name, ' ' || char (9, 10, 13));

-- Search finds every part: a middle name, a department, a city.
DROP VIEW contact_search_source;

CREATE VIEW contact_search_source AS
SELECT c.id AS id,
       rapport_fold (concat_ws (' ', c.display_name, c.name_prefix, c.given_name, c.additional_name,
                                c.family_name, c.name_suffix, c.nickname)) AS name,
       rapport_fold (concat_ws (' ', c.company, c.department)) AS company,
       rapport_fold (concat_ws (' ', c.profession, c.expertise, c.environment, c.looking_for)) AS peec,
       -- Addresses count as little as notes: a city is a way in, not a name.
       rapport_fold (concat_ws (' ', c.notes, c.how_i_can_help, c.how_met, c.met_at,
                                (SELECT group_concat (concat_ws (' ', f.po_box, f.extended, f.street, f.locality,
                                                                 f.region, f.postal_code, f.country), ' ')
                                   FROM contact_field f
                                  WHERE f.contact_id = c.id AND f.kind = 3))) AS notes,
       rapport_fold ((SELECT group_concat (t.name, ' ')
                        FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                       WHERE ct.contact_id = c.id)) AS tags,
       rapport_fold ((SELECT group_concat (concat_ws (' ', i.summary, i.details), ' ')
                        FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                       WHERE ic.contact_id = c.id)) AS interactions
  FROM contact c;

INSERT INTO contact_search (contact_search) VALUES ('delete-all');
INSERT INTO contact_search (rowid, name, company, peec, notes, tags, interactions)
  SELECT id, name, company, peec, notes, tags, interactions FROM contact_search_source;
