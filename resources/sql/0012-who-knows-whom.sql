-- Rapport schema, step 12: who knows whom, how introductions went, and
-- indexes for who could help whom.
--
-- contact_link: a typed link between two people, set from either page and
--   shown on both. kind is RapportLinkKind: 0 from_id was introduced by
--   to_id, 1 works with, 2 family, 3 partner, 4 from_id is a mentor of
--   to_id, 5 friend of. A person in the trash keeps their links (Undo
--   brings them back); emptying the trash takes them away.
--
-- introduction: what only an introduction has, beside its interaction
--   (kind 7): how it was made (RapportIntroductionHow: 0 in person,
--   1 email, 2 message) and the answer to its follow-up
--   (RapportIntroductionOutcome: 0 not known yet, 1 worked together,
--   2 talking, 3 no match).
--
-- contact_offer_search, contact_need_search: what each person offers
--   (profession and expertise, "how I can help", tags, environment and
--   company) and what they are looking for, folded as contact_search is.
--   Apart from contact_search, whose columns mix offers, needs and notes,
--   so that suggestions for one person read only the offers' postings.
--
-- contact_search_source: as in step 7, with the names of the people each
--   person is linked to among their notes, so that searching for Ben Ng
--   also finds those he introduced, works with, and so on.

CREATE TABLE contact_link (
  id         INTEGER PRIMARY KEY,
  from_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  to_id      INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  kind       INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5),
  created_at TEXT NOT NULL,                -- ISO 8601 UTC
  CHECK (from_id != to_id),
  UNIQUE (from_id, to_id, kind)
);

CREATE INDEX contact_link_by_to ON contact_link (to_id);

CREATE TABLE introduction (
  interaction_id INTEGER PRIMARY KEY REFERENCES interaction (id) ON DELETE CASCADE,
  how            INTEGER NOT NULL DEFAULT 0 CHECK (how BETWEEN 0 AND 2),
  outcome        INTEGER NOT NULL DEFAULT 0 CHECK (outcome BETWEEN 0 AND 3)
);

CREATE VIRTUAL TABLE contact_offer_search USING fts5 (
  work, help, tags, place,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- As rapport-introduction-match.c weighs them: work, then help and tags,
-- then where they work.
INSERT INTO contact_offer_search (contact_offer_search, rank)
  VALUES ('rank', 'bm25(3.0, 2.0, 2.0, 1.0)');

CREATE VIRTUAL TABLE contact_need_search USING fts5 (
  needs,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE VIEW contact_offer_source AS
SELECT c.id AS id,
       rapport_fold (concat_ws (' ', c.profession, c.expertise)) AS work,
       rapport_fold (c.how_i_can_help) AS help,
       rapport_fold ((SELECT group_concat (t.name, ' ')
                        FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                       WHERE ct.contact_id = c.id)) AS tags,
       rapport_fold (concat_ws (' ', c.environment, c.company, c.department)) AS place,
       rapport_fold (c.looking_for) AS needs
  FROM contact c;

INSERT INTO contact_offer_search (rowid, work, help, tags, place)
  SELECT id, work, help, tags, place FROM contact_offer_source;

INSERT INTO contact_need_search (rowid, needs)
  SELECT id, needs FROM contact_offer_source WHERE needs IS NOT NULL AND needs != '';

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
                                  WHERE f.contact_id = c.id AND f.kind = 3),
                                (SELECT group_concat (concat_ws (' ', o.display_name, o.given_name,
                                                                 o.family_name, o.nickname), ' ')
                                   FROM contact_link l
                                   JOIN contact o ON o.id = CASE WHEN l.from_id = c.id THEN l.to_id ELSE l.from_id END
                                  WHERE l.from_id = c.id OR l.to_id = c.id))) AS notes,
       rapport_fold ((SELECT group_concat (t.name, ' ')
                        FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                       WHERE ct.contact_id = c.id)) AS tags,
       rapport_fold ((SELECT group_concat (concat_ws (' ', i.summary, i.details), ' ')
                        FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                       WHERE ic.contact_id = c.id)) AS interactions
  FROM contact c;
