-- Rapport schema, step 3: full-text search over people and what happened.
-- One row per person; the store rewrites it whenever anything in it changes.
-- Contentless (the text lives in the tables above), with cheap deletes.
-- rapport_fold() (defined by the store) drops case and marks in every script;
-- the tokenizer's own folding covers only Latin.

CREATE VIRTUAL TABLE contact_search USING fts5 (
  name, company, peec, notes, tags, interactions,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

-- Names count most, then company, PEEC and tags, then notes and interactions.
INSERT INTO contact_search (contact_search, rank)
  VALUES ('rank', 'bm25(10.0, 5.0, 3.0, 1.0, 3.0, 1.0)');

CREATE VIEW contact_search_source AS
SELECT c.id AS id,
       rapport_fold (concat_ws (' ', c.display_name, c.given_name, c.family_name, c.nickname)) AS name,
       rapport_fold (c.company) AS company,
       rapport_fold (concat_ws (' ', c.profession, c.expertise, c.environment, c.looking_for)) AS peec,
       rapport_fold (concat_ws (' ', c.notes, c.how_i_can_help, c.how_met, c.met_at)) AS notes,
       rapport_fold ((SELECT group_concat (t.name, ' ')
                        FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                       WHERE ct.contact_id = c.id)) AS tags,
       rapport_fold ((SELECT group_concat (concat_ws (' ', i.summary, i.details), ' ')
                        FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                       WHERE ic.contact_id = c.id)) AS interactions
  FROM contact c;

INSERT INTO contact_search (rowid, name, company, peec, notes, tags, interactions)
  SELECT id, name, company, peec, notes, tags, interactions FROM contact_search_source;
