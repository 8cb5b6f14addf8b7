-- Rapport schema, step 13: the people still to sort.
--
-- "Sort Your Connections" reads, when it opens, the ids of everyone with no
-- closeness yet who is neither archived nor deleted, the newest first.
-- Without an index that reads every row of contact and sorts them (0.3 s
-- at 30,000 people). This one holds only those people; its first three
-- columns are the constants of its condition, so that the query's equal
-- signs choose it, and then it is in order (created_at, then id) and holds
-- everything the query reads: no row visited, no sort.
CREATE INDEX contact_unsorted ON contact (closeness, archived, deleted, created_at)
  WHERE closeness = 0 AND archived = 0 AND deleted = 0;
